import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.js';
import {
  formatCompact,
  formatRelative,
  formatWhen,
  listTimes,
  yearOnce,
  zoneLabel,
} from '../../src/messages/dates.js';
import { iso } from './fixtures.js';

describe('zoneLabel', () => {
  it.each<[string, string, Lang, string]>([
    ['Asia/Jakarta', '2026-11-27T10:00:00+07:00', 'id', 'WIB'],
    ['Asia/Jakarta', '2026-11-27T10:00:00+07:00', 'en', 'WIB'],
    ['Asia/Pontianak', '2026-11-27T10:00:00+07:00', 'en', 'WIB'],
    ['Asia/Makassar', '2026-11-27T10:00:00+08:00', 'en', 'WITA'],
    ['Asia/Jayapura', '2026-11-27T10:00:00+09:00', 'id', 'WIT'],
    ['+07:00', '2026-11-27T10:00:00+07:00', 'en', 'WIB'],
    ['+08:00', '2026-11-27T10:00:00+08:00', 'id', 'WITA'],
    ['+09:00', '2026-11-27T10:00:00+09:00', 'en', 'WIT'],
    ['+01:00', '2026-11-27T10:00:00+01:00', 'en', 'UTC+1'],
    ['+05:30', '2026-11-27T10:00:00+05:30', 'en', 'UTC+5:30'],
    ['-03:00', '2026-11-27T10:00:00-03:00', 'id', 'UTC-3'],
    ['+00:00', '2026-11-27T10:00:00Z', 'en', 'UTC'],
    ['UTC', '2026-11-27T10:00:00Z', 'en', 'UTC'],
    // Berlin leaves summer time at 01:00 UTC on 25 October 2026.
    ['Europe/Berlin', '2026-10-25T00:30:00Z', 'en', 'CEST'],
    ['Europe/Berlin', '2026-10-25T01:30:00Z', 'en', 'CET'],
    ['Europe/Berlin', '2026-10-25T00:30:00Z', 'id', 'CEST'],
    ['Europe/Berlin', '2026-10-25T01:30:00Z', 'id', 'CET'],
    // Never "GMT-5": the real abbreviation, else the offset written as UTC.
    ['America/New_York', '2026-01-15T15:00:00Z', 'en', 'EST'],
    ['America/New_York', '2026-07-15T15:00:00Z', 'id', 'EDT'],
    ['Europe/London', '2026-01-15T15:00:00Z', 'en', 'GMT'],
    ['Europe/London', '2026-07-15T15:00:00Z', 'id', 'BST'],
    ['America/Los_Angeles', '2026-07-15T15:00:00Z', 'en', 'PDT'],
    ['Asia/Kolkata', '2026-07-15T15:00:00Z', 'en', 'UTC+5:30'],
    ['Asia/Kolkata', '2026-07-15T15:00:00Z', 'id', 'UTC+5:30'],
    ['America/Sao_Paulo', '2026-07-15T15:00:00Z', 'en', 'UTC-3'],
    ['Asia/Tokyo', '2026-07-15T15:00:00Z', 'id', 'UTC+9'],
    ['Etc/GMT+5', '2026-07-15T15:00:00Z', 'en', 'UTC-5'],
  ])('%s at %s (%s) → %s', (zone, at, _lang, label) => {
    expect(zoneLabel({ id: zone }, iso(at))).toBe(label);
  });
});

describe('formatWhen', () => {
  it.each<[string, string, Lang, string]>([
    ['2026-11-27T10:00:00+07:00', 'Asia/Jakarta', 'id', 'Jumat, 27 November 2026 pukul 10.00 WIB'],
    ['2026-11-27T10:00:00+07:00', 'Asia/Jakarta', 'en', 'Friday, 27 November 2026 at 10:00 AM WIB'],
    ['2026-11-30T09:05:00+07:00', 'Asia/Jakarta', 'id', 'Senin, 30 November 2026 pukul 09.05 WIB'],
    ['2026-11-30T09:05:00+07:00', 'Asia/Jakarta', 'en', 'Monday, 30 November 2026 at 9:05 AM WIB'],
    ['2026-12-01T12:00:00+07:00', 'Asia/Jakarta', 'en', 'Tuesday, 1 December 2026 at 12:00 PM WIB'],
    ['2026-12-01T00:15:00+07:00', 'Asia/Jakarta', 'en', 'Tuesday, 1 December 2026 at 12:15 AM WIB'],
    ['2026-12-01T14:30:00+07:00', 'Asia/Jakarta', 'id', 'Selasa, 1 Desember 2026 pukul 14.30 WIB'],
    // The instant is shown in the interview's zone, whatever offset it came with.
    ['2026-11-27T03:00:00Z', 'Asia/Makassar', 'id', 'Jumat, 27 November 2026 pukul 11.00 WITA'],
    ['2026-11-27T10:00:00+08:00', '+08:00', 'id', 'Jumat, 27 November 2026 pukul 10.00 WITA'],
    ['2026-11-27T10:00:00+09:00', '+09:00', 'en', 'Friday, 27 November 2026 at 10:00 AM WIT'],
    ['2026-11-27T10:00:00+05:30', '+05:30', 'en', 'Friday, 27 November 2026 at 10:00 AM UTC+5:30'],
    ['2026-10-25T00:30:00Z', 'Europe/Berlin', 'en', 'Sunday, 25 October 2026 at 2:30 AM CEST'],
    ['2026-10-25T01:30:00Z', 'Europe/Berlin', 'en', 'Sunday, 25 October 2026 at 2:30 AM CET'],
    ['2026-10-25T01:30:00Z', 'Europe/Berlin', 'id', 'Minggu, 25 Oktober 2026 pukul 02.30 CET'],
  ])('%s in %s (%s) → %s', (at, zone, lang, expected) => {
    expect(formatWhen(iso(at), { id: zone }, lang)).toBe(expected);
  });

  it.each<Lang>(['id', 'en'])('uses plain spaces only (%s)', (lang) => {
    for (const at of ['2026-11-27T15:45:00+07:00', '2026-11-27T09:05:00+07:00']) {
      const text = formatWhen(iso(at), { id: 'Asia/Jakarta' }, lang);
      expect(text).not.toMatch(/[\u00a0\u202f\u2009]/);
    }
  });
});

describe('formatRelative', () => {
  const jakarta = { id: 'Asia/Jakarta' };
  it.each<[string, string, Lang, string]>([
    ['2026-11-25T14:00:00+07:00', '2026-11-25T08:00:00+07:00', 'id', 'hari ini pukul 14.00 WIB'],
    ['2026-11-25T14:00:00+07:00', '2026-11-25T08:00:00+07:00', 'en', 'today at 2:00 PM WIB'],
    ['2026-11-26T09:00:00+07:00', '2026-11-25T20:00:00+07:00', 'id', 'besok pukul 09.00 WIB'],
    ['2026-11-26T09:00:00+07:00', '2026-11-25T20:00:00+07:00', 'en', 'tomorrow at 9:00 AM WIB'],
    [
      '2026-11-30T09:00:00+07:00',
      '2026-11-27T18:00:00+07:00',
      'id',
      'pada Senin, 30 November pukul 09.00 WIB',
    ],
    [
      '2026-11-30T09:00:00+07:00',
      '2026-11-27T18:00:00+07:00',
      'en',
      'on Monday, 30 November at 9:00 AM WIB',
    ],
    // Across a year end the year is named.
    [
      '2027-01-04T09:00:00+07:00',
      '2026-12-31T18:00:00+07:00',
      'id',
      'pada Senin, 4 Januari 2027 pukul 09.00 WIB',
    ],
    // Calendar days count in the interview's zone: still the 26th in UTC, already the 27th in Jakarta.
    ['2026-11-27T06:00:00+07:00', '2026-11-26T10:00:00+07:00', 'id', 'besok pukul 06.00 WIB'],
    ['2026-11-26T23:00:00Z', '2026-11-26T03:00:00Z', 'en', 'tomorrow at 6:00 AM WIB'],
    // One hour later, but past midnight: tomorrow.
    ['2026-11-27T00:30:00+07:00', '2026-11-26T23:30:00+07:00', 'en', 'tomorrow at 12:30 AM WIB'],
  ])('%s seen from %s (%s) → %s', (at, now, lang, expected) => {
    expect(formatRelative(iso(at), iso(now), jakarta, lang)).toBe(expected);
  });

  it('counts days in the zone it is given, not the offset of the inputs', () => {
    // 23:30 in Berlin on the 24th is already the 25th in Jakarta.
    const at = iso('2026-10-25T09:00:00+01:00');
    const now = iso('2026-10-24T23:30:00+02:00');
    expect(formatRelative(at, now, { id: 'Europe/Berlin' }, 'en')).toBe('tomorrow at 9:00 AM CET');
    expect(formatRelative(at, now, { id: 'Asia/Jakarta' }, 'en')).toBe('today at 3:00 PM WIB');
  });
});

describe('formatCompact (text messages)', () => {
  const jakarta = { id: 'Asia/Jakarta' };
  it.each<[string, string, Lang, string]>([
    [
      '2026-11-27T10:00:00+07:00',
      '2026-11-24T09:00:00+07:00',
      'id',
      'Jumat, 27/11 pukul 10.00 WIB',
    ],
    ['2026-11-27T10:00:00+07:00', '2026-11-24T09:00:00+07:00', 'en', 'Fri 27/11 at 10:00 AM WIB'],
    ['2026-12-02T14:30:00+07:00', '2026-11-24T09:00:00+07:00', 'id', 'Rabu, 2/12 pukul 14.30 WIB'],
    ['2026-12-02T14:30:00+07:00', '2026-11-24T09:00:00+07:00', 'en', 'Wed 2/12 at 2:30 PM WIB'],
    ['2026-11-27T10:00:00+07:00', '2026-11-26T20:00:00+07:00', 'id', 'besok pukul 10.00 WIB'],
    ['2026-11-27T10:00:00+07:00', '2026-11-26T20:00:00+07:00', 'en', 'tomorrow at 10:00 AM WIB'],
    ['2026-11-27T16:00:00+07:00', '2026-11-27T08:00:00+07:00', 'id', 'hari ini pukul 16.00 WIB'],
    ['2026-11-27T16:00:00+07:00', '2026-11-27T08:00:00+07:00', 'en', 'today at 4:00 PM WIB'],
  ])('%s seen from %s (%s) → %s', (at, now, lang, expected) => {
    expect(formatCompact(iso(at), iso(now), jakarta, lang)).toBe(expected);
  });
});

describe('listTimes and yearOnce (the year said once)', () => {
  const jakarta = { id: 'Asia/Jakarta' };
  const DEC = [iso('2026-12-02T10:00:00+07:00'), iso('2026-12-03T14:00:00+07:00')];
  const ACROSS = [iso('2026-12-30T10:00:00+07:00'), iso('2027-01-04T09:00:00+07:00')];

  it.each<[Lang, string[]]>([
    ['id', ['Rabu, 2 Desember pukul 10.00 WIB', 'Kamis, 3 Desember 2026 pukul 14.00 WIB']],
    ['en', ['Wednesday, 2 December at 10:00 AM WIB', 'Thursday, 3 December 2026 at 2:00 PM WIB']],
  ])('same year (%s): only the last says it', (lang, expected) => {
    expect(yearOnce(DEC, jakarta, lang)).toEqual(expected);
  });

  it('across a year end every item says its year', () => {
    expect(yearOnce(ACROSS, jakarta, 'id')).toEqual([
      'Rabu, 30 Desember 2026 pukul 10.00 WIB',
      'Senin, 4 Januari 2027 pukul 09.00 WIB',
    ]);
  });

  it('gives each item with and without its year', () => {
    expect(listTimes(ACROSS, jakarta, 'en')).toEqual({
      sameYear: false,
      items: [
        {
          withYear: 'Wednesday, 30 December 2026 at 10:00 AM WIB',
          withoutYear: 'Wednesday, 30 December at 10:00 AM WIB',
        },
        {
          withYear: 'Monday, 4 January 2027 at 9:00 AM WIB',
          withoutYear: 'Monday, 4 January at 9:00 AM WIB',
        },
      ],
    });
    expect(listTimes(DEC, jakarta, 'en').sameYear).toBe(true);
  });

  it('one time is said with its year', () => {
    expect(yearOnce(DEC.slice(0, 1), jakarta, 'id')).toEqual([
      'Rabu, 2 Desember 2026 pukul 10.00 WIB',
    ]);
  });
});
