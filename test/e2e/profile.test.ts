import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/locales/index.js';
import { KEY, startPty, terminalEnv, WHAT_NEXT_DONE, type PtySession } from './pty.js';
import { BIN, ROOT, runBin } from './run-bin.js';

// The profile's whole life through the built bin, in a temporary XDG_CONFIG_HOME.

let config = '';
let file = '';
beforeEach(() => {
  config = mkdtempSync(join(tmpdir(), 'batal-profile-'));
  file = join(config, 'batal-wawancara', 'profile.json');
});
afterEach(() => rmSync(config, { recursive: true, force: true }));

const bin = (args: string[], env: Record<string, string> = {}) =>
  runBin(args, { XDG_CONFIG_HOME: config, ...env });

/** A scripted run that leaves name, phone and email to the profile. */
const RUN = [
  ...['--yes', '--company', 'PT Maju Jaya', '--at', '2026-11-27 10:00 WIB'],
  ...['--now', '2026-11-25 10:00 WIB', '--reason', 'offer', '--sure', '--format', 'json'],
];

function save(...args: string[]) {
  const result = bin(['profile', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result;
}

function emailOf(stdout: string): string {
  const plan = JSON.parse(stdout) as { messages: { channel: string; body: string }[] };
  return plan.messages.find((m) => m.channel === 'email')?.body ?? '';
}

function expectUsageError(result: { code: number | null; stdout: string; stderr: string }) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^batal-wawancara: .+ \(.+\)\n$/);
}

describe('saving, showing, clearing', () => {
  it('saves atomically: 0600 in a 0700 folder, nothing else left there', () => {
    const { stdout } = save('--name', 'Budi  Santoso', '--phone', '0812 3456 7890');
    expect(stdout).toBe(`Saved: ${file}\n  name   Budi Santoso\n  phone  +6281234567890\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(config, 'batal-wawancara')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(config, 'batal-wawancara'))).toEqual(['profile.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      name: 'Budi Santoso',
      phone: '+6281234567890',
    });
  });

  it('merges with what is saved; an empty value removes a detail', () => {
    save('--name', 'Budi Santoso', '--phone', '0812-3456-7890');
    save('--email', 'budi@example.com', '--lang', 'EN');
    save('--phone', '');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      name: 'Budi Santoso',
      email: 'budi@example.com',
      lang: 'en',
    });
    expect(bin(['profile']).stdout).toBe(
      `Profile: ${file}\n  name   Budi Santoso\n  email  budi@example.com\n  lang   en\n`,
    );
  });

  it.each([
    [['--email', 'budi@'], /^batal-wawancara: --email: not an email address/],
    [['--phone', '12'], /^batal-wawancara: --phone: not a phone number/],
    [['--lang', 'fr'], /^batal-wawancara: --lang: choose one of: id, en/],
    [['--name', 'Budi\u001b[2J'], /^batal-wawancara: --name: remove control characters/],
    [['--name', 'B'.repeat(101)], /^batal-wawancara: --name: keep it to 100 characters/],
    [['--name', 'Budi', '--email', 'x'], /--email/],
  ])('refuses %j: exit 2, one line, nothing written', (args, message) => {
    save('--name', 'Budi Santoso');
    const before = readFileSync(file, 'utf8');
    const result = bin(['profile', ...args]);
    expectUsageError(result);
    expect(result.stderr).toMatch(message);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('shows where it would be when there is none, and clears', () => {
    expect(bin(['profile']).stdout).toContain(`No profile saved: ${file}\n`);
    save('--name', 'Budi Santoso');
    expect(bin(['profile', '--clear']).stdout).toBe(`Deleted: ${file}\n`);
    expect(() => statSync(file)).toThrow(/ENOENT/);
    expect(bin(['profile', '--clear']).stdout).toBe(`No profile to delete: ${file}\n`);
  });

  it.each([
    [{ XDG_CONFIG_HOME: '' }, '.config/batal-wawancara/profile.json'],
    [{ XDG_CONFIG_HOME: 'relative/dir' }, '.config/batal-wawancara/profile.json'],
  ])('without a usable XDG_CONFIG_HOME (%j) it lives in ~/%s', (env, path) => {
    const { stdout } = bin(['profile', '--name', 'Budi'], { HOME: config, ...env });
    expect(stdout).toContain(`Saved: ${join(config, path)}\n`);
    expect(JSON.parse(readFileSync(join(config, path), 'utf8'))).toEqual({ name: 'Budi' });
  });
});

describe('every run reads it', () => {
  beforeEach(() => {
    save('--name', 'Budi Santoso', '--phone', '0812-3456-7890', '--email', 'budi@example.com');
  });

  it('answers what the flags leave out', () => {
    const { code, stdout, stderr } = bin(RUN);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(emailOf(stdout)).toContain('Budi Santoso');
    expect(emailOf(stdout)).toContain('812-3456-7890');
  });

  it('flags win over it', () => {
    const { stdout } = bin([...RUN, '--name', 'Sari Dewi', '--phone', '0813-1111-2222']);
    expect(emailOf(stdout)).toContain('Sari Dewi');
    expect(emailOf(stdout)).toContain('813-1111-2222');
    expect(emailOf(stdout)).not.toContain('Budi');
  });

  it('gives the language, which a flag still overrides', () => {
    save('--lang', 'en');
    expect(JSON.parse(bin(RUN).stdout).lang).toBe('en');
    expect(JSON.parse(bin([...RUN, '--lang', 'id']).stdout).lang).toBe('id');
  });

  it('--no-profile ignores it', () => {
    const result = bin([...RUN, '--no-profile']);
    expectUsageError(result);
    expect(result.stderr).toMatch(/^batal-wawancara: missing --name/);
  });
});

describe('a profile that cannot be used: one warning, the run goes on, the file untouched', () => {
  const WARNING = new RegExp(
    `^batal-wawancara: ignoring the profile ${join('.*', 'profile\\.json')}: (.+) ` +
      `\\(correct it, or delete it with 'batal-wawancara profile --clear'\\)\\n$`,
  );

  it.each<[string, string | Buffer, string]>([
    ['bad JSON', '{"name": "Budi"', 'not valid JSON'],
    ['an array', '["Budi"]', 'not a JSON object'],
    ['a number for a name', '{"name": 42}', '"name" is not a string'],
    ['a bad email', '{"email": "budi@"}', '"email": not an email address'],
    ['an unknown language', '{"lang": "fr"}', '"lang": choose one of: id, en'],
    [
      'an escape code in the name',
      '{"name": "Budi\\u001b[2J"}',
      '"name": remove control characters',
    ],
    ['over 64 KiB', `{"name": "Budi", "x": "${'x'.repeat(70_000)}"}`, 'larger than 64 KiB'],
    ['not UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]), 'not valid UTF-8'],
  ])('%s', (_name, content, why) => {
    mkdirSync(join(config, 'batal-wawancara'), { recursive: true });
    writeFileSync(file, content);
    const before = statSync(file);
    const { code, stdout, stderr } = bin([...RUN, '--lang', 'en', '--name', 'Sari Dewi']);
    expect(code).toBe(0);
    expect(stderr).toMatch(WARNING);
    expect(WARNING.exec(stderr)?.[1]).toContain(why);
    expect(stderr).toContain(file);
    expect(emailOf(stdout)).toContain('Sari Dewi');
    expect(readFileSync(file)).toEqual(Buffer.isBuffer(content) ? content : Buffer.from(content));
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
  });

  it('a directory in its place; profile --clear removes it', () => {
    mkdirSync(file, { recursive: true });
    const { code, stderr } = bin([...RUN, '--lang', 'en', '--name', 'Sari Dewi']);
    expect(code).toBe(0);
    expect(stderr).toMatch(WARNING);
    expect(WARNING.exec(stderr)?.[1]).toBe('it is a directory');
    expect(bin(['profile', '--clear']).stdout).toBe(`Deleted: ${file}\n`);
    expect(bin([...RUN, '--lang', 'en', '--name', 'Sari Dewi']).stderr).toBe('');
  });

  it('an Indonesian run warns in Indonesian', () => {
    mkdirSync(join(config, 'batal-wawancara'), { recursive: true });
    writeFileSync(file, '{"name": "Budi"');
    const { code, stderr } = bin([...RUN, '--name', 'Sari Dewi']);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `batal-wawancara: profil ${file} diabaikan: bukan JSON yang valid ` +
        "(perbaiki isinya, atau hapus dengan 'batal-wawancara profile --clear')\n",
    );
  });

  it('profile (show) warns the same way and shows nothing', () => {
    mkdirSync(join(config, 'batal-wawancara'), { recursive: true });
    writeFileSync(file, 'not json');
    const { code, stdout, stderr } = bin(['profile']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(WARNING);
  });
});

describe('in the interactive flow (a real terminal)', () => {
  const ID = LOCALES.id.prompts;
  // Everything but the sender's details comes from flags.
  const FLAGS = [
    ...['--lang', 'id', '--company', 'PT Maju Jaya', '--role', 'Analis Data'],
    ...['--interviewer', 'Sari Wulandari', '--honorific', 'ibu', '--reason', 'offer', '--sure'],
    ...['--at', '2026-11-27 10:00 WIB', '--now', '2026-11-25 09:00 WIB'],
    ...['--to', 'hr@example.com', '--recruiter-phone', '0811-2233-4455'],
  ];
  let session: PtySession | undefined;
  afterEach(() => session?.kill());
  const start = () =>
    (session = startPty(process.execPath, [BIN, ...FLAGS], {
      cwd: ROOT,
      env: terminalEnv({ XDG_CONFIG_HOME: config }),
    }));

  it('typed details are offered for saving once (yes by default), then read next time', async () => {
    const t = start();
    await t.answer(ID.name, 'Budi Santoso\r');
    await t.answer(ID.phone, '0812 3456 7890\r');
    await t.answer(ID.email, 'budi@example.com\r');
    await t.waitFor('Rencana pembatalan wawancara: PT Maju Jaya');
    await t.answer(ID.whatNext.message, WHAT_NEXT_DONE);
    await t.answer(
      'Simpan nama, nomor telepon dan email Anda di profil untuk lain kali?',
      KEY.enter,
    );
    await t.waitFor(`Tersimpan di ${file}.`);
    expect(await t.exited).toMatchObject({ exitCode: 0 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      name: 'Budi Santoso',
      phone: '+6281234567890',
      email: 'budi@example.com',
    });
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const next = start();
    await next.waitFor(`Nama, nomor telepon dan email diambil dari profil (${file}).`);
    await next.waitFor('Rencana pembatalan wawancara: PT Maju Jaya');
    await next.answer(ID.whatNext.message, WHAT_NEXT_DONE);
    expect(await next.exited).toMatchObject({ exitCode: 0 });
    // Nothing asked that the profile answered, nothing offered again.
    for (const question of [ID.name, ID.phone, ID.email, 'Simpan nama']) {
      expect(next.text()).not.toContain(question);
    }
  });

  it('"no" leaves no file behind', async () => {
    const t = start();
    await t.answer(ID.name, 'Budi Santoso\r');
    await t.answer(ID.phone, KEY.enter);
    await t.answer(ID.email, KEY.enter);
    await t.answer(ID.whatNext.message, WHAT_NEXT_DONE);
    await t.answer('Simpan nama Anda di profil untuk lain kali?', KEY.down + KEY.enter);
    expect(await t.exited).toMatchObject({ exitCode: 0 });
    expect(() => statSync(file)).toThrow(/ENOENT/);
  });
});
