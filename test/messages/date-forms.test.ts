import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.js';
import {
  capitalise,
  onDate,
  sayDate,
  sayDates,
  type DateStyle,
} from '../../src/messages/date-forms.js';
import { iso } from '../support/time.js';

const JAKARTA = { id: 'Asia/Jakarta' };
/** Thursday 26 November 2026, 14:00 WIB. */
const FROM = iso('2026-11-26T14:00:00+07:00');

const style = (lang: Lang, over: Partial<DateStyle> = {}): DateStyle => ({
  lang,
  zone: JAKARTA,
  form: 'long',
  relative: 'replace',
  from: FROM,
  yearRef: 2026,
  ...over,
});

describe('sayDate', () => {
  it.each<[string, Lang, Partial<DateStyle>, string]>([
    ['2026-11-30T09:00+07:00', 'id', {}, 'Senin, 30 November pukul 09.00 WIB'],
    ['2026-11-30T09:00+07:00', 'en', {}, 'Monday, 30 November at 9:00 AM WIB'],
    ['2026-11-30T09:00+07:00', 'id', { yearRef: null }, 'Senin, 30 November 2026 pukul 09.00 WIB'],
    ['2027-01-04T09:00+07:00', 'id', {}, 'Senin, 4 Januari 2027 pukul 09.00 WIB'],
    ['2026-11-30T09:00+07:00', 'id', { form: 'compact' }, 'Senin, 30/11 pukul 09.00 WIB'],
    ['2026-11-30T09:00+07:00', 'en', { form: 'compact' }, 'Mon 30 Nov at 9:00 AM WIB'],
    ['2026-12-01T14:00+07:00', 'en', { form: 'compact' }, 'Tue 1 Dec at 2:00 PM WIB'],
    // Today and tomorrow, counted in the zone from the moment the words are read.
    ['2026-11-27T10:00+07:00', 'id', {}, 'besok pukul 10.00 WIB'],
    ['2026-11-27T10:00+07:00', 'en', { form: 'compact' }, 'tomorrow at 10:00 AM WIB'],
    ['2026-11-26T16:30+07:00', 'id', {}, 'hari ini pukul 16.30 WIB'],
    ['2026-11-26T16:30+07:00', 'en', {}, 'today at 4:30 PM WIB'],
    [
      '2026-11-27T10:00+07:00',
      'id',
      { relative: 'prefix', yearRef: null },
      'besok, Jumat, 27 November 2026 pukul 10.00 WIB',
    ],
    [
      '2026-11-27T10:00+07:00',
      'en',
      { relative: 'prefix', yearRef: null },
      'tomorrow, Friday, 27 November 2026 at 10:00 AM WIB',
    ],
    ['2026-11-27T10:00+07:00', 'id', { relative: 'none' }, 'Jumat, 27 November pukul 10.00 WIB'],
    // 01:00 WIB on the 27th is still the 26th in UTC: the day is the zone's.
    ['2026-11-26T18:00:00Z', 'id', {}, 'besok pukul 01.00 WIB'],
    ['2026-11-28T10:00+07:00', 'id', {}, 'Sabtu, 28 November pukul 10.00 WIB'],
  ])('%s (%s, %j) → %s', (at, lang, over, said) => {
    expect(sayDate(iso(at), style(lang, over)).text).toBe(said);
  });

  it.each<[string, Lang, string]>([
    ['2026-11-30T09:00+07:00', 'id', 'pada Senin, 30 November pukul 09.00 WIB'],
    ['2026-11-27T09:00+07:00', 'id', 'besok pukul 09.00 WIB'],
    ['2026-11-30T09:00+07:00', 'en', 'Monday, 30 November at 9:00 AM WIB'],
  ])('after a verb: %s (%s) → %s', (at, lang, said) => {
    expect(onDate(sayDate(iso(at), style(lang)), lang)).toBe(said);
  });
});

describe('sayDates: the year once', () => {
  it.each<[string[], Lang, Partial<DateStyle>, string[]]>([
    [
      ['2026-12-02T10:00+07:00', '2026-12-03T14:00+07:00'],
      'id',
      {},
      ['Rabu, 2 Desember pukul 10.00 WIB', 'Kamis, 3 Desember pukul 14.00 WIB'],
    ],
    [
      ['2027-01-04T10:00+07:00', '2027-01-05T14:00+07:00'],
      'id',
      {},
      ['Senin, 4 Januari pukul 10.00 WIB', 'Selasa, 5 Januari 2027 pukul 14.00 WIB'],
    ],
    [
      ['2026-12-31T10:00+07:00', '2027-01-04T14:00+07:00'],
      'en',
      {},
      ['Thursday, 31 December at 10:00 AM WIB', 'Monday, 4 January 2027 at 2:00 PM WIB'],
    ],
    [
      ['2027-01-04T10:00+07:00', '2027-01-05T14:00+07:00'],
      'en',
      { form: 'compact' },
      ['Mon 4 Jan at 10:00 AM WIB', 'Tue 5 Jan at 2:00 PM WIB'],
    ],
  ])('%j (%s, %j)', (dates, lang, over, said) => {
    expect(sayDates(dates.map(iso), style(lang, over)).map((d) => d.text)).toEqual(said);
  });
});

it.each([
  ['besok pukul 09.00', 'Besok pukul 09.00'],
  ['today', 'Today'],
  ['', ''],
])('capitalise(%j) → %j', (text, capital) => {
  expect(capitalise(text)).toBe(capital);
});
