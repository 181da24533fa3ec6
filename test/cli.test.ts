import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/cli.js';
import { UsageError } from '../src/core/errors.js';

const argv = (...args: string[]) => ['node', 'batal-wawancara', ...args];
const silent = { out: () => {}, err: () => {} };

function line(...args: string[]) {
  const parsed = parseCommandLine(argv(...args), '1.2.3', silent);
  if (parsed.kind !== 'run') throw new Error('expected a run');
  return parsed.line;
}

describe('parseCommandLine', () => {
  it('maps flags to answers and keeps only what was given', () => {
    const l = line(
      '-l',
      'en',
      '--company',
      'PT Maju',
      '--reason',
      ' Offer ',
      '--slot',
      'besok 10.00',
      '--slot',
      'lusa 14.30',
      '--channel',
      'email,sms',
      '--recruiter-phone',
      '0811',
      '--reason-text',
      'Saya pindah.',
      '--sure',
      '-y',
    );
    expect(l.answers).toEqual({
      lang: 'en',
      company: 'PT Maju',
      reason: 'offer',
      slots: ['besok 10.00', 'lusa 14.30'],
      channels: 'email,sms',
      recruiterPhone: '0811',
      reasonText: 'Saya pindah.',
    });
    expect(l).toMatchObject({ sure: true, reschedule: false, yes: true, demo: false, color: true });
    expect(l.copy).toBeUndefined();
  });

  it.each([
    [['--copy'], 'auto'],
    [['-c'], 'auto'],
    [['--copy=auto'], 'auto'],
    [['--copy=osc52'], 'osc52'],
    [['--copy', 'osc52'], 'osc52'],
  ])('%j → copy %s', (args, how) => {
    expect(line(...args).copy).toBe(how);
  });

  it('--no-color turns colour off', () => {
    expect(line('--no-color').color).toBe(false);
  });

  it.each([['--help'], ['-h'], ['--version'], ['-V']])('%s prints and is done', (flag) => {
    let out = '';
    const parsed = parseCommandLine(argv(flag), '1.2.3', { ...silent, out: (s) => (out += s) });
    expect(parsed).toEqual({ kind: 'done' });
    expect(out).toMatch(['--version', '-V'].includes(flag) ? /^1\.2\.3\n$/ : /Examples:/);
  });

  it.each([
    [['--bogus'], "unknown option '--bogus'"],
    [['--company'], "option '--company <name>' argument missing"],
    [['extra'], 'too many arguments'],
    [['--copy=xclip'], '--copy: unknown way "xclip"'],
  ])('%j is a usage error: %s', (args, message) => {
    expect(() => parseCommandLine(argv(...args), '1.2.3', silent)).toThrow(UsageError);
    expect(() => parseCommandLine(argv(...args), '1.2.3', silent)).toThrow(message);
  });
});
