import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { checkNotice, decideVerdict, nextCallWindow } from '../../src/core/notice.js';
import { iso, isoOf } from '../support/time.js';

const berlin = (y: number, m: number, d: number, h: number, min = 0) =>
  new TZDate(y, m - 1, d, h, min, 0, 'Europe/Berlin');
const NOW = iso('2026-11-25T09:00+07:00'); // a Wednesday, 09:00 WIB

describe('checkNotice', () => {
  it.each([
    ['2026-11-26T09:00+07:00', 'ok', 24], // exactly 24 h is enough
    ['2026-11-26T08:59+07:00', 'short', 23.98], // 23 h 59 min is not
    ['2026-11-26T08:59:59+07:00', 'short', 23.99], // rounded down, never up to 24
    ['2026-11-25T09:01+07:00', 'short', 0.01],
    ['2026-11-25T09:00:35+07:00', 'short', 0], // 35 s is under a hundredth of an hour
    ['2026-11-25T09:00+07:00', 'past', 0], // the very moment counts as past
    ['2026-11-25T08:00+07:00', 'past', -1],
    ['2026-11-27T10:00+07:00', 'ok', 49],
    ['2026-11-26T10:00+08:00', 'ok', 24], // same instant from WITA
    ['2026-11-26T09:59+08:00', 'short', 23.98],
    ['2026-11-26T10:20+07:00', 'ok', 25.33], // 25 h 20 min = 25.333…
  ])('%s → %s, %s h', (at, status, hours) => {
    const notice = checkNotice(iso(at), NOW);
    expect(notice.status).toBe(status);
    expect(notice.hoursLeft).toBe(hours);
    expect(notice.deadline.getTime()).toBe(Date.parse(at) - 24 * 3_600_000);
  });

  it('counts real hours across a daylight-saving night (Europe/Berlin, 2026-10-25)', () => {
    // Clocks go back at 03:00 → 02:00: the calendar day has 25 hours.
    const notice = checkNotice(berlin(2026, 10, 25, 9, 30), berlin(2026, 10, 24, 10));
    expect(notice.hoursLeft).toBe(24.5);
    expect(notice.status).toBe('ok');
    // The same wall-clock gap on an ordinary night is only 23.5 h.
    const plain = checkNotice(berlin(2026, 10, 18, 9, 30), berlin(2026, 10, 17, 10));
    expect(plain.status).toBe('short');
  });

  it('spring forward loses an hour (Europe/Berlin, 2026-03-29)', () => {
    const now = berlin(2026, 3, 28, 9, 30);
    const at = berlin(2026, 3, 29, 10);
    expect(checkNotice(at, now).hoursLeft).toBe(23.5);
    expect(checkNotice(at, now).status).toBe('short');
  });
});

describe('nextCallWindow (Mon–Fri 09:00–17:00 in the interview zone)', () => {
  // The interview is far off (Wednesday 2 December, 10:00 WIB) unless a row says otherwise.
  const LATER = '2026-12-02T10:00+07:00';
  it.each([
    // now, zone, interview → callAt, open now
    ['2026-11-25T09:00+07:00', 'Asia/Jakarta', LATER, '2026-11-25T09:00:00+07:00', true], // opens at 09:00
    ['2026-11-25T08:59+07:00', 'Asia/Jakarta', LATER, '2026-11-25T09:00:00+07:00', false],
    ['2026-11-25T16:59+07:00', 'Asia/Jakarta', LATER, '2026-11-25T16:59:00+07:00', true],
    ['2026-11-25T17:00+07:00', 'Asia/Jakarta', LATER, '2026-11-26T09:00:00+07:00', false], // closed from 17:00
    ['2026-11-27T18:00+07:00', 'Asia/Jakarta', LATER, '2026-11-30T09:00:00+07:00', false], // Friday evening → Monday
    ['2026-11-28T10:00+07:00', 'Asia/Jakarta', LATER, '2026-11-30T09:00:00+07:00', false], // Saturday
    ['2026-11-29T23:00+07:00', 'Asia/Jakarta', LATER, '2026-11-30T09:00:00+07:00', false], // Sunday night
    // 08:30 WIB is 09:30 WITA: a Makassar office is already open.
    ['2026-11-25T08:30+07:00', 'Asia/Makassar', LATER, '2026-11-25T09:30:00+08:00', true],
    // 16:30 WIB is 18:30 WIT: a Jayapura office has closed.
    ['2026-11-25T16:30+07:00', 'Asia/Jayapura', LATER, '2026-11-26T09:00:00+09:00', false],
    // An interview on a Saturday: that Saturday is a working day.
    [
      '2026-11-27T20:00+07:00',
      'Asia/Jakarta',
      '2026-11-28T10:00+07:00',
      '2026-11-28T09:00:00+07:00',
      false,
    ],
    [
      '2026-11-28T11:00+07:00',
      'Asia/Jakarta',
      '2026-11-28T15:00+07:00',
      '2026-11-28T11:00:00+07:00',
      true,
    ],
    // …but not the Sunday after it, nor a Saturday without an interview.
    [
      '2026-11-28T20:00+07:00',
      'Asia/Jakarta',
      '2026-11-29T10:00+07:00',
      '2026-11-29T09:00:00+07:00',
      false,
    ],
  ])('now %s in %s, interview %s → call at %s (open: %s)', (now, zone, at, callAt, open) => {
    const window = nextCallWindow(iso(now), iso(at), { id: zone });
    expect(window.callAt && isoOf(window.callAt)).toBe(callAt);
    expect(window.openNow).toBe(open);
  });

  it.each([
    // The next opening is the interview's own start, or after it: no call in time.
    ['2026-11-26T23:30+07:00', '2026-11-27T09:00+07:00'], // Thursday night, Friday 09:00
    ['2026-12-05T19:00+07:00', '2026-12-07T08:00+07:00'], // Saturday evening, Monday 08:00
    ['2026-11-25T17:30+07:00', '2026-11-25T20:00+07:00'], // this evening
    ['2026-11-28T07:00+07:00', '2026-11-28T08:30+07:00'], // Saturday, before the office opens
  ])('now %s, interview %s → no call (null)', (now, at) => {
    expect(nextCallWindow(iso(now), iso(at), { id: 'Asia/Jakarta' })).toEqual({
      callAt: null,
      openNow: false,
    });
  });
});

describe('decideVerdict: what to do first', () => {
  const zone = { id: 'Asia/Jakarta' };
  it.each([
    // now, interview → first, callAt
    ['2026-11-25T10:00+07:00', '2026-11-27T10:00+07:00', 'call', '2026-11-25T10:00:00+07:00'],
    ['2026-11-26T14:00+07:00', '2026-11-27T10:00+07:00', 'call', '2026-11-26T14:00:00+07:00'], // short, but open
    ['2026-11-25T19:00+07:00', '2026-11-27T10:00+07:00', 'call', '2026-11-26T09:00:00+07:00'], // tomorrow 09:00 still ≥ 24 h ahead
    ['2026-11-25T19:00+07:00', '2026-11-26T20:00+07:00', 'write', '2026-11-26T09:00:00+07:00'], // tomorrow 09:00 is < 24 h ahead
    ['2026-11-25T19:00+07:00', '2026-11-26T09:00+07:00', 'write', null], // short, and the office opens as it starts
    ['2026-11-27T18:00+07:00', '2026-11-30T09:00+07:00', 'write', null], // Friday night, Monday 09:00
    ['2026-11-27T18:00+07:00', '2026-11-30T10:00+07:00', 'write', '2026-11-30T09:00:00+07:00'],
    ['2026-11-27T18:00+07:00', '2026-12-01T09:00+07:00', 'call', '2026-11-30T09:00:00+07:00'], // Monday 09:00 is exactly 24 h ahead
    ['2026-11-27T20:00+07:00', '2026-11-28T10:00+07:00', 'write', '2026-11-28T09:00:00+07:00'], // Saturday interview
  ])('now %s, interview %s → %s, call at %s', (now, at, first, callAt) => {
    const verdict = decideVerdict(iso(at), zone, iso(now));
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.value.first).toBe(first);
    expect(verdict.value.call.callAt && isoOf(verdict.value.call.callAt)).toBe(callAt);
  });

  it('refuses a past interview', () => {
    expect(
      decideVerdict(iso('2026-11-25T09:00+07:00'), zone, iso('2026-11-25T09:00+07:00')),
    ).toEqual({ ok: false, problem: { code: 'past' } });
  });

  it('gives every time in the interview zone', () => {
    const verdict = decideVerdict(
      iso('2026-11-27T10:00+08:00'),
      { id: 'Asia/Makassar' },
      iso('2026-11-25T10:00Z'),
    );
    expect(verdict.ok && isoOf(verdict.value.now)).toBe('2026-11-25T18:00:00+08:00');
    expect(verdict.ok && isoOf(verdict.value.at)).toBe('2026-11-27T10:00:00+08:00');
  });
});
