import { describe, expect, it } from 'vitest';
import { runBin } from './run-bin.js';

/** A complete scripted cancellation, without --at, --tz or --now. */
const BASE = ['--company', 'PT Maju Jaya', '--reason', 'offer', '--name', 'Budi', '--sure'];
const json = (stdout: string) => JSON.parse(stdout) as Record<string, Record<string, unknown>>;

describe('times the clock cannot show: exit 2, one line naming the problem', () => {
  it.each([
    [['--at', '2026-12-10 24:00'], '--at: hours run 00–23'],
    [['--at', '2026-12-10 10:00 PM'], '--at: cannot read this date and time'],
    [['--at', '2026-12-10 10:00', '--tz', 'EST'], '--tz: EST is an abbreviation'],
    [
      ['--at', '2026-03-08 02:30', '--tz', 'America/New_York', '--now', '2026-03-01 10:00'],
      '--at: 2026-03-08 02:30 does not exist in America/New_York (clocks go forward from 02:00 to 03:00)',
    ],
  ])('%j', (args, message) => {
    const { code, stdout, stderr } = runBin([...BASE, '--now', '2026-11-25 10:00', ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`batal-wawancara: ${message}`);
  });

  it('names the accepted forms for a 12-hour time, not an unknown zone', () => {
    const { stderr } = runBin([
      ...BASE,
      '--at',
      '2026-12-10 10:00 PM',
      '--now',
      '2026-11-25 10:00',
    ]);
    expect(stderr).toContain('2026-11-27 10:00, 27/11/2026 10.00');
    expect(stderr).not.toContain('time zone —');
  });
});

describe('a local time that happens twice (clocks turned back)', () => {
  // Whatever the system zone, the earlier instant (EDT) is taken, with one warning line.
  it.each(['Asia/Jakarta', 'UTC', 'America/New_York', 'Europe/London', 'UTC+7'])(
    'TZ=%s: the earlier instant and a warning',
    (tz) => {
      const args = ['--at', '2026-11-01 01:30', '--tz', 'America/New_York'];
      const { code, stdout, stderr } = runBin(
        [...BASE, ...args, '--now', '2026-10-25 10:00', '--format', 'json', '--lang', 'en'],
        { TZ: tz },
      );
      expect(code).toBe(0);
      expect(json(stdout).interview?.at).toBe('2026-11-01T01:30:00-04:00');
      expect(stderr).toBe(
        'batal-wawancara: warning: 2026-11-01 01:30 happens twice in America/New_York (clocks go back from 02:00 to 01:00); using the first, 01:30 EDT\n',
      );
    },
  );

  it('warns in Indonesian for an Indonesian plan', () => {
    const args = ['--at', '2026-10-25 01:30', '--tz', 'Europe/London', '--now', '2026-10-20 10:00'];
    const { code, stderr } = runBin([...BASE, ...args, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'batal-wawancara: peringatan: 2026-10-25 01:30 terjadi dua kali di Europe/London (jam dimundurkan dari 02:00 ke 01:00); dipakai yang pertama, 01.30 BST\n',
    );
  });
});

describe('an unreadable system zone never crashes', () => {
  const TZS = ['garbage', 'UTC+7', ''];

  it.each(TZS)('TZ=%j: a time with its own zone still renders', (tz) => {
    const args = ['--at', '2026-11-27 10:00 WIB', '--now', '2026-11-25 10:00 WIB'];
    const { code, stdout, stderr } = runBin([...BASE, ...args, '--format', 'json'], { TZ: tz });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(json(stdout).interview).toMatchObject({
      at: '2026-11-27T10:00:00+07:00',
      timeZone: 'Asia/Jakarta',
    });
  });

  it.each(TZS)('TZ=%j: --tz gives the zone', (tz) => {
    const args = ['--at', '2026-11-27 10:00', '--tz', 'WITA', '--now', '2026-11-25 10:00'];
    const { code, stdout } = runBin([...BASE, ...args, '--format', 'json'], { TZ: tz });
    expect(code).toBe(0);
    expect(json(stdout).interview?.at).toBe('2026-11-27T10:00:00+08:00');
  });

  it.each(TZS)('TZ=%j: a time that needs the system zone is exit 2 saying so', (tz) => {
    const { code, stdout, stderr } = runBin([...BASE, '--at', '2026-11-27 10:00'], { TZ: tz });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "batal-wawancara: --at: the system time zone (TZ) cannot be read — give a zone with --tz (e.g. --tz Asia/Jakarta) or in the time itself (e.g. '2026-11-27 10:00 WIB') (see 'batal-wawancara --help')\n",
    );
  });
});

describe('JSON times', () => {
  it('carry no milliseconds, even when now comes from the clock', () => {
    const { stdout } = runBin([...BASE, '--at', 'lusa 10.00 WIB', '--format', 'json']);
    const notice = json(stdout).notice ?? {};
    for (const value of [json(stdout).interview?.at, notice.deadline, notice.callAt]) {
      if (value !== null)
        expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    }
  });
});

describe('--demo follows --now', () => {
  it.each([
    ['2030-01-01 10:00 WIB', '2030-01-03T10:00:00+07:00'], // Tuesday → Thursday
    ['2030-01-03 10:00', '2030-01-07T10:00:00+07:00'], // Thursday → Saturday → Monday
  ])('--now %s → interview %s', (now, at) => {
    const { code, stdout } = runBin(['--demo', '--now', now, '--format', 'json']);
    expect(code).toBe(0);
    expect(json(stdout).interview?.at).toBe(at);
  });
});
