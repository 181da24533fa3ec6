import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/cli.js';
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
];

/** A scripted run (stdin is not a terminal) with everything it writes captured. */
async function runWith(args: string[], options: { env?: Record<string, string>; root?: URL } = {}) {
  const parsed = parseCommandLine(['node', 'batal-wawancara', ...args], '1.2.3', {
    out: () => {},
    err: () => {},
  });
  if (parsed.kind !== 'run') throw new Error('expected a run');
  const stdout = capture();
  const stderr = capture();
  let written = '';
  let clockReads = 0;
  const deps: Deps = {
    env: options.env ?? {},
    stdin: Readable.from([]),
    stdout: stdout.stream,
    stderr: stderr.stream,
    clock: () => {
      clockReads += 1;
      return {
        now: new Date('2026-11-25T10:00:00+07:00'),
        systemZone: 'Asia/Jakarta',
      };
    },
    isTTY: { stdin: false, stdout: false },
    writeOut: (text) => (written += text),
    templatesRoot: options.root ?? TEMPLATES,
  };
  const code = await run(parsed.line, deps);
  return { code, written, stdout: stdout.text(), stderr: stderr.text(), clockReads };
}

describe('run: answers → core → messages → delivery', () => {
  it.each([
    ['id', '--sure', 'Rencana pembatalan wawancara: PT Maju Jaya'],
    ['en', '--sure', 'Plan to cancel the interview: PT Maju Jaya'],
    ['en', '--reschedule', 'Plan to reschedule the interview: PT Maju Jaya'],
  ])('%s %s: the plan written whole, exit 0, nothing on stderr', async (lang, mode, title) => {
    const result = await runWith([...SCRIPTED, '--lang', lang, mode]);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: '' });
    expect(result.written.split('\n')[0]).toBe(title);
    expect(result.clockReads).toBe(1); // read once, on first use
  });

  it('--demo fills every answer and renders', async () => {
    const result = await runWith(['--demo', '--lang', 'en', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.written)).toMatchObject({
      lang: 'en',
      mode: 'cancel',
      interview: { company: 'PT Maju Jaya Sejahtera' },
    });
  });

  it('--copy without a display: the text on stdout, the warning on stderr, in the language', async () => {
    const result = await runWith([...SCRIPTED, '--sure', '--channel', 'sms', '--copy']);
    expect(result.code).toBe(0);
    expect(result.written).toBe('');
    expect(result.stdout).toContain('PT Maju Jaya');
    expect(result.stderr).toBe(
      'papan klip tidak tersedia: DISPLAY tidak diatur — teks dicetak ke stdout\n',
    );
  });
});

describe('run: failures are reported in the session language, nothing on stdout', () => {
  it.each([
    [
      [] as string[],
      2,
      'batal-wawancara: belum diisi: --company, --at, --reason, --name, --sure atau --reschedule',
    ],
    [
      ['--lang', 'en'],
      2,
      'batal-wawancara: missing --company, --at, --reason, --name, --sure or --reschedule',
    ],
    [[...SCRIPTED, '--lang', 'en'], 2, 'batal-wawancara: say --sure (cancel) or --reschedule: '],
    [
      [...SCRIPTED, '--sure', '--slot', '2026-12-01 10:00'],
      2,
      'batal-wawancara: --slot hanya dipakai bersama --reschedule (hapus --slot, atau tambahkan --reschedule)\n',
    ],
    [
      [...SCRIPTED, '--lang', 'fr', '--sure'],
      2,
      "batal-wawancara: --lang: pilih salah satu: id, en (lihat 'batal-wawancara --help')\n",
    ],
  ])('%j → exit %i: %s', async (args, code, line) => {
    const result = await runWith(args);
    expect(result.code).toBe(code);
    expect(result.stderr.startsWith(line)).toBe(true);
    expect(result.stderr.split('\n')).toHaveLength(2); // one line
    expect(result.written + result.stdout).toBe('');
  });

  it.each([
    ['en', 'batal-wawancara: unexpected failure: ENOENT'],
    ['id', 'batal-wawancara: terjadi kegagalan tak terduga: ENOENT'],
  ])('%s: templates that cannot be read → exit 1', async (lang, said) => {
    const result = await runWith([...SCRIPTED, '--sure', '--lang', lang], {
      root: new URL('./no-such-folder/', TEMPLATES),
    });
    expect(result.code).toBe(1);
    expect(result.stderr.startsWith(said)).toBe(true);
    expect(result.written).toBe('');
  });
});
