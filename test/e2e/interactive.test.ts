import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/locales/index.js';
import { KEY, startPty, terminalEnv, WHAT_NEXT_DONE, type PtySession } from './pty.js';
import { BIN, ROOT } from './run-bin.js';

// Wednesday 25 November 2026, 09:00 WIB: the recruiter's office is open.
const NOW = ['--now', '2026-11-25 09:00'];
const ID = LOCALES.id.prompts;
const EN = LOCALES.en.prompts;
const SGR = /\x1b\[[0-9;]*m/;

let session: PtySession | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

function start(args: string[], env: Record<string, string> = {}): PtySession {
  session = startPty(process.execPath, [BIN, ...NOW, ...args], {
    cwd: ROOT,
    env: terminalEnv(env),
  });
  return session;
}

let dir = '';
let outFile = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'batal-wawancara-'));
  outFile = join(dir, 'out.txt');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** `batal-wawancara … > out.txt` through a shell in the terminal: stdout is a file, stderr the TTY. */
function startRedirected(args: string[]): PtySession {
  const command = [process.execPath, BIN, ...NOW, '--lang', 'id', '--company', 'PT Maju Jaya']
    .concat(['--at', '2026-11-27 10:00', ...args])
    .map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`)
    .join(' ');
  session = startPty('/bin/sh', ['-c', `${command} > '${outFile}'`], {
    cwd: ROOT,
    env: terminalEnv(),
  });
  return session;
}

describe('the interactive flow in a real terminal', () => {
  it('Indonesian: every question answered, the plan on screen, exit 0', async () => {
    const t = start([]);
    await t.answer('Bahasa / Language', KEY.enter);
    await t.answer(ID.company, 'PT Maju Jaya\r');
    await t.answer(ID.role, 'Analis Data\r');
    await t.answer(ID.interviewer, 'Sari Wulandari\r');
    await t.answer(ID.honorific.message('Sari Wulandari'), KEY.up + KEY.enter);
    await t.answer(ID.at('WIB'), 'kemarin 10.00\r');
    await t.waitFor('tanggal dan jam tidak terbaca');
    // Inquirer keeps the refused text: erase it before typing again.
    t.send('\x7f'.repeat(20) + '27/11/2026 10.00\r');
    await t.waitFor('Waktu tersisa 49 jam sebelum wawancara');
    await t.waitFor('Telepon rekruter sekarang');
    await t.answer(ID.reason, KEY.enter);
    await t.answer(ID.reasonText.optional, KEY.enter);
    await t.answer(ID.gate.message, KEY.enter);
    await t.answer(ID.name, 'Budi Santoso\r');
    await t.answer(ID.phone, '0812-3456-7890\r');
    await t.answer(ID.email, 'budi@example.com\r');
    await t.answer(ID.to, 'rekrutmen@majujaya.example\r');
    await t.answer(ID.recruiterPhone, '0811-2233-4455\r');
    await t.waitFor('Rencana pembatalan wawancara: PT Maju Jaya');
    await t.waitFor('Yth. Ibu Sari Wulandari');
    await t.answer(ID.whatNext.message, WHAT_NEXT_DONE);
    // The details were typed: saving them is offered once (answered "no" here; see profile.test.ts).
    await t.answer(
      LOCALES.id.prompts.profile.save('nama, nomor telepon dan email'),
      KEY.down + KEY.enter,
    );
    expect(await t.exited).toMatchObject({ exitCode: 0 });
  });

  it('English: not sure → reschedule with two proposed times, exit 0', async () => {
    const t = start(['--company', 'Acme', '--name', 'Budi Santoso']);
    await t.answer('Bahasa / Language', KEY.down + KEY.enter);
    await t.answer(EN.role, KEY.enter);
    await t.answer(EN.interviewer, KEY.enter);
    await t.answer(EN.at('WIB'), 'tomorrow 08:00\r');
    await t.waitFor('less than 24 hours');
    await t.answer(EN.reason, KEY.down.repeat(3) + KEY.enter);
    await t.answer(EN.reasonText.optional, KEY.enter);
    // Health leans to rescheduling: the default is "No, I still want it".
    await t.answer(EN.gate.message, KEY.up + KEY.enter);
    await t.waitFor(EN.gate.why);
    await t.answer(EN.gate.choose, KEY.enter);
    await t.answer(EN.slot(1, 'WIB'), '2026-11-20 10:00\r');
    await t.waitFor('2026-11-20 10:00 has already passed');
    t.send('\x7f'.repeat(20) + '2026-11-30 10:00\r');
    await t.answer(EN.slot(2, 'WIB'), '1/12/2026 14.00\r');
    await t.answer(EN.slot(3, 'WIB'), KEY.enter);
    for (const question of [EN.phone, EN.email, EN.to, EN.recruiterPhone]) {
      await t.answer(question, KEY.enter);
    }
    await t.waitFor('Plan to reschedule the interview: Acme');
    await t.answer(EN.whatNext.message, WHAT_NEXT_DONE);
    expect(await t.exited).toMatchObject({ exitCode: 0 });
  });

  it.each([
    ['typed', [] as string[]],
    ['given as a flag', ['--slot', '2026-11-28 10:00']],
  ])('a weekend slot %s: one warning line, not two', async (_how, flags) => {
    const t = start(
      ['--lang', 'en', '--company', 'Acme', '--name', 'Budi Santoso'].concat([
        '--at',
        '2026-11-27 10:00',
        '--reason',
        'conflict',
        '--reschedule',
        ...flags,
      ]),
    );
    await t.answer(EN.role, KEY.enter);
    await t.answer(EN.interviewer, KEY.enter);
    if (!flags.length) {
      await t.answer(EN.slot(1, 'WIB'), '2026-11-28 10:00\r');
      await t.answer(EN.slot(2, 'WIB'), KEY.enter);
    }
    for (const question of [EN.phone, EN.email, EN.to, EN.recruiterPhone]) {
      await t.answer(question, KEY.enter);
    }
    await t.answer(EN.whatNext.message, WHAT_NEXT_DONE);
    expect(await t.exited).toMatchObject({ exitCode: 0 });
    expect(
      t.text().split('Saturday, 28 November 2026 at 10:00 AM WIB falls on a weekend'),
    ).toHaveLength(2);
  });

  it('stdout redirected to a file: the file holds the plan only, the prompts stay on the terminal', async () => {
    const t = startRedirected(['--reason', 'offer', '--name', 'Budi Santoso']);
    await t.answer(ID.role, KEY.enter);
    await t.answer(ID.interviewer, KEY.enter);
    await t.answer(ID.gate.message, KEY.enter);
    for (const question of [ID.phone, ID.email, ID.to, ID.recruiterPhone]) {
      await t.answer(question, KEY.enter);
    }
    await t.answer(ID.whatNext.message, WHAT_NEXT_DONE);
    expect(await t.exited).toMatchObject({ exitCode: 0 });

    const out = readFileSync(outFile, 'utf8');
    expect(out).toContain('Rencana pembatalan wawancara: PT Maju Jaya');
    expect(out).toContain('Yth. Tim Rekrutmen PT Maju Jaya');
    expect(out).not.toContain('\x1b');
    for (const prompt of [ID.role, ID.gate.message, ID.whatNext.message, ID.phone]) {
      expect(out).not.toContain(prompt);
    }
    // The prompts were drawn on the terminal, in colour (stderr is a TTY there).
    expect(t.text()).toContain(ID.gate.message);
    expect(t.raw()).toMatch(SGR);
    expect(t.text()).not.toContain('Rencana pembatalan wawancara');
  });

  it('Ctrl+C halfway with stdout redirected: exit 130 and nothing written to the file', async () => {
    // An empty --interviewer is an answer: the next question is the reason.
    const t = startRedirected(['--role', 'Analis', '--interviewer', '']);
    await t.answer(ID.reason, KEY.down + KEY.enter);
    await t.answer(ID.reasonText.optional, KEY.ctrlC);
    expect(await t.exited).toMatchObject({ exitCode: 130 });
    expect(readFileSync(outFile, 'utf8')).toBe('');
  });

  it.each([
    ['NO_COLOR=1', { NO_COLOR: '1' }],
    ['TERM=dumb', { TERM: 'dumb' }],
  ])('%s: the prompts are drawn without colour codes', async (_name, env) => {
    const t = start(['--lang', 'en'], env);
    await t.answer(EN.company, 'Acme\r');
    await t.answer(EN.role, KEY.ctrlC);
    expect(await t.exited).toMatchObject({ exitCode: 130 });
    expect(t.raw()).not.toMatch(SGR);
    // Stopped, in the session's language.
    expect(t.text()).toContain(`batal-wawancara: ${LOCALES.en.report.stopped}`);
  });

  it.each([
    ['Ctrl+C', KEY.ctrlC],
    ['Ctrl+D', KEY.ctrlD],
  ])('%s at the first question: one short line, exit 130, no stack', async (_name, key) => {
    const t = start([]);
    await t.answer('Bahasa / Language', key);
    expect(await t.exited).toMatchObject({ exitCode: 130 });
    const after = t.text().slice(t.text().lastIndexOf('Bahasa'));
    // The language is not chosen yet: the line speaks both, like the question.
    expect(after).toContain('batal-wawancara: dihentikan / stopped');
    expect(t.text()).not.toMatch(/\bat .*\.js:\d+|Error|ExitPromptError/);
  });
});
