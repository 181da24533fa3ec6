import { makePlan } from '../../src/core/plan.js';
import { resolveRequest } from '../../src/core/request.js';
import {
  CHANNELS,
  type Answers,
  type Channel,
  type Lang,
  type Message,
  type Plan,
} from '../../src/core/types.js';
import { loadForeignFormat } from '../../src/messages/phone-number.js';
import { loadTemplates, renderMessages, type Templates } from '../../src/messages/render.js';
import { BASE as GALLERY } from '../../scripts/samples.scenarios.js';
import { TEMPLATES_ROOT } from './fixtures.js';

export { AT, LONG, NOW, SLOTS, WRITE_FIRST } from '../../scripts/samples.scenarios.js';

/** A complete scripted answer set (the gallery's), every channel asked for. */
export const BASE: Record<Lang, Answers> = {
  id: { ...GALLERY.id, mode: 'cancel', channels: CHANNELS.join(',') },
  en: { ...GALLERY.en, mode: 'cancel', channels: CHANNELS.join(',') },
};

/** Only what is required. */
export const MINIMAL: Answers = {
  role: undefined,
  interviewer: undefined,
  honorific: undefined,
  phone: undefined,
  email: undefined,
};

/** The plan core makes of `BASE[lang]` with `overrides`, through the real request and plan rules. */
export function planOf(lang: Lang, overrides: Answers = {}): Plan {
  const clock = { now: new Date('2026-01-01T00:00:00Z'), systemZone: 'Asia/Jakarta' };
  const { request, now } = resolveRequest({ ...BASE[lang], ...overrides }, clock);
  return makePlan(request, now);
}

const TEMPLATES: Partial<Record<Lang, Templates>> = {};

/** Every message of a plan, keyed by channel (foreign numbers grouped as in a run). */
export async function renderAll(plan: Plan): Promise<Record<Channel, Message>> {
  const templates = (TEMPLATES[plan.request.lang] ??= loadTemplates(
    TEMPLATES_ROOT,
    plan.request.lang,
    [...CHANNELS],
  ));
  const foreignPhone = await loadForeignFormat([plan.request.sender.phone]);
  const messages = renderMessages(plan, templates, { foreignPhone });
  return Object.fromEntries(messages.map((m) => [m.channel, m])) as Record<Channel, Message>;
}

/** The messages of `BASE[lang]` with `overrides`. */
export const messagesOf = (
  lang: Lang,
  overrides: Answers = {},
): Promise<Record<Channel, Message>> => renderAll(planOf(lang, overrides));

/** Subject and body, for checks over everything a recruiter reads. */
export const everything = (m: Message): string => `${m.subject ?? ''}\n${m.body}`;

/** Words as a listener hears them. */
export const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
