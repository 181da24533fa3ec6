// ./screens.js must come first: it mocks @inquirer/prompts for the flow.
import { context, drive, screen, type Step } from './screens.js';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { makePlan } from '../../src/core/plan.js';
import type { Problem } from '../../src/core/problems.js';
import { resolveRequest } from '../../src/core/request.js';
import type { Answers, Lang, Message } from '../../src/core/types.js';
import { describeAdvice, describeNotice } from '../../src/messages/advice.js';
import { askCopy, askMissing, type FlowContext } from '../../src/prompts/flow.js';
import { LOCALES, sayProblem } from '../../src/locales/index.js';
import { loadInvitation, mergeInvitation, takenNote } from '../../src/sources/invitation.js';
import { INVITES } from '../sources/fixtures.js';

const LANG_CASES: Lang[] = ['id', 'en'];

/** A refusal as the flow shows it. */
const said = (problem: Problem, lang: Lang): string => sayProblem(problem, LOCALES[lang]);

const BASE: Answers = { company: 'PT Maju Jaya', at: '2026-11-27 10:00', reason: 'offer' };
/** Every optional answer given, so that a test asks only what it leaves out. */
const OPTIONAL: Answers = {
  role: 'Analis Data',
  interviewer: 'Sari Wulandari',
  honorific: 'ibu',
  phone: '0812-3456-7890',
  email: 'budi@example.com',
  to: 'hr@example.com',
  recruiterPhone: '0811-2233-4455',
};

describe.each(LANG_CASES)('askMissing in %s', (lang) => {
  const L = LOCALES[lang].prompts;

  it('asks every question in order and cancels when the user is sure', async () => {
    const ctx = context();
    const steps: Step[] = [
      { expect: L.company, type: 'PT Maju Jaya' },
      { expect: L.role, type: 'Analis Data' },
      { expect: L.interviewer, type: 'Sari Wulandari' },
      ...(lang === 'id' ? [{ expect: L.honorific.message('Sari Wulandari'), down: 0 }] : []),
      { expect: L.at('WIB'), type: '27/11/2026 10.00' },
      { expect: L.reason },
      { expect: L.reasonText.optional },
      { expect: L.gate.message },
      { expect: L.name, type: 'Budi Santoso' },
      { expect: L.phone, type: '0812-3456-7890' },
      { expect: L.email, type: 'budi@example.com' },
      { expect: L.to },
      { expect: L.recruiterPhone },
    ];
    const answers = await drive(askMissing({ lang }, ctx), steps);
    expect(answers).toEqual({
      lang,
      company: 'PT Maju Jaya',
      role: 'Analis Data',
      interviewer: 'Sari Wulandari',
      at: '27/11/2026 10.00',
      reason: 'offer',
      mode: 'cancel',
      name: 'Budi Santoso',
      phone: '+6281234567890',
      email: 'budi@example.com',
    });
    // What the flow returns is a request core accepts as it is.
    expect(() => resolveRequest(answers, ctx.clock)).not.toThrow();
  });

  it('shows the 24-hour verdict on stderr as soon as the time is known', async () => {
    const ctx = context();
    const given = { ...BASE, ...OPTIONAL, lang, mode: 'cancel' as const, name: 'Budi' };
    const flow = askMissing({ ...given, at: undefined }, ctx);
    await drive(flow, [{ expect: L.at('WIB'), type: 'besok 08.00' }]);
    const { request, now } = resolveRequest({ ...given, at: 'besok 08.00' }, ctx.clock);
    const plan = makePlan(request, now);
    expect(plan.notice.status).toBe('short');
    expect(ctx.stderr()).toContain(describeNotice(plan, lang));
    expect(ctx.stderr()).toContain(describeAdvice(plan, lang));
  });

  it('warns once when the interview time happens twice, and takes the earlier one', async () => {
    const ctx = context();
    const given = { ...BASE, ...OPTIONAL, lang, mode: 'cancel' as const, name: 'Budi' };
    const zone = { tz: 'America/New_York', now: '2026-10-25 10:00' };
    const flow = askMissing({ ...given, ...zone, at: undefined }, ctx);
    const answers = await drive(flow, [{ expect: L.at('EDT'), type: '2026-11-01 01:30' }]);
    const WARNING: Record<Lang, string> = {
      id: '2026-11-01 01:30 terjadi dua kali di America/New_York (jam dimundurkan dari 02:00 ke 01:00); dipakai yang pertama, 01.30 EDT',
      en: '2026-11-01 01:30 happens twice in America/New_York (clocks go back from 02:00 to 01:00); using the first, 01:30 EDT',
    };
    expect(ctx.stderr().split(WARNING[lang])).toHaveLength(2);
    expect(answers.at).toBe('2026-11-01 01:30');
  });

  it('re-asks an unreadable and a passed interview time with the reason', async () => {
    const ctx = context();
    const given = { ...BASE, ...OPTIONAL, lang, at: undefined, mode: 'cancel' as const };
    const answers = await drive(askMissing({ ...given, name: 'Budi' }, ctx), [
      {
        expect: L.at('WIB'),
        type: 'next friday',
        refused: said({ code: 'datetime' }, lang),
      },
      {
        expect: L.at('WIB'),
        erase: true,
        type: '24/11/2026 10.00',
        refused: said({ code: 'past' }, lang),
      },
      { expect: L.at('WIB'), erase: true, type: '2026-11-27 10:00 WITA' },
    ]);
    expect(answers.at).toBe('2026-11-27 10:00 WITA');
  });

  it('when not sure: explains why and reschedules by default, with slots', async () => {
    const ctx = context();
    const answers = await drive(askMissing({ ...BASE, ...OPTIONAL, lang, name: 'Budi' }, ctx), [
      { expect: L.gate.message, down: 1 },
      { expect: L.gate.choose },
      {
        expect: L.slot(1, 'WIB'),
        type: 'kemarin',
        refused: said({ code: 'datetime' }, lang),
      },
      {
        expect: L.slot(1, 'WIB'),
        erase: true,
        type: '2026-11-24 10:00',
        refused: said({ code: 'slot-before-now', slot: '2026-11-24 10:00' }, lang),
      },
      { expect: L.slot(1, 'WIB'), erase: true, type: '2026-11-30 10:00' },
      { expect: L.slot(2, 'WIB'), type: '1/12/2026 14.00' },
      { expect: L.slot(3, 'WIB') },
    ]);
    expect(ctx.stderr()).toContain(L.gate.why);
    expect(answers.mode).toBe('reschedule');
    expect(answers.slots).toEqual(['2026-11-30 10:00', '1/12/2026 14.00']);
  });

  it('re-asks a slot as the flags refuse it: the interview itself, at night, a repeat', async () => {
    const ctx = context();
    const slot = (n: number) => L.slot(n, 'WIB');
    const answers = await drive(askMissing({ ...BASE, ...OPTIONAL, lang, name: 'Budi' }, ctx), [
      { expect: L.gate.message, down: 2 },
      {
        expect: slot(1),
        type: '27/11/2026 10.00',
        refused: said({ code: 'slot-same-as-interview', slot: '2026-11-27 10:00' }, lang),
      },
      {
        expect: slot(1),
        erase: true,
        type: '2026-11-28 03:00',
        refused: said({ code: 'slot-at-night', slot: '2026-11-28 03:00' }, lang),
      },
      { expect: slot(1), erase: true, type: '2026-11-30 10:00' },
      {
        expect: slot(2),
        type: '30/11/2026 10.00',
        refused: said({ code: 'slot-duplicate', slot: '2026-11-30 10:00' }, lang),
      },
      { expect: slot(2), erase: true },
    ]);
    expect(answers.slots).toEqual(['2026-11-30 10:00']);
  });

  it('takes a weekend or out-of-hours slot with one warning line each', async () => {
    const ctx = context();
    const answers = await drive(askMissing({ ...BASE, ...OPTIONAL, lang, name: 'Budi' }, ctx), [
      { expect: L.gate.message, down: 2 },
      { expect: L.slot(1, 'WIB'), type: '2026-11-28 10:00' }, // a Saturday
      { expect: L.slot(2, 'WIB'), type: '2026-11-30 18:00' }, // after office hours
      { expect: L.slot(3, 'WIB') },
    ]);
    expect(answers.slots).toEqual(['2026-11-28 10:00', '2026-11-30 18:00']);
    const WARNED: Record<Lang, [RegExp, RegExp]> = {
      id: [/Sabtu, 28 November 2026 pukul 10\.00 WIB jatuh pada akhir pekan/, /di luar jam kerja/],
      en: [/Saturday, 28 November 2026 at 10:00 AM WIB falls on a weekend/, /outside office hours/],
    };
    for (const warned of WARNED[lang])
      expect(ctx.stderr().match(new RegExp(warned, 'g'))).toHaveLength(1);
  });

  it('when not sure, the user may still cancel', async () => {
    const ctx = context();
    const answers = await drive(askMissing({ ...BASE, ...OPTIONAL, lang, name: 'Budi' }, ctx), [
      { expect: L.gate.message, down: 1 },
      { expect: L.gate.choose, down: 1 },
    ]);
    expect(answers.mode).toBe('cancel');
    expect(answers.slots).toBeUndefined();
  });

  it('"no, I still want it" reschedules and takes at most three slots', async () => {
    const ctx = context();
    const answers = await drive(askMissing({ ...BASE, ...OPTIONAL, lang, name: 'Budi' }, ctx), [
      { expect: L.gate.message, down: 2 },
      { expect: L.slot(1, 'WIB'), type: 'lusa 14.00' },
      { expect: L.slot(2, 'WIB'), type: '2026-11-30 10:00' },
      { expect: L.slot(3, 'WIB'), type: '2026-12-01 10:00 WITA' },
    ]);
    expect(ctx.stderr()).not.toContain(L.gate.why);
    expect(answers.mode).toBe('reschedule');
    expect(answers.slots).toEqual(['lusa 14.00', '2026-11-30 10:00', '2026-12-01 10:00 WITA']);
    expect(resolveRequest(answers, ctx.clock).request.slots).toHaveLength(3);
  });

  it.each(['health', 'conflict'])('%s leans to rescheduling at the gate', async (reason) => {
    const ctx = context();
    const given = { ...BASE, ...OPTIONAL, lang, reason, name: 'Budi' };
    const answers = await drive(askMissing(given, ctx), [
      { expect: L.gate.message },
      { expect: L.slot(1, 'WIB'), type: '2026-11-30 10:00' },
      { expect: L.slot(2, 'WIB') },
    ]);
    expect(answers.mode).toBe('reschedule');
  });

  it('asks nothing that the flags gave', async () => {
    const ctx = context();
    const all: Answers = { ...BASE, ...OPTIONAL, lang, mode: 'cancel', name: 'Budi' };
    const answers = await askMissing(all, ctx);
    expect(answers).toEqual({ ...all, phone: '+6281234567890', recruiterPhone: '+6281122334455' });
    expect(screen.getScreen()).toBe('');
    // Nothing was asked, so the verdict is left to the printed plan.
    expect(ctx.stderr()).toBe('');
  });

  it('with the time from the flags, the verdict comes before the next question', async () => {
    const ctx = context();
    const given = { ...BASE, ...OPTIONAL, lang, mode: 'cancel' as const, name: 'Budi' };
    const flow = askMissing({ ...given, reason: undefined, reasonText: 'Saya pindah.' }, ctx);
    if (!screen.getScreen()) await screen.next();
    expect(screen.getScreen()).toContain(L.reason);
    const { request, now } = resolveRequest(given, ctx.clock);
    expect(ctx.stderr()).toContain(describeNotice(makePlan(request, now), lang));
    await drive(flow, [{ expect: L.reason }]);
  });

  it('asks what is missing: optional questions accept an empty answer, required ones do not', async () => {
    const ctx = context();
    const given = { ...BASE, lang, mode: 'cancel' as const, to: 'hr@example.com' };
    const answers = await drive(askMissing(given, ctx), [
      { expect: L.role },
      { expect: L.interviewer },
      { expect: L.name, refused: said({ code: 'empty' }, lang) },
      { expect: L.name, type: 'Budi Santoso' },
      { expect: L.phone, type: '12', refused: said({ code: 'phone' }, lang) },
      { expect: L.phone, erase: true },
      { expect: L.email, type: 'budi@', refused: said({ code: 'email' }, lang) },
      { expect: L.email, erase: true },
      { expect: L.recruiterPhone },
    ]);
    expect(answers).toEqual({ ...given, name: 'Budi Santoso' });
  });

  it('a reason from the flags is not followed by the own-sentence question, except other', async () => {
    const ctx = context();
    const given = { ...BASE, ...OPTIONAL, lang, reason: 'other', mode: 'cancel' as const };
    const answers = await drive(askMissing({ ...given, name: 'Budi' }, ctx), [
      { expect: L.reasonText.required, refused: said({ code: 'empty' }, lang) },
      { expect: L.reasonText.required, type: 'Saya melanjutkan studi.' },
    ]);
    expect(answers.reasonText).toBe('Saya melanjutkan studi.');
  });

  it('a reason asked here is followed by the optional own sentence', async () => {
    const ctx = context();
    const given = { ...BASE, ...OPTIONAL, lang, reason: undefined, mode: 'cancel' as const };
    const answers = await drive(askMissing({ ...given, name: 'Budi' }, ctx), [
      { expect: L.reasons.offer, down: 3 },
      { expect: L.reasonText.optional, type: 'Saya dirawat inap.' },
    ]);
    expect(answers).toMatchObject({ reason: 'health', reasonText: 'Saya dirawat inap.' });
  });

  it('a flag value that cannot be used is asked again, saying why', async () => {
    const ctx = context();
    const given = { ...BASE, ...OPTIONAL, lang, mode: 'cancel' as const, email: 'not-an-email' };
    const answers = await drive(askMissing({ ...given, name: 'Budi' }, ctx), [
      { expect: L.email, type: 'budi@example.com' },
    ]);
    expect(ctx.stderr()).toContain(L.flagRefused('--email', said({ code: 'email' }, lang)));
    expect(answers.email).toBe('budi@example.com');
  });

  it('--format eml makes the recruiter email required', async () => {
    const ctx = context();
    const given = { ...BASE, ...OPTIONAL, lang, mode: 'cancel' as const, to: undefined };
    const answers = await drive(askMissing({ ...given, name: 'Budi', format: 'eml' }, ctx), [
      { expect: L.toRequired, refused: said({ code: 'empty' }, lang) },
      { expect: L.toRequired, type: 'hr@example.com' },
    ]);
    expect(answers.to).toBe('hr@example.com');
  });

  it('asks the honorific only in Indonesian, only after an interviewer name', async () => {
    const ctx = context();
    const given = { ...BASE, ...OPTIONAL, lang, mode: 'cancel' as const, name: 'Budi' };
    const flow = askMissing({ ...given, interviewer: undefined, honorific: undefined }, ctx);
    const steps: Step[] = [{ expect: L.interviewer, type: 'Sari' }];
    if (lang === 'id') steps.push({ expect: L.honorific.message('Sari'), up: 1 });
    const answers = await drive(flow, steps);
    expect(answers.honorific).toBe(lang === 'id' ? 'ibu' : undefined);
  });
});

describe('askMissing: language and flags without questions', () => {
  it.each([
    [0, 'id'],
    [1, 'en'],
  ])('the language question (down %i) answers %s, Indonesian by default', async (down, lang) => {
    const ctx = context();
    const flow = askMissing({ ...BASE, ...OPTIONAL, mode: 'cancel', name: 'Budi' }, ctx);
    const answers = await drive(flow, [{ expect: 'Bahasa / Language', down }]);
    expect(answers.lang).toBe(lang);
  });

  it.each([
    [{ now: 'yesterday' }, '--now', 'datetime'],
    [{ tz: 'Mars/Base' }, '--tz', 'zone'],
    [{ format: 'pdf' }, '--format', 'choice'],
    [{ channels: 'fax' }, '--channel', 'choice'],
  ])('a bad %o fails before the first question: %s, %s', async (bad, flag, code) => {
    const flow = askMissing({ ...BASE, ...bad }, context());
    await expect(flow).rejects.toBeInstanceOf(InputError);
    await expect(flow).rejects.toMatchObject({
      problem: { code: 'field', flag, problem: { code } },
    });
    expect(screen.getScreen()).toBe('');
  });
});

describe('askMissing after an invitation', () => {
  const flags = (invite: string): Answers => ({
    invite: `${INVITES}${invite}`,
    reason: 'offer',
    mode: 'cancel',
    name: 'Budi Santoso',
    phone: '0812-3456-7890',
    recruiterPhone: '0811-2233-4455',
  });
  /** The answers a run hands the flow: the invitation's merged under the flags. */
  const load = async (flagged: Answers, ctx: FlowContext) => {
    const io = { stdin: ctx.io.stdin, stdinIsTTY: true, clock: ctx.clock };
    const loaded = await loadInvitation(flagged, io);
    return mergeInvitation(flagged, flagged, loaded.answers);
  };

  it.each([
    [
      0,
      'id',
      'Dari undangan: waktu wawancara, perusahaan, posisi, pewawancara, email perekrut, email Anda.',
    ],
    [
      1,
      'en',
      "From the invitation: interview time, company, role, interviewer, recruiter's email, your email.",
    ],
  ])(
    'asks only what it left out (language: down %i → %s), after one line',
    async (down, lang, note) => {
      const ctx = context();
      const loaded = await load(flags('google-calendar.ics'), ctx);
      const flow = askMissing(loaded.answers, {
        ...ctx,
        takenNote: (l) => takenNote(loaded.taken, l),
      });
      const steps: Step[] = [{ expect: 'Bahasa / Language', down }];
      if (lang === 'id')
        steps.push({ expect: LOCALES.id.prompts.honorific.message('Sari Wulandari'), up: 1 });
      const answers = await drive(flow, steps);
      expect(answers).toEqual({
        ...flags('google-calendar.ics'),
        lang,
        ...(lang === 'id' ? { honorific: 'ibu' } : {}),
        at: '2026-11-27 10:00 Asia/Jakarta',
        company: 'PT Maju Jaya',
        role: 'Analis Data',
        interviewer: 'Sari Wulandari',
        to: 'sari.wulandari@majujaya.co.id',
        email: 'budi.santoso@gmail.com',
        phone: '+6281234567890',
        recruiterPhone: '+6281122334455',
      });
      expect(
        ctx
          .stderr()
          .split('\n')
          .filter((l) => l === note),
      ).toHaveLength(1);
    },
  );

  it('a calendar reply makes your email required when the invitation does not say it', async () => {
    const ctx = context();
    const given = {
      ...flags('custom-vtimezone.ics'),
      lang: 'en',
      format: 'ics',
      company: 'PT X',
      role: 'Analis',
    };
    const loaded = await load(given, ctx);
    const answers = await drive(askMissing(loaded.answers, ctx), [
      { expect: LOCALES.en.prompts.email, refused: said({ code: 'empty' }, 'en') },
      { expect: LOCALES.en.prompts.email, type: 'budi@example.com' },
    ]);
    expect(answers.email).toBe('budi@example.com');
  });
});

describe.each(LANG_CASES)('askCopy in %s', (lang) => {
  const L = LOCALES[lang].prompts;
  const messages: Message[] = [
    { channel: 'phone', body: 'call script', length: 11 },
    { channel: 'email', subject: 'Subject', body: 'email body', length: 10 },
  ];
  const plan = () => {
    const ctx = context();
    const answers = { ...BASE, lang, mode: 'cancel' as const, name: 'Budi' };
    const { request, now } = resolveRequest(answers, ctx.clock);
    return { ctx, plan: makePlan(request, now) };
  };

  it('copies nothing by default', async () => {
    const { ctx, plan: p } = plan();
    const flow = askCopy(p, messages, ctx);
    expect(screen.getScreen()).toContain(L.copy.message);
    expect(screen.getScreen()).toContain(L.copy.channels.phone);
    expect(screen.getScreen()).toContain(L.copy.channels.email);
    await expect(drive(flow, [{ expect: L.copy.none }])).resolves.toBeUndefined();
  });

  it.each([
    [2, 'call script'],
    [1, 'email body'],
  ])('up %i copies "%s" (email: the body only)', async (up, text) => {
    const { ctx, plan: p } = plan();
    const flow = askCopy(p, messages, ctx);
    await expect(drive(flow, [{ expect: L.copy.message, up }])).resolves.toBe(text);
    expect(ctx.stderr().includes(L.copy.emailBodyOnly)).toBe(text === 'email body');
  });
});
