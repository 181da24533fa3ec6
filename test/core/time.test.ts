import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseWhen, parseZone } from '../../src/core/time.js';

const JAKARTA = { id: 'Asia/Jakarta' };
// Wednesday 25 November 2026, 20:00 WIB.
const NOW = DateTime.fromISO('2026-11-25T20:00+07:00', { setZone: true });

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
  ])('%s → %s', (token, id) => {
    expect(parseZone(token)).toEqual({ ok: true, value: { id } });
  });

  it.each(['Mars/Olympus', 'GMT+25', '+15:00', '+07:60', 'WIBX', '../etc'])(
    '%s is refused',
    (token) => {
      expect(parseZone(token)).toEqual({ ok: false, problem: { code: 'zone' } });
    },
  );
});

describe('parseWhen', () => {
  it.each([
    // text, expected instant, zone written in the text
    ['2026-11-27 10:00', '2026-11-27T10:00:00.000+07:00', undefined],
    ['2026-11-27T10:00', '2026-11-27T10:00:00.000+07:00', undefined],
    ['2026-11-27T10:00:30', '2026-11-27T10:00:30.000+07:00', undefined],
    ['27/11/2026 10.00', '2026-11-27T10:00:00.000+07:00', undefined], // day first
    ['1/12/2026 9.05', '2026-12-01T09:05:00.000+07:00', undefined],
    ['besok 10.00', '2026-11-26T10:00:00.000+07:00', undefined],
    ['tomorrow 10:00', '2026-11-26T10:00:00.000+07:00', undefined],
    ['lusa 14.30', '2026-11-27T14:30:00.000+07:00', undefined],
    ['Besok  10.00', '2026-11-26T10:00:00.000+07:00', undefined],
    ['Rabu 21.00', '2026-11-25T21:00:00.000+07:00', undefined], // today is a Wednesday
    ['Kamis 09.00', '2026-11-26T09:00:00.000+07:00', undefined],
    ['Senin 09.00', '2026-11-30T09:00:00.000+07:00', undefined],
    ["Jum'at 14.00 WITA", '2026-11-27T14:00:00.000+08:00', 'Asia/Makassar'],
    ['friday 2:00', '2026-11-27T02:00:00.000+07:00', undefined],
    ['Tuesday 10:00', '2026-12-01T10:00:00.000+07:00', undefined],
    ['2026-11-27 10:00 WITA', '2026-11-27T10:00:00.000+08:00', 'Asia/Makassar'],
    ['27/11/2026 10.00 WIT', '2026-11-27T10:00:00.000+09:00', 'Asia/Jayapura'],
    ['besok 10.00 WITA', '2026-11-26T10:00:00.000+08:00', 'Asia/Makassar'],
    ['2026-11-27T10:00+07:00', '2026-11-27T10:00:00.000+07:00', '+07:00'],
    ['2026-11-27T10:00+08:00', '2026-11-27T10:00:00.000+08:00', '+08:00'],
    ['2026-11-27T03:00Z', '2026-11-27T03:00:00.000+00:00', 'UTC'],
    ['2026-11-27 10:00 +09:00', '2026-11-27T10:00:00.000+09:00', '+09:00'],
    ['2026-11-27 10:00 Europe/Berlin', '2026-11-27T10:00:00.000+01:00', 'Europe/Berlin'],
  ])('%s → %s', (text, instant, zone) => {
    const parsed = parseWhen(text, JAKARTA, NOW);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.at.toISO()).toBe(instant);
    expect(parsed.value.zone?.id).toBe(zone);
  });

  it('counts "besok" as a calendar day in the interview zone, not the clock’s zone', () => {
    // 23:30 WIB on the 25th is already 01:30 on the 26th in Jayapura.
    const lateNow = DateTime.fromISO('2026-11-25T23:30+07:00', { setZone: true });
    const jayapura = parseWhen('besok 10.00', { id: 'Asia/Jayapura' }, lateNow);
    expect(jayapura.ok && jayapura.value.at.toISO()).toBe('2026-11-27T10:00:00.000+09:00');
    const jakarta = parseWhen('besok 10.00', JAKARTA, lateNow);
    expect(jakarta.ok && jakarta.value.at.toISO()).toBe('2026-11-26T10:00:00.000+07:00');
  });

  it('a zone token in the text wins over the default zone', () => {
    const parsed = parseWhen('2026-11-27 10:00 WIB', { id: 'Asia/Jayapura' }, NOW);
    expect(parsed.ok && parsed.value.at.toISO()).toBe('2026-11-27T10:00:00.000+07:00');
  });

  it.each([
    ['2026-11-27', 'datetime'], // no time
    ['27-11-2026 10:00', 'datetime'],
    ['2026-02-30 10:00', 'datetime'], // no such day
    ['2026-11-27 25:00', 'datetime'],
    ['2026-11-27 10:61', 'datetime'],
    ['next friday', 'datetime'],
    ['', 'datetime'],
    ['2026-11-27 10:00 XYZ', 'zone'],
    ['besok 10.00 Mars/Base', 'zone'],
  ])('%s is refused (%s)', (text, code) => {
    expect(parseWhen(text, JAKARTA, NOW)).toEqual({ ok: false, problem: { code } });
  });
});
