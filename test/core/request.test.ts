import { describe, expect, it } from 'vitest';
import { iso, isoOf } from '../support/time.js';
import { InputError } from '../../src/core/errors.js';
import { makePlan } from '../../src/core/plan.js';
import type { Clock } from '../../src/core/clock.js';
import { missingFlags, requireAnswers } from '../../src/core/flags.js';
import type { InputProblem, Problem } from '../../src/core/problems.js';
import { resolveRequest } from '../../src/core/request.js';
import { REASON_KEYS } from '../../src/core/reasons.js';
import { CHANNELS, type Answers } from '../../src/core/types.js';

const CLOCK: Clock = {
  now: iso('2026-11-25T09:00+07:00'),
  systemZone: 'Asia/Jakarta',
};
const BASE: Answers = {
  company: 'PT Maju Jaya',
  at: '2026-11-27 10:00',
  reason: 'offer',
  mode: 'cancel',
  name: 'Budi Santoso',
};

/** The input problem `resolveRequest` refuses the answers with. */
function refusal(answers: Answers, clock: Clock = CLOCK): InputProblem {
  try {
    resolveRequest(answers, clock);
  } catch (error) {
    if (error instanceof InputError) return error.problem;
    throw error;
  }
  throw new Error('expected an InputError');
}

/** A refused field, as core reports it. */
const field = (flag: string, problem: Problem): InputProblem => ({ code: 'field', flag, problem });

describe('missingFlags', () => {
  it.each([
    [{}, ['--company', '--at', '--reason', '--name']],
    [{ ...BASE, company: '  ' }, ['--company']],
    [{ ...BASE, reason: 'other' }, ['--reason-text']],
    [{ ...BASE, reason: ' Other ', reasonText: ' ' }, ['--reason-text']],
    [{ ...BASE, reason: 'other', reasonText: 'Saya pindah.' }, []],
    [BASE, []],
  ])('%j → %j', (answers, missing) => {
    expect(missingFlags(answers)).toEqual(missing);
  });
});

describe('requireAnswers: the one place that refuses missing answers', () => {
  const NO_MODE: Answers = { ...BASE, mode: undefined };
  it('accepts a complete set', () => {
    expect(() => requireAnswers(BASE)).not.toThrow();
  });

  it.each<[Answers, InputProblem]>([
    [{}, { code: 'missing', flags: ['--company', '--at', '--reason', '--name'], gate: true }],
    [
      { ...BASE, name: '' },
      { code: 'missing', flags: ['--name'], gate: false },
    ],
    [
      { ...NO_MODE, company: '' },
      { code: 'missing', flags: ['--company'], gate: true },
    ],
    [NO_MODE, { code: 'gate-missing' }],
  ])('%j → %j', (answers, problem) => {
    expect(() => requireAnswers(answers)).toThrow(InputError);
    expect(() => requireAnswers(answers)).toThrow(expect.objectContaining({ problem }));
  });

  it('is what resolveRequest refuses missing answers with', () => {
    expect(refusal({ ...BASE, at: undefined })).toEqual({
      code: 'missing',
      flags: ['--at'],
      gate: false,
    });
  });
});

describe('resolveRequest', () => {
  it('reads a full set of answers', () => {
    const { request, now } = resolveRequest(
      {
        ...BASE,
        lang: 'EN',
        honorific: 'Bu',
        interviewer: ' Sari ',
        phone: '0812-3456-7890',
        recruiterPhone: '0811 2233 4455',
        email: 'budi@example.com',
        to: 'hr@majujaya.co.id',
        channels: 'email, phone',
        format: 'json',
      },
      CLOCK,
    );
    expect(request).toMatchObject({
      lang: 'en',
      honorific: 'ibu',
      interviewer: 'Sari',
      sender: { name: 'Budi Santoso', phone: '+6281234567890', email: 'budi@example.com' },
      recruiter: { email: 'hr@majujaya.co.id', phone: '+6281122334455' },
      channels: ['phone', 'email'], // the article's order
      format: 'json',
      zone: { id: 'Asia/Jakarta' },
    });
    expect(isoOf(request.at)).toBe('2026-11-27T10:00:00+07:00');
    expect(now.getTime()).toBe(CLOCK.now.getTime());
  });

  it.each([
    // a zone in --at beats --tz, and --now without a zone is read in the interview zone
    [
      { at: '2026-11-27 10:00 WITA', tz: 'WIT', now: '2026-11-25 09:00' },
      'Asia/Makassar',
      '2026-11-25T09:00:00+08:00',
    ],
    // without --now, the clock, seen in the interview zone
    [{ at: '2026-11-27 10:00', tz: 'WIT' }, 'Asia/Jayapura', '2026-11-25T11:00:00+09:00'],
    [
      { at: '2026-11-27T10:00+08:00', now: '2026-11-25 09:00' },
      '+08:00',
      '2026-11-25T09:00:00+08:00',
    ],
    [
      // a zone in --now wins for --now; the result is seen in the interview zone
      { at: '2026-11-27 10:00', tz: 'Europe/London', now: '2026-11-25 09:00 WIB' },
      'Europe/London',
      '2026-11-25T02:00:00+00:00',
    ],
  ])('zones: %j → %s, now %s', (answers, zone, now) => {
    const resolved = resolveRequest({ ...BASE, ...answers }, CLOCK);
    expect(resolved.request.zone.id).toBe(zone);
    expect(isoOf(resolved.now)).toBe(now);
  });

  it.each([
    [{ format: 'eml', to: 'hr@example.com' }, ['email']],
    [{ format: 'mailto', channels: 'phone,email' }, ['email']],
    [{ format: 'wa' }, ['sms']],
    [{ format: 'json', channels: 'sms,phone' }, ['phone', 'sms']],
  ])('%j renders only %j', (answers, channels) => {
    expect(resolveRequest({ ...BASE, ...answers }, CLOCK).request.channels).toEqual(channels);
  });

  it('counts "besok" from --now, in the interview zone', () => {
    const { request } = resolveRequest(
      { ...BASE, at: 'besok 10.00', now: '2026-12-01 20:00' },
      CLOCK,
    );
    expect(isoOf(request.at)).toBe('2026-12-02T10:00:00+07:00');
  });

  const TOO_LONG_NAME = { code: 'too-long', max: 100 } as const;
  it.each<[Answers, InputProblem]>([
    [{ company: 'PT\r\nBcc: evil@x.test' }, field('--company', { code: 'control' })],
    [{ name: 'Budi\u001b[2J' }, field('--name', { code: 'control' })],
    [{ role: 'x'.repeat(101) }, field('--role', TOO_LONG_NAME)],
    [{ interviewer: 'Sari\tW' }, field('--interviewer', { code: 'control' })],
    [{ reasonText: 'y'.repeat(501) }, field('--reason-text', { code: 'too-long', max: 500 })],
    [{ email: 'budi@' }, field('--email', { code: 'email' })],
    [{ to: 'hr@example.com\nBcc: x@evil.test' }, field('--to', { code: 'control' })],
    [{ phone: 'call me' }, field('--phone', { code: 'phone' })],
    [{ recruiterPhone: '123' }, field('--recruiter-phone', { code: 'phone' })],
    [{ at: 'next friday' }, field('--at', { code: 'datetime' })],
    [{ at: '2026-11-27 10:00 Mars/Base' }, field('--at', { code: 'zone' })],
    [{ tz: 'Nowhere' }, field('--tz', { code: 'zone' })],
    [{ now: 'kemarin' }, field('--now', { code: 'datetime' })],
    [{ reason: 'bored' }, field('--reason', { code: 'choice', choices: REASON_KEYS })],
    [{ lang: 'fr' }, field('--lang', { code: 'choice', choices: ['id', 'en'] })],
    [
      { format: 'pdf' },
      field('--format', {
        code: 'choice',
        choices: ['text', 'json', 'eml', 'ics', 'mailto', 'wa'],
      }),
    ],
    [{ channels: 'phone,fax' }, field('--channel', { code: 'choice', choices: CHANNELS })],
    [{ honorific: 'tuan' }, field('--honorific', { code: 'choice', choices: ['bapak', 'ibu'] })],
    [{ slots: ['2026-12-01 10:00'] }, { code: 'slot-needs-reschedule' }],
    [
      { mode: 'reschedule', slots: ['2026-11-24 10:00'] },
      field('--slot', { code: 'slot-before-now', slot: '2026-11-24 10:00' }),
    ],
    [{ mode: 'reschedule', slots: ['a'] }, field('--slot', { code: 'datetime' })],
    [
      { mode: 'reschedule', slots: ['27/11/2026 10.00'] },
      field('--slot', { code: 'slot-same-as-interview', slot: '2026-11-27 10:00' }),
    ],
    [
      { mode: 'reschedule', slots: ['2026-11-30 10:00', '2026-11-28 03:00'] },
      field('--slot', { code: 'slot-at-night', slot: '2026-11-28 03:00' }),
    ],
    [
      { mode: 'reschedule', slots: ['2026-11-30 21:00'] },
      field('--slot', { code: 'slot-at-night', slot: '2026-11-30 21:00' }),
    ],
    [
      { mode: 'reschedule', slots: ['2026-11-30 06:59'] },
      field('--slot', { code: 'slot-at-night', slot: '2026-11-30 06:59' }),
    ],
    [
      {
        mode: 'reschedule',
        slots: ['2026-12-01 10:00', '2026-12-02 10:00', '2026-12-03 10:00', '2026-12-04 10:00'],
      },
      { code: 'too-many-slots', max: 3 },
    ],
    [{ format: 'eml' }, { code: 'needs-recipient', format: 'eml' }],
    [
      { format: 'wa', channels: 'email,linkedin' },
      { code: 'format-channel', format: 'wa', channel: 'sms' },
    ],
    [
      { format: 'mailto', channels: 'sms' },
      { code: 'format-channel', format: 'mailto', channel: 'email' },
    ],
  ])('%j is refused: %j', (answers, problem) => {
    expect(refusal({ ...BASE, ...answers })).toEqual(problem);
  });
});

describe('makePlan', () => {
  const plan = (answers: Answers) => {
    const { request, now } = resolveRequest({ ...BASE, ...answers }, CLOCK);
    return makePlan(request, now);
  };
  it.each([
    ['2026-11-27 10:00', 'ok', 'call'],
    ['2026-11-26 09:00', 'ok', 'call'], // exactly 24 h
    ['2026-11-26 08:59', 'short', 'call'], // short, but the office is open now
  ])('interview %s → %s / %s', (at, status, first) => {
    const p = plan({ at });
    expect(p.notice.status).toBe(status);
    expect(p.first).toBe(first);
  });

  it('refuses a past interview as a refused --at', () => {
    expect(() => plan({ at: '2026-11-25 08:00' })).toThrow(
      expect.objectContaining({ problem: field('--at', { code: 'past' }) }),
    );
  });

  it('calls at the next opening in the interview zone, writing first when it is too late', () => {
    const p = plan({ at: '2026-11-30 10:00 WIT', now: '2026-11-27 18:00 WIT' });
    expect(p.call.callAt && isoOf(p.call.callAt)).toBe('2026-11-30T09:00:00+09:00');
    expect(p.first).toBe('write');
  });
});

describe('slots from flags', () => {
  const slots = (texts: string[]) =>
    resolveRequest({ ...BASE, mode: 'reschedule', slots: texts }, CLOCK);

  it('drops repeats and sorts them', () => {
    const { request } = slots([
      '2026-12-01 14:00',
      '2026-11-30 10:00',
      '30/11/2026 10.00', // the same as the second
      '2026-11-30 11:00 WITA', // the same instant again
    ]);
    expect(request.slots.map(isoOf)).toEqual([
      '2026-11-30T10:00:00+07:00',
      '2026-12-01T14:00:00+07:00',
    ]);
  });

  it('counts at most three after repeats are dropped', () => {
    const texts = ['2026-12-01 10:00', '2026-12-02 10:00', '2026-12-03 10:00'];
    expect(slots([...texts, '2026-12-01 10:00']).request.slots).toHaveLength(3);
    expect(refusal({ ...BASE, mode: 'reschedule', slots: [...texts, '2026-12-04 10:00'] })).toEqual(
      { code: 'too-many-slots', max: 3 },
    );
  });

  it.each([
    ['2026-11-28 10:00', 'slot-weekend'], // Saturday
    ['2026-11-29 20:59', 'slot-weekend'], // Sunday evening: one warning, not two
    ['2026-11-30 08:30', 'slot-outside-hours'],
    ['2026-11-30 17:00', 'slot-outside-hours'],
  ])('%s is taken with a warning (%s)', (text, code) => {
    const { request, warnings } = slots([text]);
    expect(request.slots).toHaveLength(1);
    expect(warnings).toEqual([{ code, field: 'slots', slot: request.slots[0] }]);
  });

  it.each(['2026-11-30 09:00', '2026-11-30 16:59'])(
    '%s, inside office hours: no warning',
    (text) => {
      expect(slots([text]).warnings).toEqual([]);
    },
  );
});

describe('the system zone', () => {
  it.each([undefined, 'Etc/Unknown', '', 'garbage'])(
    'unreadable (%j): a zone in --at or --tz still works',
    (systemZone) => {
      const clock: Clock = { now: CLOCK.now, systemZone };
      expect(resolveRequest({ ...BASE, at: '2026-11-27 10:00 WIT' }, clock).request.zone.id).toBe(
        'Asia/Jayapura',
      );
      expect(resolveRequest({ ...BASE, tz: 'WITA' }, clock).request.zone.id).toBe('Asia/Makassar');
    },
  );

  it.each([undefined, 'Etc/Unknown', ''])(
    'unreadable (%j): a time that needs it is refused, naming TZ',
    (systemZone) => {
      expect(refusal(BASE, { now: CLOCK.now, systemZone })).toEqual(
        field('--at', { code: 'system-zone' }),
      );
    },
  );

  it('is the interview zone when nothing else names one', () => {
    const clock: Clock = { now: CLOCK.now, systemZone: 'Europe/London' };
    const { request } = resolveRequest(BASE, clock);
    expect(request.zone.id).toBe('Europe/London');
    expect(isoOf(request.at)).toBe('2026-11-27T10:00:00+00:00');
  });
});

describe('warnings', () => {
  it('an interview time that happens twice is the earlier instant, with a warning', () => {
    const { request, warnings } = resolveRequest(
      { ...BASE, at: '2026-11-01 01:30', tz: 'America/New_York', now: '2026-10-25 10:00' },
      CLOCK,
    );
    expect(isoOf(request.at)).toBe('2026-11-01T01:30:00-04:00');
    expect(warnings).toMatchObject([
      {
        code: 'ambiguous-time',
        field: 'at',
        ambiguity: {
          local: '2026-11-01 01:30',
          zone: 'America/New_York',
          from: '02:00',
          to: '01:00',
        },
      },
    ]);
  });

  it('a plain time gives none', () => {
    expect(resolveRequest(BASE, CLOCK).warnings).toEqual([]);
  });
});
