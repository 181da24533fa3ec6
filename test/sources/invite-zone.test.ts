import { describe, expect, it } from 'vitest';
import { ianaName, zoneOfTzid } from '../../src/sources/invite-zone.js';

describe('zoneOfTzid', () => {
  it.each([
    ['Asia/Jakarta', 'Asia/Jakarta'],
    ['asia/makassar', 'Asia/Makassar'],
    ['Europe/London', 'Europe/London'],
    ['/mozilla.org/20050126_1/Asia/Jayapura', 'Asia/Jayapura'],
    // Outlook's Windows names, Indonesia's zone first where the Windows zone covers one.
    ['SE Asia Standard Time', 'Asia/Jakarta'],
    ['Singapore Standard Time', 'Asia/Makassar'],
    ['Tokyo Standard Time', 'Asia/Jayapura'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Eastern Standard Time', 'America/New_York'],
    ['India Standard Time', 'Asia/Calcutta'],
    ['UTC', 'UTC'],
  ])('%s → %s', async (tzid, iana) => {
    expect(await zoneOfTzid(tzid)).toBe(iana);
  });

  it.each(['Mars/Olympus_Mons', '(UTC+07:00) Bangkok, Hanoi, Jakarta', 'Waktu Kantor', ''])(
    '%j is no known zone',
    async (tzid) => {
      expect(await zoneOfTzid(tzid)).toBeUndefined();
    },
  );
});

describe('ianaName', () => {
  it.each([
    ['Asia/Jakarta', 'Asia/Jakarta'],
    ['Etc/GMT-7', 'Etc/GMT-7'],
    ['SE Asia Standard Time', undefined],
    ['+07:00', undefined],
  ])('%s → %s', (name, iana) => {
    expect(ianaName(name)).toBe(iana);
  });
});
