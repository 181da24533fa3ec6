import { describe, expect, it } from 'vitest';
import { parseWhen, parseZone } from '../../src/core/time.js';
import { iso, isoOf } from '../support/time.js';

const JAKARTA = { id: 'Asia/Jakarta' };
// Wednesday 25 November 2026, 20:00 WIB.
const NOW = iso('2026-11-25T20:00+07:00');

describe('parseZone', () => {
  it.each([
    ['WIB', 'Asia/Jakarta'],
    ['wita', 'Asia/Makassar'],
    ['WIT', 'Asia/Jayapura'],
    ['Z', 'UTC'],
    ['+07:00', '+07:00'],
    ['-0330', '-03:30'],
    ['asia/jakarta', 'Asia/Jakarta'],
    ['Europe/Berlin', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['gmt', 'UTC'],
    // Old names stay as typed: Intl would say Asia/Kolkata or America/Panama.
    ['Asia/Calcutta', 'Asia/Calcutta'],
    ['US/Eastern', 'US/Eastern'],
  ])('%s → %s', (token, id) => {
    expect(parseZone(token)).toEqual({ ok: true, value: { id } });
  });

  it.each(['Mars/Olympus', 'GMT+25', '+15:00', '+07:60', 'WIBX', '../etc'])(
    '%s is refused',
    (token) => {
      expect(parseZone(token)).toEqual({ ok: false, problem: { code: 'zone' } });
    },
  );

  // EST is fixed UTC-5 all year: a user who types it in July most likely means New York.
  it.each(['EST', 'est', 'CET', 'PST8PDT', 'Japan'])(
    '%s is an abbreviation or an old alias: the IANA name is asked for',
    (token) => {
      expect(parseZone(token)).toEqual({
        ok: false,
        problem: { code: 'zone-abbreviation', token },
      });
    },
  );
});

describe('parseWhen', () => {
  it.each([
    // text, expected instant, zone written in the text
    ['2026-11-27 10:00', '2026-11-27T10:00:00+07:00', undefined],
    ['2026-11-27T10:00', '2026-11-27T10:00:00+07:00', undefined],
    ['2026-11-27T10:00:30', '2026-11-27T10:00:30+07:00', undefined],
    ['27/11/2026 10.00', '2026-11-27T10:00:00+07:00', undefined], // day first
    ['1/12/2026 9.05', '2026-12-01T09:05:00+07:00', undefined],
    ['besok 10.00', '2026-11-26T10:00:00+07:00', undefined],
    ['tomorrow 10:00', '2026-11-26T10:00:00+07:00', undefined],
    ['lusa 14.30', '2026-11-27T14:30:00+07:00', undefined],
    ['Besok  10.00', '2026-11-26T10:00:00+07:00', undefined],
    ['Rabu 21.00', '2026-11-25T21:00:00+07:00', undefined], // today is a Wednesday
    ['Kamis 09.00', '2026-11-26T09:00:00+07:00', undefined],
    ['Senin 09.00', '2026-11-30T09:00:00+07:00', undefined],
    ["Jum'at 14.00 WITA", '2026-11-27T14:00:00+08:00', 'Asia/Makassar'],
    ['friday 2:00', '2026-11-27T02:00:00+07:00', undefined],
    ['Tuesday 10:00', '2026-12-01T10:00:00+07:00', undefined],
    ['2026-11-27 10:00 WITA', '2026-11-27T10:00:00+08:00', 'Asia/Makassar'],
    ['27/11/2026 10.00 WIT', '2026-11-27T10:00:00+09:00', 'Asia/Jayapura'],
    ['besok 10.00 WITA', '2026-11-26T10:00:00+08:00', 'Asia/Makassar'],
    ['2026-11-27T10:00+07:00', '2026-11-27T10:00:00+07:00', '+07:00'],
    ['2026-11-27T10:00+08:00', '2026-11-27T10:00:00+08:00', '+08:00'],
    ['2026-11-27T03:00Z', '2026-11-27T03:00:00+00:00', 'UTC'],
    ['2026-11-27 10:00 +09:00', '2026-11-27T10:00:00+09:00', '+09:00'],
    ['2026-11-27 10:00 Europe/Berlin', '2026-11-27T10:00:00+01:00', 'Europe/Berlin'],
  ])('%s → %s', (text, instant, zone) => {
    const parsed = parseWhen(text, JAKARTA, NOW);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(isoOf(parsed.value.at)).toBe(instant);
    expect(parsed.value.zone?.id).toBe(zone);
  });

  it('counts "besok" as a calendar day in the interview zone, not the clock’s zone', () => {
    // 23:30 WIB on the 25th is already 01:30 on the 26th in Jayapura.
    const lateNow = iso('2026-11-25T23:30+07:00');
    const jayapura = parseWhen('besok 10.00', { id: 'Asia/Jayapura' }, lateNow);
    expect(jayapura.ok && isoOf(jayapura.value.at)).toBe('2026-11-27T10:00:00+09:00');
    const jakarta = parseWhen('besok 10.00', JAKARTA, lateNow);
    expect(jakarta.ok && isoOf(jakarta.value.at)).toBe('2026-11-26T10:00:00+07:00');
  });

  it('a zone token in the text wins over the default zone', () => {
    const parsed = parseWhen('2026-11-27 10:00 WIB', { id: 'Asia/Jayapura' }, NOW);
    expect(parsed.ok && isoOf(parsed.value.at)).toBe('2026-11-27T10:00:00+07:00');
  });

  it.each([
    ['2026-11-27', 'datetime'], // no time
    ['27-11-2026 10:00', 'datetime'],
    ['2026-02-30 10:00', 'datetime'], // no such day
    ['2026-13-01 10:00', 'datetime'], // no 13th month
    ['2026-11-27 10:61', 'datetime'],
    ['next friday', 'datetime'],
    ['', 'datetime'],
    ['2026-11-27 10:00 XYZ', 'zone'],
    ['besok 10.00 Mars/Base', 'zone'],
  ])('%s is refused (%s)', (text, code) => {
    expect(parseWhen(text, JAKARTA, NOW)).toEqual({ ok: false, problem: { code } });
  });

  it.each([
    ['2026-12-10 24:00', 'hour'], // hours run 00–23, not "midnight of the next day"
    ['2026-12-10 25:00', 'hour'],
    ['2026-12-10 10:00 PM', 'twelve-hour'], // not "unknown time zone"
    ['2026-12-10 10:00 am', 'twelve-hour'],
    ['besok 10.00 p.m.', 'twelve-hour'],
  ])('%s is refused as a date (%s)', (text, detail) => {
    expect(parseWhen(text, JAKARTA, NOW)).toEqual({
      ok: false,
      problem: { code: 'datetime', detail },
    });
  });
});

describe('clock changes', () => {
  it.each([
    ['2026-03-08 02:30', 'America/New_York', '02:00', '03:00'],
    ['2026-03-08 02:00', 'America/New_York', '02:00', '03:00'],
    ['2026-03-29 01:59', 'Europe/London', '01:00', '02:00'],
    ['2026-03-29 02:30', 'Europe/Berlin', '02:00', '03:00'],
    ['2026-10-04 02:10', 'Australia/Lord_Howe', '02:00', '02:30'], // a half-hour change
  ])('%s in %s does not exist: the gap is named', (local, zone, from, to) => {
    expect(parseWhen(local, { id: zone }, NOW)).toEqual({
      ok: false,
      problem: { code: 'nonexistent', local, zone, from, to },
    });
  });

  it.each([
    ['2026-03-08 01:59', 'America/New_York', '2026-03-08T01:59:00-05:00'],
    ['2026-03-08 03:00', 'America/New_York', '2026-03-08T03:00:00-04:00'],
    ['2026-11-01 02:00', 'America/New_York', '2026-11-01T02:00:00-05:00'],
    ['2026-11-01 00:59', 'America/New_York', '2026-11-01T00:59:00-04:00'],
  ])('%s in %s, next to a change, is plain: %s', (local, zone, instant) => {
    const parsed = parseWhen(local, { id: zone }, NOW);
    expect(parsed.ok && isoOf(parsed.value.at)).toBe(instant);
    expect(parsed.ok && parsed.value.ambiguous).toBeUndefined();
  });

  it.each([
    ['2026-11-01 01:30', 'America/New_York', '2026-11-01T01:30:00-04:00'],
    ['2026-11-01 01:00', 'America/New_York', '2026-11-01T01:00:00-04:00'],
    ['2026-11-01 01:59', 'America/New_York', '2026-11-01T01:59:00-04:00'],
    ['2026-10-25 01:30', 'Europe/London', '2026-10-25T01:30:00+01:00'],
    ['2026-10-25 02:15', 'Europe/Berlin', '2026-10-25T02:15:00+02:00'],
  ])('%s in %s happens twice: the earlier instant, %s, with a warning', (local, zone, instant) => {
    const parsed = parseWhen(local, { id: zone }, NOW);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(isoOf(parsed.value.at)).toBe(instant);
    expect(parsed.value.ambiguous).toMatchObject({ local, zone });
    expect(parsed.value.ambiguous?.chosen.getTime()).toBe(Date.parse(instant));
  });

  it('names the change of an ambiguous time: clocks go back from 02:00 to 01:00', () => {
    const parsed = parseWhen('2026-11-01 01:30', { id: 'America/New_York' }, NOW);
    expect(parsed.ok && parsed.value.ambiguous).toMatchObject({ from: '02:00', to: '01:00' });
  });
});

describe('an unreadable system zone (no default zone)', () => {
  it.each([
    ['2026-11-27 10:00 WIB', '2026-11-27T10:00:00+07:00'],
    ['2026-11-27T10:00+08:00', '2026-11-27T10:00:00+08:00'],
    ['besok 10.00 WIT', '2026-11-26T10:00:00+09:00'],
  ])('%s names its zone and is read', (text, instant) => {
    const parsed = parseWhen(text, undefined, NOW);
    expect(parsed.ok && isoOf(parsed.value.at)).toBe(instant);
  });

  it.each(['2026-11-27 10:00', 'besok 10.00'])('%s needs the system zone: refused', (text) => {
    expect(parseWhen(text, undefined, NOW)).toEqual({
      ok: false,
      problem: { code: 'system-zone' },
    });
  });
});
