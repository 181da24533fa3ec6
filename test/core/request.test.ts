import { describe, expect, it } from 'vitest';
import { iso, isoOf } from '../support/time.js';
import { UsageError } from '../../src/core/errors.js';
import { makePlan } from '../../src/core/plan.js';
import type { Clock } from '../../src/core/clock.js';
import { missingFlags } from '../../src/core/flags.js';
import { resolveRequest } from '../../src/core/request.js';
import type { Answers } from '../../src/core/types.js';

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

function usage(answers: Answers, clock: Clock = CLOCK): string {
  try {
    resolveRequest(answers, clock);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('missingFlags', () => {
  it.each([
    [{}, ['--company', '--at', '--reason', '--name', '--sure or --reschedule']],
    [{ ...BASE, company: '  ' }, ['--company']],
    [{ ...BASE, reason: 'other' }, ['--reason-text']],
    [BASE, []],
  ])('%j → %j', (answers, missing) => {
    expect(missingFlags(answers)).toEqual(missing);
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
    [{ at: '2026-11-27 10:00', tz: 'WIT' }, 'Asia/Jayapura', undefined],
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
  ])('zones: %j → %s', (answers, zone, now) => {
    const resolved = resolveRequest({ ...BASE, ...answers }, CLOCK);
    expect(resolved.request.zone.id).toBe(zone);
    if (now) expect(isoOf(resolved.now)).toBe(now);
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

  it.each([
    [{ company: 'PT\r\nBcc: evil@x.test' }, '--company: remove control characters'],
    [{ name: 'Budi\u001b[2J' }, '--name: remove control characters'],
    [{ role: 'x'.repeat(101) }, '--role: keep it to 100 characters or fewer'],
    [{ interviewer: 'Sari\tW' }, '--interviewer: remove control characters'],
    [{ reasonText: 'y'.repeat(501) }, '--reason-text: keep it to 500 characters or fewer'],
    [{ email: 'budi@' }, '--email: not an email address'],
    [{ to: 'hr@example.com\nBcc: x@evil.test' }, '--to: remove control characters'],
    [{ phone: 'call me' }, '--phone: not a phone number'],
    [{ recruiterPhone: '123' }, '--recruiter-phone: not a phone number'],
    [{ at: 'next friday' }, '--at: cannot read this date and time'],
    [{ at: '2026-11-27 10:00 Mars/Base' }, '--at: unknown time zone'],
    [{ tz: 'Nowhere' }, '--tz: unknown time zone'],
    [{ now: 'kemarin' }, '--now: cannot read'],
    [{ reason: 'bored' }, '--reason: choose one of: offer, family'],
    [{ lang: 'fr' }, '--lang: choose one of: id, en'],
    [{ format: 'pdf' }, '--format: choose one of: text, json, eml, ics, mailto, wa'],
    [{ channels: 'phone,fax' }, '--channel: choose one of'],
    [{ honorific: 'tuan' }, '--honorific: choose one of: bapak, ibu'],
    [{ slots: ['2026-12-01 10:00'] }, '--slot goes with --reschedule'],
    [
      { mode: 'reschedule', slots: ['2026-11-24 10:00'] },
      '--slot: 2026-11-24 10:00 has already passed — choose a later time',
    ],
    [{ mode: 'reschedule', slots: ['a'] }, '--slot: cannot read'],
    [
      { mode: 'reschedule', slots: ['27/11/2026 10.00'] },
      "--slot: 2026-11-27 10:00 is the interview's own time — propose a different one",
    ],
    [
      { mode: 'reschedule', slots: ['2026-11-30 10:00', '2026-11-28 03:00'] },
      '--slot: 2026-11-28 03:00 is at night (before 07:00 or from 21:00) — check the time',
    ],
    [{ mode: 'reschedule', slots: ['2026-11-30 21:00'] }, '--slot: 2026-11-30 21:00 is at night'],
    [{ mode: 'reschedule', slots: ['2026-11-30 06:59'] }, '--slot: 2026-11-30 06:59 is at night'],
    [
      {
        mode: 'reschedule',
        slots: ['2026-12-01 10:00', '2026-12-02 10:00', '2026-12-03 10:00', '2026-12-04 10:00'],
      },
      '--slot: propose at most 3 times',
    ],
    [{ format: 'eml' }, '--format eml needs --to'],
    [{ format: 'wa', channels: 'email,linkedin' }, '--format wa carries the sms message'],
    [{ format: 'mailto', channels: 'sms' }, '--format mailto carries the email message'],
  ])('%j is refused: %s', (answers, message) => {
    expect(usage({ ...BASE, ...answers } as Answers)).toContain(message);
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

  it('refuses a past interview with a clear message', () => {
    expect(() => plan({ at: '2026-11-25 08:00' })).toThrow(
      '--at: the interview time has already passed — check the date',
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
    expect(usage({ ...BASE, mode: 'reschedule', slots: [...texts, '2026-12-04 10:00'] })).toBe(
      '--slot: propose at most 3 times',
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
    'unreadable (%j): a time that needs it is a usage error naming TZ',
    (systemZone) => {
      expect(usage(BASE, { now: CLOCK.now, systemZone })).toBe(
        "--at: the system time zone (TZ) cannot be read — give a zone with --tz (e.g. --tz Asia/Jakarta) or in the time itself (e.g. '2026-11-27 10:00 WIB')",
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
