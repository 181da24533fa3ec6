import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Channel, Lang, Message, Plan, ReasonKey } from '../core/types.js';
import { charCount, LINKEDIN_LIMIT } from './linkedin.js';
import type { ForeignFormat } from './phone-number.js';
import { NEUTRAL_IN_RESCHEDULE } from './phrases.js';
import { countSegments, toGsm } from './sms.js';
import { fitByCuts, renderTemplate } from './template.js';
import { buildView, type Cut } from './view.js';
import { VOICEMAIL_WORDS, wordCount } from './voicemail.js';

export type TemplateName = 'phone' | 'voicemail' | 'email-subject' | 'email' | 'sms' | 'linkedin';

/** The template files each channel needs (`templates/<lang>/<name>.mustache`). */
export const CHANNEL_TEMPLATES: Record<Channel, readonly TemplateName[]> = {
  phone: ['phone'],
  voicemail: ['voicemail'],
  email: ['email-subject', 'email'],
  sms: ['sms'],
  linkedin: ['linkedin'],
};

/** A text message longer than this many segments is shortened (see `CUTS`). */
export const SMS_MAX_SEGMENTS = 2;

/**
 * What a channel with a limit leaves out, in this order, until it fits. A text keeps
 * the date, the slots, who is writing and what is asked; a voicemail keeps the
 * apology, the thanks, the request and the number; a note never cuts inside a name.
 */
export const CUTS: Readonly<Record<'sms' | 'voicemail' | 'linkedin', readonly Cut[]>> = {
  sms: ['role', 'year', 'ornaments', 'reason'],
  voicemail: ['role', 'ornaments', 'company', 'callee', 'long-name'],
  linkedin: ['role', 'ornaments', 'company', 'name', 'callee'],
};

/** What the messages say differently from what was asked: a code, worded at the edge. */
export type MessageWarning = { code: 'reason-neutralised'; reason: ReasonKey };

/** The messages' own warnings for `plan`, each once. */
export function messageWarnings(plan: Plan): MessageWarning[] {
  const { mode, reason } = plan.request;
  return mode === 'reschedule' && NEUTRAL_IN_RESCHEDULE.has(reason)
    ? [{ code: 'reason-neutralised', reason }]
    : [];
}

/** What the rendering may use besides the plan. */
export interface RenderOptions {
  /** Groups foreign phone numbers (`loadForeignFormat`); without it they show as given. */
  foreignPhone?: ForeignFormat;
}

/** Template sources of one language, loaded for the channels asked for. */
export interface Templates {
  lang: Lang;
  sources: Partial<Record<TemplateName, string>>;
}

function templatePath(root: URL | string, lang: Lang, name: TemplateName): URL | string {
  const file = `${lang}/${name}.mustache`;
  if (typeof root !== 'string') {
    const base = root.href.endsWith('/') ? root : new URL(`${root.href}/`);
    return new URL(file, base);
  }
  const dir = root.startsWith('file:') ? fileURLToPath(root) : root;
  return `${dir.replace(/[\\/]+$/, '')}/${file}`;
}

/** Reads the templates `channels` need, in `lang`, from the templates folder `root`. */
export function loadTemplates(root: URL | string, lang: Lang, channels: Channel[]): Templates {
  const sources: Templates['sources'] = {};
  for (const channel of channels) {
    for (const name of CHANNEL_TEMPLATES[channel]) {
      sources[name] ??= readFileSync(templatePath(root, lang, name), 'utf8');
    }
  }
  return { lang, sources };
}

function source(templates: Templates, name: TemplateName): string {
  const text = templates.sources[name];
  // A missing template is a packaging or wiring bug, not bad user input.
  if (text === undefined) throw new Error(`template ${templates.lang}/${name} was not loaded`);
  return text;
}

/** One message per channel of the plan, in the plan's order and language. */
export function renderMessages(
  plan: Plan,
  templates: Templates,
  options: RenderOptions = {},
): Message[] {
  if (templates.lang !== plan.request.lang) {
    throw new Error(`templates are ${templates.lang}, the plan is ${plan.request.lang}`);
  }
  const { foreignPhone } = options;
  const render =
    (name: TemplateName, channel: Channel) =>
    (cuts: ReadonlySet<Cut> = new Set()): string =>
      renderTemplate(source(templates, name), buildView(plan, channel, { cuts, foreignPhone }));
  return plan.request.channels.map((channel): Message => {
    switch (channel) {
      case 'email': {
        const body = render('email', channel)();
        // A subject is one header line, whatever the values hold.
        const subject = render('email-subject', channel)().replace(/\s+/g, ' ').trim();
        return { channel, subject, body, length: charCount(body) };
      }
      case 'sms': {
        // WhatsApp has no segments: it takes the whole text, as written.
        const full = render('sms', channel)();
        const body = fitByCuts(
          (cuts) => toGsm(render('sms', channel)(cuts)),
          CUTS.sms,
          (text) => countSegments(text) <= SMS_MAX_SEGMENTS,
        );
        return { channel, body, full, length: charCount(body), segments: countSegments(body) };
      }
      case 'linkedin': {
        const body = fitByCuts(
          render('linkedin', channel),
          CUTS.linkedin,
          (text) => charCount(text) <= LINKEDIN_LIMIT,
        );
        return { channel, body, length: charCount(body), limit: LINKEDIN_LIMIT };
      }
      case 'voicemail': {
        const body = fitByCuts(
          render('voicemail', channel),
          CUTS.voicemail,
          (text) => wordCount(text) <= VOICEMAIL_WORDS,
        );
        return { channel, body, length: charCount(body) };
      }
      case 'phone': {
        const body = render('phone', channel)();
        return { channel, body, length: charCount(body) };
      }
    }
  });
}
