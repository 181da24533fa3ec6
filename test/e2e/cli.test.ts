import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBin, SCRIPTED } from './run-bin.js';

const ESC = '\u001b';
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

describe('plans as text, in both languages', () => {
  it.each([
    // lang, mode flag, --at, expected lines
    [
      'id',
      '--sure',
      '2026-11-27 10:00 WIB',
      [
        'Rencana pembatalan wawancara: PT Maju Jaya',
        'Jumat, 27 November 2026 pukul 10.00 WIB',
        '1. Telepon — sekarang',
        '2. Pesan suara',
        '3. Email',
        '4. SMS / WhatsApp',
        '5. LinkedIn',
        'Yth. Ibu Sari Wulandari',
        'Hormat saya,',
      ],
    ],
    [
      'en',
      '--sure',
      '2026-11-27 10:00 WIB',
      [
        'Plan to cancel the interview: PT Maju Jaya',
        '1. Call — now',
        '5. LinkedIn',
        'Budi Santoso',
      ],
    ],
    [
      'id',
      '--reschedule',
      '2026-11-26 09:00 WIB', // 23 hours ahead: short notice
      [
        'Rencana penjadwalan ulang wawancara: PT Maju Jaya',
        // The year is said once, with the interview.
        'Senin, 30 November pukul 10.00 WIB',
      ],
    ],
    [
      'en',
      '--reschedule',
      '2026-11-26 09:00 WIB',
      ['Plan to reschedule the interview: PT Maju Jaya', 'Monday, 30 November at 10:00 AM WIB'],
    ],
  ])('%s %s at %s', (lang, mode, at, expected) => {
    const args = [...SCRIPTED, '--lang', lang, mode, '--at', at];
    if (mode === '--reschedule') args.push('--slot', '2026-11-30 10:00', '--reason', 'conflict');
    const { code, stdout, stderr } = runBin(args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const line of expected) expect(stdout).toContain(line);
    expect(stdout).not.toContain(ESC); // piped output never holds escape codes
    if (lang === 'id') expect(stdout).not.toMatch(/\binterview\b|\bkamu\b|\baku\b/i);
  });

  // What a short-notice apology says, whatever the channel's wording.
  const SHORT_APOLOGY = {
    id: /maaf[^.]*(mendadak|kurang dari 24 jam)/i,
    en: /(sorry|apologi[sz]e)[^.]*(short notice|less than 24 hours)/i,
  } as const;
  it.each([
    ['id', '2026-11-26 09:00 WIB', 'short'], // 23 hours ahead
    ['en', '2026-11-26 09:00 WIB', 'short'],
    ['id', '2026-11-27 10:00 WIB', 'ok'],
    ['en', '2026-11-27 10:00 WIB', 'ok'],
  ] as const)(
    '%s, interview %s (%s): every message apologises only when short',
    (lang, at, status) => {
      const args = [...SCRIPTED, '--lang', lang, '--sure', '--at', at, '--format', 'json'];
      const { code, stdout, stderr } = runBin(args);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const plan = JSON.parse(stdout) as {
        notice: { status: string };
        messages: { channel: string; body: string }[];
      };
      expect(plan.notice.status).toBe(status);
      expect(plan.messages.map((m) => m.channel)).toEqual([
        'phone',
        'voicemail',
        'email',
        'sms',
        'linkedin',
      ]);
      for (const { channel, body } of plan.messages) {
        expect(SHORT_APOLOGY[lang].test(body), `${channel}: ${body}`).toBe(status === 'short');
      }
    },
  );

  it('a short-notice email names the day, in proportion, not only "less than 24 hours"', () => {
    const args = [...SCRIPTED, '--sure', '--at', '2026-11-26 09:00 WIB', '--format', 'json'];
    const { code, stdout } = runBin(args);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { messages: { channel: string; body: string }[] };
    const email = plan.messages.find((m) => m.channel === 'email')?.body ?? '';
    expect(email).toContain('pemberitahuan yang mendadak');
    expect(email).toContain('besok, Kamis, 26 November 2026 pukul 09.00 WIB');
  });

  it('one --channel prints only that message body', () => {
    const { code, stdout } = runBin([...SCRIPTED, '--sure', '--channel', 'email']);
    expect(code).toBe(0);
    expect(stdout.startsWith('Yth. Ibu Sari Wulandari')).toBe(true);
    expect(stdout).not.toContain('Subjek');
    expect(stdout).not.toContain('Rencana');
  });
});

describe('JSON', () => {
  it('has exactly the documented shape', () => {
    const { code, stdout } = runBin([...SCRIPTED, '--sure', '--format', 'json', '--lang', 'en']);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(Object.keys(plan)).toEqual([
      'schema',
      'lang',
      'mode',
      'interview',
      'notice',
      'messages',
    ]);
    expect(plan).toMatchObject({
      schema: 1,
      lang: 'en',
      mode: 'cancel',
      interview: {
        company: 'PT Maju Jaya',
        role: 'Analis Data',
        interviewer: 'Sari Wulandari',
        at: '2026-11-27T10:00:00+07:00',
        timeZone: 'Asia/Jakarta',
      },
      notice: {
        status: 'ok',
        hoursLeft: 48,
        deadline: '2026-11-26T10:00:00+07:00',
        callAt: '2026-11-25T10:00:00+07:00',
        first: 'call',
      },
    });
    expect(Object.keys(plan.notice)).toEqual([
      'status',
      'hoursLeft',
      'deadline',
      'callAt',
      'first',
      'advice',
    ]);
    expect(typeof plan.notice.advice).toBe('string');
    expect(plan.messages.map((m: { channel: string }) => m.channel)).toEqual([
      'phone',
      'voicemail',
      'email',
      'sms',
      'linkedin',
    ]);
    for (const m of plan.messages) {
      expect(m.length).toBe([...m.body].length);
      expect('subject' in m).toBe(m.channel === 'email');
      expect('limit' in m).toBe(m.channel === 'linkedin');
      expect('segments' in m).toBe(m.channel === 'sms');
      expect('full' in m).toBe(m.channel === 'sms');
    }
    expect(plan.messages[4].limit).toBe(200);
    expect(plan.messages[4].length).toBeLessThanOrEqual(200);
    expect(plan.messages[3].segments).toBeLessThanOrEqual(2);
  });

  it('keeps a fixed offset as the time zone', () => {
    const { stdout } = runBin([
      ...SCRIPTED,
      '--sure',
      '--format',
      'json',
      '--at',
      '2026-11-27T10:00+08:00',
    ]);
    const plan = JSON.parse(stdout);
    expect(plan.interview.timeZone).toBe('+08:00');
    expect(plan.interview.at).toBe('2026-11-27T10:00:00+08:00');
    expect(plan.messages[2].body).toContain('pukul 10.00 WITA');
  });
});

describe('bad input: exit 2, one line, nothing on stdout', () => {
  it.each([
    [[], /missing --company, --at, --reason, --name, --sure or --reschedule/],
    [[...SCRIPTED], /--sure.*--reschedule.*100% sure/],
    [
      [...SCRIPTED, '--sure', '--reschedule'],
      /--sure and --reschedule contradict each other: if you are not 100% sure/,
    ],
    [[...SCRIPTED, '--sure', '--bogus'], /^batal-wawancara: unknown option '--bogus'/],
    [
      [...SCRIPTED, '--sure', '--at', '2026-11-24 10:00'],
      /--at: the interview time has already passed — check the date/,
    ],
    [
      [...SCRIPTED, '--sure', '--at', 'Friday'],
      /--at: cannot read this date and time — use e\.g\. 2026-11-27 10:00/,
    ],
    [
      [...SCRIPTED, '--sure', '--name', 'Budi\u001b]52;c;aGk=\u0007'],
      /--name: remove control characters/,
    ],
    [
      [...SCRIPTED, '--sure', '--company', 'PT X\r\nBcc: a@b.test'],
      /--company: remove control characters/,
    ],
    [[...SCRIPTED, '--sure', '--name', 'B'.repeat(101)], /--name: keep it to 100 characters/],
    [[...SCRIPTED, '--sure', '--reason', 'other'], /missing --reason-text/],
    [[...SCRIPTED, '--sure', '--format', 'eml'], /--format eml needs --to/],
    [
      [...SCRIPTED, '--sure', '--format', 'wa', '--channel', 'email'],
      /--format wa carries the sms message/,
    ],
    [[...SCRIPTED, '--sure', '--copy=xclip'], /--copy: unknown value "xclip"/],
    [[...SCRIPTED, '--sure', '--format', 'pdf'], /--format: unknown value "pdf"/],
  ])('%j', (args, message) => {
    const { code, stdout, stderr } = runBin(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^batal-wawancara: /);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  // Issue 10, rows 6, 7, 8 and 20: the exact line, hint inside the parentheses.
  it.each([
    [
      [...SCRIPTED, '--sure', '--compny', 'X'],
      "batal-wawancara: unknown option '--compny' (did you mean --company? see 'batal-wawancara --help')",
    ],
    [
      [...SCRIPTED, '--name', '--reschedule', '--channel', 'sms'],
      'batal-wawancara: --name is missing its value (put it right after --name, e.g. --name "Budi Santoso")',
    ],
    [
      [
        '--company',
        '--sure',
        '--at',
        '2026-11-27 10:00 WIB',
        '--reason',
        'offer',
        '--name',
        'Budi',
      ],
      'batal-wawancara: --company is missing its value (put it right after --company, e.g. --company "PT Maju Jaya")',
    ],
    [
      [...SCRIPTED, '--sure', '--name', 'B'.repeat(101)],
      "batal-wawancara: --name: keep it to 100 characters or fewer (see 'batal-wawancara --help')",
    ],
    [
      [...SCRIPTED, '--sure', '--at', '2026-11-24 10:00'],
      'batal-wawancara: --at: the interview time has already passed — check the date ' +
        '(give the date and time of an interview still to come)',
    ],
  ])('%j: exactly one line', (args, expected) => {
    const { code, stdout, stderr } = runBin(args);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${expected}\n`);
    expect(code).toBe(2);
  });

  it('every usage error has the shape "batal-wawancara: <what> (<hint>)"', () => {
    const cases = [
      [],
      [...SCRIPTED],
      [...SCRIPTED, '--sure', '--reschedule'],
      [...SCRIPTED, '--sure', '--reason', 'other'],
      [...SCRIPTED, '--sure', '--format', 'eml'],
      [...SCRIPTED, '--sure', '--email', 'budi@'],
      [...SCRIPTED, '--sure', '--phone', '12'],
      [...SCRIPTED, '--sure', '--lang', 'fr'],
      [...SCRIPTED, '--sure', '--slot', '2026-12-01 10:00'],
      [...SCRIPTED, '--sure', '--channel', 'fax'],
      [...SCRIPTED, '--sure', 'extra'],
      ['profile', '--phone', 'abc'],
    ];
    for (const args of cases) {
      const { code, stderr } = runBin(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toMatch(/^batal-wawancara: [^\n]+ \([^\n]+\)\n$/);
    }
  });
});

describe('help, version, demo, colour', () => {
  it('--help: grouped, 80 columns, examples, environment and exit codes at the end', () => {
    const { code, stdout, stderr } = runBin(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('--reason-text <text>');
    expect(stdout.split('\n').filter((l) => l.length > 80)).toEqual([]);
    const order = ['The interview:', 'You:', 'The recruiter:', 'Output:', 'Other:'];
    const at = [...order, 'Examples:', 'Environment:', 'Exit codes:'].map((h) =>
      stdout.indexOf(`\n${h}\n`),
    );
    expect(at.every((i, n) => i > 0 && (n === 0 || i > (at[n - 1] ?? 0)))).toBe(true);
    expect(stdout).toMatch(/Exit codes:\n {2}0 [\s\S]* {2}130 +cancelled with Ctrl\+C\n$/);
  });

  it.each(['--version', '-V', '-v'])('%s prints the package version', (flag) => {
    const { code, stdout } = runBin([flag]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });

  it.each(['id', 'en'])('--demo renders a sample plan in %s', (lang) => {
    const { code, stdout, stderr } = runBin(['--demo', '--lang', lang]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('PT Maju Jaya Sejahtera');
    expect(stdout).toContain('Budi Santoso');
  });

  it.each([
    [{ FORCE_COLOR: '1' }, [], true],
    [{ FORCE_COLOR: '1' }, ['--no-color'], false],
    [{ FORCE_COLOR: '1', TERM: 'dumb' }, [], true], // forcing wins over a dumb terminal
    [{ NO_COLOR: '1' }, [], false],
    [{}, [], false], // piped
  ])('env %j %j → colour %s', (env, extra, coloured) => {
    const { stdout } = runBin([...SCRIPTED, '--sure', ...extra], env);
    expect(stdout.includes(ESC)).toBe(coloured);
  });
});

describe('unexpected failures: exit 1, the stack only with DEBUG', () => {
  // A copy of the built app without its templates: rendering cannot read them.
  let broken = '';
  beforeAll(() => {
    broken = mkdtempSync(join(tmpdir(), 'bw-broken-'));
    cpSync(join(ROOT, 'bin'), join(broken, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(broken, 'dist'), { recursive: true });
  });
  afterAll(() => rmSync(broken, { recursive: true, force: true }));

  it.each([
    [{}, false],
    [{ DEBUG: 'batal-wawancara' }, true],
  ])('env %j → stack shown: %s', (env, stack) => {
    const bin = join(broken, 'bin', 'batal-wawancara.js');
    const { code, stdout, stderr } = runBin([...SCRIPTED, '--sure'], env, { bin });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^batal-wawancara: unexpected failure: ENOENT/);
    expect(stderr.includes('(run again with DEBUG=batal-wawancara for details)')).toBe(!stack);
    expect(/\n\s+at /.test(stderr)).toBe(stack);
  });
});
