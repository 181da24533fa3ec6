// Rows of the adversarial run that need a real component: a full device, an X
// clipboard (Xvfb + xsel), a pseudo-terminal.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readClipboard, useXvfb } from '../deliver/support/xvfb.js';
import { LOCALES } from '../../src/locales/index.js';
import { KEY, startPty, terminalEnv, type PtySession } from './pty.js';
import { BIN, NO_PROFILE, ROOT, runBin, SCRIPTED } from './run-bin.js';

const PLAN = [...SCRIPTED, '--sure'];
const ESC = '\u001b';
const SGR = /\x1b\[[0-9;]*m/u;

/** Runs the bin with stdout or stderr on /dev/full, where every write fails with ENOSPC. */
function runOnFullDevice(args: string[], which: 'stdout' | 'stderr') {
  const full = openSync('/dev/full', 'w');
  try {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: {
        ...{ PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'Asia/Jakarta' },
        XDG_CONFIG_HOME: NO_PROFILE,
      },
      stdio: ['ignore', which === 'stdout' ? full : 'pipe', which === 'stderr' ? full : 'pipe'],
      encoding: 'utf8',
      timeout: 15000,
    });
    return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  } finally {
    closeSync(full);
  }
}

describe('row 1: stdout on a full device', () => {
  it.each([
    ['the plan', PLAN],
    ['JSON', [...PLAN, '--format', 'json']],
    ['--help', ['--help']],
  ])('%s → exit 1 and one line: the text could not be written', (_name, args) => {
    const { code, stderr } = runOnFullDevice(args, 'stdout');
    expect(stderr).toBe(
      'batal-wawancara: the text could not be written to standard output (ENOSPC: no space left on device)\n',
    );
    expect(code).toBe(1);
  });

  it('a reader that stops reading (EPIPE) still ends quietly, exit 0', () => {
    const args = [...PLAN, '--format', 'json'].map((a) => `'${a}'`).join(' ');
    const command = `'${process.execPath}' '${BIN}' ${args} | head -c 1; echo " $?"`;
    const run = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout).toBe('{ 0\n');
    expect(run.stderr).toBe('');
  });
});

describe('row 13: stderr on a full device', () => {
  it.each([
    [['--lang', 'fr', ...PLAN], 2],
    [['--bogus'], 2],
    [PLAN, 0],
  ])('%j → exit %i: a failed error write does not change the code', (args, code) => {
    expect(runOnFullDevice(args, 'stderr').code).toBe(code);
  });
});

describe('row 2: --copy with FORCE_COLOR under Xvfb', () => {
  const xvfb = useXvfb();

  it.each(['1', '3'])('FORCE_COLOR=%s: the clipboard holds the plain plan', async (force) => {
    const plain = runBin(PLAN);
    expect(plain.stdout).toContain('Rencana pembatalan wawancara');
    expect(plain.stdout).not.toContain(ESC);
    const run = runBin([...PLAN, '--copy'], { FORCE_COLOR: force, DISPLAY: xvfb().display });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('disalin ke papan klip\n');
    expect((await readClipboard(xvfb().display)).toString('utf8')).toBe(plain.stdout);
  });
});

describe('in a pseudo-terminal', () => {
  let session: PtySession | undefined;
  afterEach(() => {
    session?.kill();
    session = undefined;
  });
  const start = (args: string[], env: Record<string, string> = {}) => {
    session = startPty(process.execPath, [BIN, ...args], { cwd: ROOT, env: terminalEnv(env) });
    return session;
  };

  describe('row 14: FORCE_COLOR=0 on a terminal means no colour', () => {
    it.each([
      [{}, true],
      [{ FORCE_COLOR: '0' }, false],
      [{ FORCE_COLOR: 'false' }, false],
      [{ NO_COLOR: '1' }, false],
      [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true],
    ])('the plan on the terminal, env %j → colour %s', async (env, coloured) => {
      const t = start([...PLAN, '--yes'], env);
      await t.waitFor('Rencana pembatalan wawancara');
      expect(await t.exited).toMatchObject({ exitCode: 0 });
      expect(SGR.test(t.raw())).toBe(coloured);
    });

    it('the questions too', async () => {
      const t = start(['--lang', 'en', '--now', '2026-11-25 09:00'], { FORCE_COLOR: '0' });
      await t.answer(LOCALES.en.prompts.company, 'Acme\r');
      await t.answer(LOCALES.en.prompts.role, KEY.ctrlC);
      expect(await t.exited).toMatchObject({ exitCode: 130 });
      expect(t.raw()).not.toMatch(SGR);
    });
  });

  describe("row 17: Ctrl+C is answered in the session's language", () => {
    it.each([
      [
        '--lang id',
        ['--lang', 'id'],
        [],
        LOCALES.id.prompts.company,
        'batal-wawancara: dihentikan',
      ],
      ['--lang en', ['--lang', 'en'], [], LOCALES.en.prompts.company, 'batal-wawancara: stopped'],
      [
        'Indonesian chosen',
        [],
        [KEY.enter],
        LOCALES.id.prompts.company,
        'batal-wawancara: dihentikan',
      ],
      [
        'English chosen',
        [],
        [KEY.down + KEY.enter],
        LOCALES.en.prompts.company,
        'batal-wawancara: stopped',
      ],
    ])('%s: one line, exit 130', async (_name, args, keys, question, line) => {
      const t = start([...args, '--now', '2026-11-25 09:00']);
      for (const key of keys) await t.answer('Bahasa / Language', key);
      await t.answer(question, KEY.ctrlC);
      expect(await t.exited).toMatchObject({ exitCode: 130 });
      const after = t.text().slice(t.text().lastIndexOf(question));
      expect(after).toContain(line);
      expect(after).not.toMatch(/cancelled|dibatalkan|Error|\bat .*\.js:\d+/u);
    });
  });

  describe('row 18: an empty flag is an answer', () => {
    it('--role "" --interviewer "": neither is asked, the next question is the time', async () => {
      const t = start([
        ...['--lang', 'id', '--now', '2026-11-25 09:00', '--company', 'PT Maju Jaya'],
        ...['--role', '', '--interviewer', ''],
      ]);
      await t.answer(LOCALES.id.prompts.at('WIB'), KEY.ctrlC);
      expect(await t.exited).toMatchObject({ exitCode: 130 });
      expect(t.text()).not.toContain(LOCALES.id.prompts.role);
      expect(t.text()).not.toContain(LOCALES.id.prompts.interviewer);
    });

    it('--reason-text "" --phone "" --email "": none of them is asked', async () => {
      const t = start([
        ...['--lang', 'en', '--company', 'Acme', '--role', 'Analyst', '--interviewer', ''],
        ...['--at', '2026-11-27 10:00', '--now', '2026-11-25 09:00', '--sure'],
        ...['--reason-text', '', '--phone', '', '--email', ''],
      ]);
      await t.answer(LOCALES.en.prompts.reason, KEY.enter);
      await t.answer(LOCALES.en.prompts.name, 'Budi Santoso\r');
      await t.answer(LOCALES.en.prompts.to, KEY.ctrlC);
      expect(await t.exited).toMatchObject({ exitCode: 130 });
      for (const question of [
        LOCALES.en.prompts.reasonText.optional,
        LOCALES.en.prompts.phone,
        LOCALES.en.prompts.email,
      ]) {
        expect(t.text()).not.toContain(question);
      }
    });
  });
});
