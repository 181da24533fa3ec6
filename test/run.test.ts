import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/cli.js';
import { InputError } from '../src/core/errors.js';
import type { InputProblem } from '../src/core/problems.js';
import { run, type Deps } from '../src/run.js';
import { capture } from './deliver/support/streams.js';

const TEMPLATES = new URL('../templates/', import.meta.url);
const SCRIPTED = [
  '--company',
  'PT Maju Jaya',
  '--at',
  '2026-11-27 10:00 WIB',
  '--now',
  '2026-11-25 10:00 WIB',
  '--reason',
  'offer',
  '--name',
  'Budi Santoso',
  '--no-profile',
];

/** A scripted run (stdin is not a terminal) with everything it writes captured. */
function start(args: string[], options: { root?: URL } = {}) {
  const parsed = parseCommandLine(['node', 'batal-wawancara', ...args], '1.2.3', {
    out: () => {},
    err: () => {},
  });
  if (parsed.kind !== 'run') throw new Error('expected a run');
  const stdout = capture();
  const stderr = capture();
  const seen = { written: '', clockReads: 0 };
  const deps: Deps = {
    env: {},
    stdin: Readable.from([]),
    stdout: stdout.stream,
    stderr: stderr.stream,
    clock: () => {
      seen.clockReads += 1;
      return { now: new Date('2026-11-25T10:00:00+07:00'), systemZone: 'Asia/Jakarta' };
    },
    isTTY: { stdin: false, stdout: false },
    writeOut: (text) => {
      seen.written += text;
    },
    templatesRoot: options.root ?? TEMPLATES,
  };
  return { done: run(parsed.line, deps), seen, stdout, stderr };
}

describe('run: answers → core → messages → delivery', () => {
  it.each([
    ['id', '--sure', 'Rencana pembatalan wawancara: PT Maju Jaya'],
    ['en', '--sure', 'Plan to cancel the interview: PT Maju Jaya'],
    ['en', '--reschedule', 'Plan to reschedule the interview: PT Maju Jaya'],
  ])('%s %s: the plan written whole, nothing on stderr', async (lang, mode, title) => {
    // A schedule clash: a reason a reschedule names as it is (no warning).
    const args = [...SCRIPTED, '--reason', 'conflict', '--lang', lang, mode];
    const { done, seen, stdout, stderr } = start(args);
    await done;
    expect(seen.written.split('\n')[0]).toBe(title);
    expect(stdout.text() + stderr.text()).toBe('');
    expect(seen.clockReads).toBe(1); // read once, on first use
  });

  it('--demo fills every answer and renders', async () => {
    const { done, seen } = start(['--demo', '--lang', 'en', '--format', 'json', '--no-profile']);
    await done;
    expect(JSON.parse(seen.written)).toMatchObject({
      lang: 'en',
      mode: 'cancel',
      interview: { company: 'PT Maju Jaya Sejahtera' },
    });
  });

  it('--copy without a display: the text on stdout, the warning on stderr, in the language', async () => {
    const { done, seen, stdout, stderr } = start([
      ...SCRIPTED,
      '--sure',
      '--channel',
      'sms',
      '--copy',
    ]);
    await done;
    expect(seen.written).toBe('');
    expect(stdout.text()).toContain('PT Maju Jaya');
    expect(stderr.text()).toBe(
      'papan klip tidak tersedia: DISPLAY tidak diatur — teks dicetak ke stdout\n',
    );
  });
});

describe('run: bad input is thrown as core raised it, before anything is written', () => {
  it.each<[string[], InputProblem]>([
    [
      ['--no-profile'],
      { code: 'missing', flags: ['--company', '--at', '--reason', '--name'], gate: true },
    ],
    [SCRIPTED, { code: 'gate-missing' }],
    [[...SCRIPTED, '--sure', '--slot', '2026-12-01 10:00'], { code: 'slot-needs-reschedule' }],
    [
      [...SCRIPTED, '--lang', 'fr', '--sure'],
      { code: 'field', flag: '--lang', problem: { code: 'choice', choices: ['id', 'en'] } },
    ],
    [[...SCRIPTED, '--sure', '--format', 'eml'], { code: 'needs-recipient', format: 'eml' }],
  ])('%j → %j', async (args, problem) => {
    const { done, seen, stdout, stderr } = start(args);
    await expect(done).rejects.toBeInstanceOf(InputError);
    await expect(done).rejects.toMatchObject({ problem });
    expect(seen.written + stdout.text() + stderr.text()).toBe('');
  });

  it('templates that cannot be read: the failure is thrown, nothing written', async () => {
    const { done, seen } = start([...SCRIPTED, '--sure'], {
      root: new URL('./no-such-folder/', TEMPLATES),
    });
    await expect(done).rejects.toMatchObject({ code: 'ENOENT' });
    expect(seen.written).toBe('');
  });
});
