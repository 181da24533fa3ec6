import { simpleParser } from 'mailparser';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/locales/index.js';
import { readClipboard, useXvfb } from '../deliver/support/xvfb.js';
import { firstAddress } from '../deliver/support/mail.js';
import { INVITES } from '../sources/fixtures.js';
import { KEY, startPty, terminalEnv, type PtySession } from './pty.js';
import { BIN, runBin, SCRIPTED } from './run-bin.js';

const W = LOCALES.id.prompts.whatNext;
// Every answer given: the menu is the only question. Wednesday 10:00 WIB, office open: call first.
const FLAGS = [
  '--lang',
  'id',
  ...SCRIPTED,
  '--sure',
  '--to',
  'hr@majujaya.example',
  '--recruiter-phone',
  '0811-2233-4455',
];
/** The menu's actions from the top: copy, mailto, wa, eml, done. */
const MENU = { copy: 0, mailto: 1, wa: 2, eml: 3, done: 4 };
const choose = (action: keyof typeof MENU) => KEY.down.repeat(MENU[action]) + KEY.enter;

// What a desktop session sets, which would send xdg-open to a desktop's own opener.
const DESKTOP_VARS = [
  'XDG_CURRENT_DESKTOP',
  'DESKTOP_SESSION',
  'KDE_FULL_SESSION',
  'GNOME_DESKTOP_SESSION_ID',
  'MATE_DESKTOP_SESSION_ID',
  'LXQT_SESSION_CONFIG',
  'DBUS_SESSION_BUS_ADDRESS',
  'BROWSER',
];

let work = '';
let session: PtySession | undefined;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'batal-wawancara-next-'));
});
afterEach(() => {
  session?.kill();
  session = undefined;
  rmSync(work, { recursive: true, force: true });
});

/** A program on PATH that writes the URL it is given to `record`, and exits `code`. */
function recordingOpener(name: string, record: string, code = 0): string {
  const bin = join(work, 'bin');
  mkdirSync(bin, { recursive: true });
  const file = join(bin, name);
  writeFileSync(file, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${record}'\nexit ${code}\n`);
  chmodSync(file, 0o755);
  return bin;
}

/**
 * The user's terminal with a desktop that has no opener of its own: the `open`
 * package runs its xdg-open, which finds the browser on PATH. Its data and
 * config folders are empty, so no mailto handler installed here can answer first.
 */
function desktopEnv(extra: Record<string, string>): Record<string, string> {
  const env = terminalEnv();
  for (const key of DESKTOP_VARS) delete env[key];
  const empty = join(work, 'xdg');
  mkdirSync(empty, { recursive: true });
  return {
    ...env,
    XDG_CONFIG_HOME: empty,
    XDG_CONFIG_DIRS: empty,
    XDG_DATA_HOME: empty,
    XDG_DATA_DIRS: empty,
    XDG_RUNTIME_DIR: empty,
    ...extra,
  };
}

function start(env: Record<string, string>, args: string[] = []): PtySession {
  session = startPty(process.execPath, [BIN, ...FLAGS, ...args], { cwd: work, env });
  return session;
}

/** `batal-wawancara … > out` through a shell in the terminal: stdout is a file, stderr the TTY. */
function startRedirected(out: string): PtySession {
  const command = [process.execPath, BIN, ...FLAGS]
    .map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`)
    .join(' ');
  session = startPty('/bin/sh', ['-c', `${command} > '${out}'`], { cwd: work, env: terminalEnv() });
  return session;
}

/** What `--format <format>` writes for the same answers: the link the menu must hand over. */
function scripted(format: string): string {
  const result = runBin([...FLAGS, '--format', format]);
  expect(result.code).toBe(0);
  return result.stdout.trim();
}

describe('what next? in a real terminal, with a recording opener on PATH', () => {
  const xvfb = useXvfb();

  it.each([
    ['mailto', 'mailto:hr@majujaya.example?subject=', W.openingMail],
    ['wa', 'https://wa.me/6281122334455?text=', W.openingWhatsapp],
  ] as const)('%s: the opener is handed the exact link', async (action, prefix, note) => {
    const record = join(work, 'opened.txt');
    const bin = recordingOpener('x-www-browser', record);
    const t = start(desktopEnv({ DISPLAY: xvfb().display, PATH: `${bin}:/usr/bin:/bin` }));
    await t.answer(W.message, choose(action));
    await t.waitFor(note);
    await t.answer(W.message, KEY.enter);
    expect(await t.exited).toMatchObject({ exitCode: 0 });
    const opened = readFileSync(record, 'utf8').split('\n').filter(Boolean);
    expect(opened).toEqual([scripted(action)]);
    expect(opened[0]?.startsWith(prefix)).toBe(true);
  });

  it('an opener that fails: the link is printed on the terminal', async () => {
    const record = join(work, 'tried.txt');
    const bin = recordingOpener('failing-browser', record, 1);
    const env = desktopEnv({
      DISPLAY: xvfb().display,
      PATH: `${bin}:/usr/bin:/bin`,
      BROWSER: join(bin, 'failing-browser'),
    });
    const t = start(env);
    await t.answer(W.message, choose('mailto'));
    // xdg-open's "no method available" exit code.
    await t.waitFor(W.notOpened(W.openerFailed('exit code 3')));
    await t.answer(W.message, KEY.enter);
    expect(await t.exited).toMatchObject({ exitCode: 0 });
    expect(t.text()).toContain(scripted('mailto'));
    expect(readFileSync(record, 'utf8')).toContain('mailto:hr@majujaya.example?subject=');
  });

  it('no display: nothing is launched and the link is printed', async () => {
    const record = join(work, 'opened.txt');
    const bin = recordingOpener('x-www-browser', record);
    const t = start(desktopEnv({ PATH: `${bin}:/usr/bin:/bin` }));
    await t.answer(W.message, choose('wa'));
    await t.waitFor(W.notOpened(W.noDisplay));
    await t.answer(W.message, KEY.enter);
    expect(await t.exited).toMatchObject({ exitCode: 0 });
    expect(t.text()).toContain(scripted('wa'));
    expect(existsSync(record)).toBe(false);
  });

  it('copy: the call script (the default) lands on the X clipboard', async () => {
    const t = start(terminalEnv({ DISPLAY: xvfb().display }));
    await t.answer(W.message, choose('copy'));
    await t.answer(LOCALES.id.prompts.copy.message, KEY.enter);
    await t.waitFor('disalin ke papan klip');
    await t.answer(W.message, KEY.enter);
    expect(await t.exited).toMatchObject({ exitCode: 0 });
    const callScript = runBin([...FLAGS, '--channel', 'phone']);
    expect((await readClipboard(xvfb().display)).toString('utf8')).toBe(
      callScript.stdout.replace(/\n$/, ''),
    );
  });

  it('.eml: saved in the current folder beside an older one, and read back by mailparser', async () => {
    writeFileSync(join(work, 'wawancara-pt-maju-jaya.eml'), 'an older file');
    const t = start(terminalEnv());
    await t.answer(W.message, choose('eml'));
    const saved = join(work, 'wawancara-pt-maju-jaya-2.eml');
    await t.waitFor(W.saved(saved));
    await t.answer(W.message, KEY.enter);
    expect(await t.exited).toMatchObject({ exitCode: 0 });

    expect(readFileSync(join(work, 'wawancara-pt-maju-jaya.eml'), 'utf8')).toBe('an older file');
    const parsed = await simpleParser(readFileSync(saved));
    const json = JSON.parse(runBin([...FLAGS, '--format', 'json']).stdout) as {
      messages: { channel: string; subject?: string; body: string }[];
    };
    const email = json.messages.find((m) => m.channel === 'email');
    expect(firstAddress(parsed.to)?.address).toBe('hr@majujaya.example');
    expect(firstAddress(parsed.from)).toEqual({
      name: 'Budi Santoso',
      address: 'budi@example.com',
    });
    expect(parsed.subject).toBe(email?.subject);
    expect(parsed.text?.trim()).toBe(email?.body.trim());
    expect(readdirSync(work).filter((f) => f.endsWith('.eml'))).toHaveLength(2);
  });

  it('with an invitation: the calendar reply saved is the one --format ics writes', async () => {
    const invite = ['--invite', `${INVITES}google-calendar.ics`];
    const t = start(terminalEnv(), invite);
    // copy, email, WhatsApp, .eml, then .ics.
    await t.answer(W.message, KEY.down.repeat(4) + KEY.enter);
    const saved = join(work, 'wawancara-pt-maju-jaya.ics');
    await t.waitFor(W.saved(saved));
    await t.answer(W.message, KEY.enter);
    expect(await t.exited).toMatchObject({ exitCode: 0 });
    expect(readFileSync(saved, 'utf8')).toBe(
      runBin([...FLAGS, ...invite, '--format', 'ics']).stdout,
    );
  });

  it('copy with no display and stdout in a file: the text on the terminal, the file the plan alone', async () => {
    const out = join(work, 'plan.txt');
    const t = startRedirected(out);
    await t.answer(W.message, choose('copy'));
    await t.answer(LOCALES.id.prompts.copy.message, KEY.enter);
    const clipboard = LOCALES.id.clipboard;
    await t.waitFor(clipboard.shownAbove(clipboard.noDisplay));
    await t.answer(W.message, KEY.enter);
    expect(await t.exited).toMatchObject({ exitCode: 0 });
    const callScript = runBin([...FLAGS, '--channel', 'phone']).stdout;
    expect(t.text()).toContain(callScript.replace(/\s+/g, ' ').trim());
    expect(readFileSync(out, 'utf8')).toBe(runBin(FLAGS).stdout);
  });

  it('Ctrl+C at the menu: exit 130, and the plan already written stays', async () => {
    const out = join(work, 'plan.txt');
    const t = startRedirected(out);
    await t.answer(W.message, KEY.ctrlC);
    expect(await t.exited).toMatchObject({ exitCode: 130 });
    expect(t.text()).toContain('batal-wawancara: dihentikan');
    expect(readFileSync(out, 'utf8')).toBe(runBin(FLAGS).stdout);
  });
});
