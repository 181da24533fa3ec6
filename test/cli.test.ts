import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/cli.js';
import { InputError, UsageError } from '../src/core/errors.js';

const argv = (...args: string[]) => ['node', 'batal-wawancara', ...args];
const silent = { out: () => {}, err: () => {} };

function line(...args: string[]) {
  const parsed = parseCommandLine(argv(...args), '1.2.3', silent);
  if (parsed.kind !== 'run') throw new Error('expected a run');
  return parsed.line;
}

function printed(...args: string[]): string {
  let out = '';
  const parsed = parseCommandLine(argv(...args), '1.2.3', { ...silent, out: (s) => (out += s) });
  expect(parsed).toEqual({ kind: 'done' });
  return out;
}

function failure(...args: string[]): UsageError {
  try {
    parseCommandLine(argv(...args), '1.2.3', silent);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected a usage error from ${args.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('maps flags to answers and keeps only what was given', () => {
    const l = line(
      ...['-l', 'en', '--company', 'PT Maju', '--reason', ' Offer '],
      ...['--slot', 'besok 10.00', '--slot', 'lusa 14.30', '--channel', 'email,sms'],
      ...['--recruiter-phone', '0811', '--reason-text', 'Saya pindah.', '--sure', '-y'],
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
    expect(l).toMatchObject({
      sure: true,
      reschedule: false,
      yes: true,
      demo: false,
      color: true,
      profile: true,
    });
    expect(l.copy).toBeUndefined();
  });

  it.each([
    [['--copy'], 'auto'],
    [['-c'], 'auto'],
    [['--copy=auto'], 'auto'],
    [['--copy=osc52'], 'osc52'],
    [['--copy', 'osc52'], 'osc52'],
    [['--copy', '--demo'], 'auto'],
  ])('%j → copy %s', (args, how) => {
    expect(line(...args).copy).toBe(how);
  });

  it.each([
    [['--no-color'], { color: false, profile: true }],
    [['--no-profile'], { color: true, profile: false }],
  ])('%j', (args, expected) => {
    expect(line(...args)).toMatchObject(expected);
  });

  it.each(['--format', '--format='])('%s takes each format', (flag) => {
    for (const format of ['text', 'json', 'eml', 'mailto', 'wa']) {
      const args = flag.endsWith('=') ? [`${flag}${format}`] : [flag, format];
      expect(line(...args).answers.format).toBe(format);
    }
  });

  it.each([['--version'], ['-V'], ['-v']])('%s prints the version', (flag) => {
    expect(printed(flag)).toBe('1.2.3\n');
  });

  it.each([
    [[], { action: 'show' }],
    [['--clear'], { action: 'clear' }],
    [
      ['--name', 'Budi', '--phone', '', '-l', 'en'],
      { action: 'save', values: { name: 'Budi', phone: '', lang: 'en' } },
    ],
  ])('profile %j', (args, command) => {
    expect(parseCommandLine(argv('profile', ...args), '1.2.3', silent)).toEqual({
      kind: 'profile',
      command,
    });
  });
});

describe('errors: one line, the hint inside the parentheses', () => {
  it.each([
    [
      ['--compny', 'X'],
      "unknown option '--compny'",
      "did you mean --company? see 'batal-wawancara --help'",
    ],
    [['--bogus'], "unknown option '--bogus'", "see 'batal-wawancara --help'"],
    [
      ['--name', '--reschedule', '--channel', 'sms'],
      '--name is missing its value',
      'put it right after --name, e.g. --name "Budi Santoso"',
    ],
    [
      ['--company', '--sure', '--reason', 'offer'],
      '--company is missing its value',
      'put it right after --company, e.g. --company "PT Maju Jaya"',
    ],
    [
      ['--name', '-y'],
      '--name is missing its value',
      'put it right after --name, e.g. --name "Budi Santoso"',
    ],
    [
      ['--to', '--format=json'],
      '--to is missing its value',
      'put it right after --to, e.g. --to hr@example.com',
    ],
    [
      ['--at'],
      '--at is missing its value',
      'put it right after --at, e.g. --at "2026-11-27 10:00 WIB"',
    ],
    [['-l'], '--lang is missing its value', 'put it right after --lang, e.g. --lang en'],
    [
      ['--format', 'xml'],
      '--format: unknown value "xml"',
      'use text, json, eml, ics, mailto or wa, e.g. --format=wa',
    ],
    [['--copy=xclip'], '--copy: unknown value "xclip"', 'use auto or osc52, e.g. --copy=osc52'],
    [
      ['--company', 'PT', 'Maju'],
      "unexpected argument 'Maju'",
      `a value with spaces needs quotes, e.g. --name "Budi Santoso"; see 'batal-wawancara --help'`,
    ],
    [['--\u001b[31mred'], "unknown option '--\\u{1b}[31mred'", "see 'batal-wawancara --help'"],
    [
      ['profile', '--nmae', 'Budi'],
      "unknown option '--nmae'",
      "did you mean --name? see 'batal-wawancara profile --help'",
    ],
    [
      ['profile', '--name', 'Budi', '--clear'],
      '--clear cannot be used with --name',
      'give only one of them',
    ],
    [
      ['profile', '--email'],
      '--email is missing its value',
      'put it right after --email, e.g. --email budi@example.com',
    ],
  ])('%j', (args, message, hint) => {
    const error = failure(...args);
    expect(error.message).toBe(message);
    expect(error.hint).toBe(hint);
  });
});

describe('--sure with --reschedule: the gate refuses with its own reason', () => {
  it.each([[['--sure', '--reschedule']], [['-l', 'en', '--reschedule', '--sure']]])(
    "%j → core's gate-both",
    (args) => {
      const parse = () => parseCommandLine(argv(...args), '1.2.3', silent);
      expect(parse).toThrow(InputError);
      expect(parse).toThrow(expect.objectContaining({ problem: { code: 'gate-both' } }));
    },
  );
});

describe('--help', () => {
  const help = printed('--help');
  const lines = help.trimEnd().split('\n');

  it('fits 80 columns', () => {
    expect(lines.filter((l) => l.length > 80)).toEqual([]);
  });

  it('groups the options, in this order, then the profile command', () => {
    const headings = lines.filter((l) => /^\S.*:$/.test(l));
    expect(headings).toEqual([
      'The interview:',
      'You:',
      'The recruiter:',
      'Output:',
      'Other:',
      'Commands:',
      'Examples:',
      'Environment:',
      'Exit codes:',
    ]);
  });

  it.each([
    ['The interview:', '--company <name>'],
    ['The interview:', '--slot <datetime>'],
    ['You:', '--name <name>'],
    ['You:', '--no-profile'],
    ['The recruiter:', '--recruiter-phone <n>'],
    ['Output:', '--format <f>'],
    ['Output:', '-c, --copy [how]'],
    ['Other:', '--now <datetime>'],
    ['Other:', '-V, --version'],
  ])('%s holds %s', (heading, flag) => {
    const start = lines.indexOf(heading);
    const end = lines.indexOf('', start);
    expect(lines.slice(start, end).some((l) => l.trimStart().startsWith(flag))).toBe(true);
  });

  it('says "(asked if missing)" for what the questions ask, never "(required)"', () => {
    for (const flag of ['--company', '--at', '--reason ', '--name', '--sure']) {
      // The option's line and the lines its description wraps onto.
      const start = lines.findIndex((l) => l.trimStart().startsWith(flag));
      const end = lines.findIndex((l, i) => i > start && !/^ {20,}\S/.test(l));
      expect(lines.slice(start, end).join(' ')).toMatch(/\(asked if missing\)/);
    }
    expect(help).not.toMatch(/required/);
  });

  it('ends with pasteable examples, the environment and the exit codes', () => {
    const tail = help.slice(help.indexOf('Examples:'));
    expect(tail).not.toContain('…');
    expect(tail).toMatch(/--format eml \| msmtp -t/);
    for (const name of ['NO_COLOR', 'FORCE_COLOR', 'TZ', 'XDG_CONFIG_HOME', 'DEBUG']) {
      expect(tail).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
    for (const code of ['0', '1', '2', '130'])
      expect(tail).toMatch(new RegExp(`^  ${code} +\\S`, 'm'));
  });

  it('profile --help fits 80 columns and names the file', () => {
    const text = printed('profile', '--help');
    expect(text.split('\n').filter((l) => l.length > 80)).toEqual([]);
    expect(text).toContain('$XDG_CONFIG_HOME/batal-wawancara/profile.json');
    expect(text).toContain('~/.config/batal-wawancara/profile.json');
  });
});
