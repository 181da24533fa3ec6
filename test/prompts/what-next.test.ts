// ./screens.js must come first: it mocks @inquirer/prompts for the flow.
import { ANSWERS, context, drive, NOW, screen } from './screens.js';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePlan } from '../../src/core/plan.js';
import { resolveRequest } from '../../src/core/request.js';
import type { Answers, Channel, Lang, Message } from '../../src/core/types.js';
import { loadTemplates } from '../../src/messages/load-templates.js';
import { renderMessages } from '../../src/messages/render.js';
import { LOCALES } from '../../src/locales/index.js';
import {
  askWhatNext,
  nextActions,
  type Available,
  type NextAction,
} from '../../src/prompts/what-next.js';
import { loadInvitation, mergeInvitation } from '../../src/sources/invitation.js';
import { firstAddress } from '../deliver/support/mail.js';
import { INVITES } from '../sources/fixtures.js';

const LANG_CASES: Lang[] = ['id', 'en'];
const ALL: Available = { messages: true, email: true, sms: true, ics: false };
const INVITED: Available = { ...ALL, ics: true };

describe('nextActions: the order follows the first step', () => {
  it.each([
    ['call', ALL, ['copy', 'mailto', 'wa', 'eml', 'done']],
    ['write', ALL, ['mailto', 'wa', 'eml', 'copy', 'done']],
    ['call', INVITED, ['copy', 'mailto', 'wa', 'eml', 'ics', 'done']],
    ['write', INVITED, ['mailto', 'wa', 'eml', 'ics', 'copy', 'done']],
    ['call', { ...ALL, sms: false }, ['copy', 'mailto', 'eml', 'done']],
    ['write', { ...ALL, email: false }, ['wa', 'copy', 'done']],
    ['call', { ...ALL, email: false, sms: false }, ['copy', 'done']],
    ['write', { messages: false, email: false, sms: false, ics: false }, ['done']],
  ] as ['call' | 'write', Available, NextAction[]][])('%s, %j → %j', (first, available, order) => {
    expect(nextActions(first, available)).toEqual(order);
  });
});

const WEDNESDAY_NIGHT = '2026-11-25T20:00:00+07:00';
const FILE_WORD: Record<Lang, string> = { id: 'wawancara', en: 'interview' };

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'batal-wawancara-next-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A real plan and its messages, in `lang`, with a terminal that has no display. */
function setup(
  lang: Lang,
  answers: Answers = {},
  env: Record<string, string> = {},
  clock: string = NOW,
) {
  const ctx = context(clock, 'Asia/Jakarta', env);
  const { request, now } = resolveRequest({ ...ANSWERS, lang, ...answers }, ctx.clock);
  const plan = makePlan(request, now);
  const root = new URL('../../templates/', import.meta.url);
  const messages = renderMessages(plan, loadTemplates(root, lang, request.channels));
  const message = (channel: Channel): Message => {
    const found = messages.find((m) => m.channel === channel);
    if (!found) throw new Error(`no ${channel} message`);
    return found;
  };
  return { ctx, plan, messages, message };
}

/** The lines of `text` that start with `prefix`. */
const linesStarting = (text: string, prefix: string) =>
  text.split('\n').filter((line) => line.startsWith(prefix));

describe.each(LANG_CASES)('askWhatNext in %s', (lang) => {
  const W = LOCALES[lang].prompts.whatNext;

  it("lists the actions in the plan's order, with the recruiter's address and number", async () => {
    const { ctx, plan, messages } = setup(lang);
    const flow = askWhatNext(plan, messages, ctx, { cwd: dir });
    if (!screen.getScreen()) await screen.next();
    const shown = screen.getScreen();
    // The number as the plan writes it, in the session's language.
    const number = lang === 'id' ? '0811-2233-4455' : '+62 811-2233-4455';
    const labels = [W.copy, W.mailto('hr@example.com'), W.wa(number), W.eml, W.done];
    const at = labels.map((label) => shown.indexOf(label));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The first action is the default: the cursor is on it.
    expect(shown).toContain(`❯ ${W.copy}`);
    await drive(flow, [{ expect: W.message, down: 4 }]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writing first: the email and WhatsApp come before copying', async () => {
    // Wednesday 20:00 for Thursday 15:00: short notice, the office closed. Write now.
    const { ctx, plan, messages } = setup(lang, { at: '2026-11-26 15:00' }, {}, WEDNESDAY_NIGHT);
    expect(plan.first).toBe('write');
    const flow = askWhatNext(plan, messages, ctx, { cwd: dir });
    if (!screen.getScreen()) await screen.next();
    const shown = screen.getScreen();
    expect(shown).toContain(`❯ ${W.mailto('hr@example.com')}`);
    expect(shown.indexOf(W.eml)).toBeLessThan(shown.indexOf(W.copy));
    await drive(flow, [{ expect: W.message, down: 4 }]);
  });

  it('saves the email as .eml, never over an existing file; then Enter means done', async () => {
    const { ctx, plan, messages, message } = setup(lang);
    const taken = join(dir, `${FILE_WORD[lang]}-pt-maju-jaya.eml`);
    writeFileSync(taken, 'an older file');
    const flow = askWhatNext(plan, messages, ctx, { cwd: dir });
    await drive(flow, [
      { expect: W.message, down: 3 },
      // After an action the cursor is on "done"; the one above it saves again.
      { expect: `❯ ${W.done}`, up: 1 },
      { expect: `❯ ${W.done}` },
    ]);
    expect(readdirSync(dir).sort()).toEqual(
      [
        `${FILE_WORD[lang]}-pt-maju-jaya-2.eml`,
        `${FILE_WORD[lang]}-pt-maju-jaya-3.eml`,
        `${FILE_WORD[lang]}-pt-maju-jaya.eml`,
      ].sort(),
    );
    expect(readFileSync(taken, 'utf8')).toBe('an older file');
    const saved = join(dir, `${FILE_WORD[lang]}-pt-maju-jaya-2.eml`);
    expect(ctx.stderr()).toContain(W.saved(saved));
    const parsed = await simpleParser(readFileSync(saved));
    const email = message('email');
    expect(firstAddress(parsed.to)?.address).toBe('hr@example.com');
    expect(firstAddress(parsed.from)).toEqual({
      name: 'Budi Santoso',
      address: 'budi@example.com',
    });
    expect(parsed.subject).toBe(email.subject);
    expect(parsed.text?.trim()).toBe(email.body.trim());
  });

  it('.eml without --to: asks for the address; empty goes back, an address saves', async () => {
    const { ctx, plan, messages } = setup(lang, { to: undefined });
    const flow = askWhatNext(plan, messages, ctx, { cwd: dir });
    await drive(flow, [
      { expect: W.message, down: 3 },
      { expect: W.toForEml },
      // Nothing was done: the first action is still the default.
      { expect: `❯ ${W.copy}`, down: 3 },
      { expect: W.toForEml, type: 'rekrutmen@majujaya.example' },
      // The address typed serves the email action too.
      { expect: W.mailto('rekrutmen@majujaya.example') },
    ]);
    const files = readdirSync(dir);
    expect(files).toEqual([`${FILE_WORD[lang]}-pt-maju-jaya.eml`]);
    const parsed = await simpleParser(readFileSync(join(dir, files[0] ?? '')));
    expect(firstAddress(parsed.to)?.address).toBe('rekrutmen@majujaya.example');
  });

  it.each([
    ['no display', {}, 'noDisplay'],
    ['over SSH', { SSH_CONNECTION: '192.0.2.1 50000 192.0.2.2 22' }, 'remote'],
  ] as const)(
    'opening the email with %s prints the exact mailto link on stderr',
    async (_name, env, cause) => {
      const { ctx, plan, messages, message } = setup(lang, {}, env);
      await drive(askWhatNext(plan, messages, ctx, { cwd: dir }), [
        { expect: W.message, down: 1 },
        { expect: `❯ ${W.done}` },
      ]);
      expect(ctx.stderr()).toContain(W.notOpened(W[cause]));
      const [link, ...more] = linesStarting(ctx.stderr(), 'mailto:');
      expect(more).toEqual([]);
      const url = new URL(link ?? '');
      const email = message('email');
      expect(url.pathname).toBe('hr@example.com');
      expect(url.searchParams.get('subject')).toBe(email.subject);
      expect(url.searchParams.get('body')).toBe(email.body.replace(/\n/g, '\r\n'));
      expect(ctx.stdout()).toBe('');
    },
  );

  it("opening WhatsApp with no display prints the wa.me link with the recruiter's number", async () => {
    const { ctx, plan, messages, message } = setup(lang);
    await drive(askWhatNext(plan, messages, ctx, { cwd: dir }), [
      { expect: W.message, down: 2 },
      { expect: `❯ ${W.done}` },
    ]);
    const [link] = linesStarting(ctx.stderr(), 'https://wa.me/');
    const url = new URL(link ?? '');
    expect(url.pathname).toBe('/6281122334455');
    // The whole text, not the one cut to two SMS segments: WhatsApp has no segments.
    const sms = message('sms');
    expect(url.searchParams.get('text')).toBe(sms.full ?? sms.body);
  });

  it('copying with no display: the call script (the default) is shown on the terminal, stdout untouched', async () => {
    const { ctx, plan, messages, message } = setup(lang);
    await drive(askWhatNext(plan, messages, ctx, { cwd: dir }), [
      { expect: W.message },
      { expect: `❯ ${LOCALES[lang].prompts.copy.channels.phone}` },
      { expect: `❯ ${W.done}` },
    ]);
    // stdout holds the product alone: a copy never adds to it.
    expect(ctx.stdout()).toBe('');
    const clipboard = LOCALES[lang].clipboard;
    expect(ctx.stderr()).toContain(
      `${message('phone').body}\n${clipboard.shownAbove(clipboard.noDisplay)}\n`,
    );
  });
});

describe.each(LANG_CASES)('askWhatNext with an invitation, in %s', (lang) => {
  const W = LOCALES[lang].prompts.whatNext;

  /** The google-calendar.ics invitation, read and merged as a run does. */
  async function invited() {
    const flags: Answers = { ...ANSWERS, lang, invite: `${INVITES}google-calendar.ics` };
    const ctx = context();
    const io = { stdin: ctx.io.stdin, stdinIsTTY: true, clock: ctx.clock };
    const loaded = await loadInvitation(flags, io);
    const { answers } = mergeInvitation(flags, flags, loaded.answers);
    return { ...setup(lang, answers), invite: loaded.reply };
  }

  it('saves the calendar reply (.ics), and the .eml carries it', async () => {
    const { ctx, plan, messages, invite } = await invited();
    const flow = askWhatNext(plan, messages, ctx, { cwd: dir, invite });
    await drive(flow, [
      { expect: `${W.eml}`, down: 4 },
      { expect: `❯ ${W.done}`, up: 2 },
      { expect: `❯ ${W.done}` },
    ]);
    const base = join(dir, `${FILE_WORD[lang]}-pt-maju-jaya`);
    expect(ctx.stderr()).toContain(W.saved(`${base}.ics`));
    expect(ctx.stderr()).toContain(W.saved(`${base}.eml`));

    const calendar = new ICAL.Component(ICAL.parse(readFileSync(`${base}.ics`, 'utf8')));
    expect(calendar.getFirstPropertyValue('method')).toBe('REPLY');
    const event = calendar.getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('uid')).toBe('6f3k1q9v2m8c0r7t5b4n1x2z3a@google.com');
    const attendee = event?.getFirstProperty('attendee');
    expect(attendee?.getParameter('partstat')).toBe('DECLINED');

    const email = await simpleParser(readFileSync(`${base}.eml`));
    const reply = email.attachments.find((a) => a.contentType === 'text/calendar');
    expect(reply?.content.toString('utf8')).toContain('METHOD:REPLY');
  });

  it('without the text message there is no reply to write: no .ics action', async () => {
    const { ctx, plan, messages, invite } = await invited();
    const withoutSms = messages.filter((m) => m.channel !== 'sms');
    const flow = askWhatNext(plan, withoutSms, ctx, { cwd: dir, invite });
    if (!screen.getScreen()) await screen.next();
    expect(screen.getScreen()).not.toContain(W.ics);
    await drive(flow, [{ expect: W.message, down: 3 }]);
  });
});
