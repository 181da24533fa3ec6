// Rows of the adversarial run about what is typed, each through the built bin.
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { firstAddress } from '../deliver/support/mail.js';
import { runBin, SCRIPTED } from './run-bin.js';

const PLAN = [...SCRIPTED, '--sure', '--lang', 'en'];

/** The one line of a refused run: exit 2, nothing on stdout, no stack. */
function refused(args: string[]): string {
  const { code, stdout, stderr } = runBin(args);
  expect(code, stderr).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/^batal-wawancara: [^\n]+\n$/u);
  return stderr;
}

function accepted(args: string[]): string {
  const { code, stdout, stderr } = runBin(args);
  expect(code, stderr).toBe(0);
  expect(stderr).toBe('');
  return stdout;
}

describe('row 3: encoded-word shapes never reach a mail header', () => {
  const EML = [...PLAN, '--to', 'hr@example.com', '--format', 'eml'];
  it.each([
    ['--name', '=?UTF-8?Q?a=0D=0ABcc:_evil@x.com?='],
    ['--role', '=?UTF-8?B?SGk=?= x'],
    ['--company', 'PT =?utf-8?q?Maju?='],
    ['--interviewer', '=?iso-8859-1?q?Sari?='],
    ['--email', '=?utf-8?q?x?=@example.com'],
    ['--to', '=?utf-8?q?hr?=@example.com'],
  ])('%s %j → exit 2 naming the field', (flag, value) => {
    expect(refused([...EML, flag, value])).toMatch(
      new RegExp(`^batal-wawancara: ${flag}: .*=\\?…\\?=`, 'u'),
    );
  });

  it('a name that only looks close stays a name: mailparser reads exactly what was typed', async () => {
    const name = 'Budi =? Santoso ?';
    const raw = accepted([...EML, '--name', name]);
    const parsed = await simpleParser(raw);
    expect(firstAddress(parsed.from)).toEqual({ name, address: 'budi@example.com' });
    expect(parsed.bcc).toBeUndefined();
  });
});

describe('row 4: invisible characters in one-line fields', () => {
  it.each([
    ['--company', 'PT\u061cMaju'],
    ['--name', 'Budi\u{e0041}'],
    ['--role', 'Ana\u200blis'],
    ['--interviewer', '\ufeffSari'],
    ['--reason-text', 'Saya sa\u00adkit'],
    ['--name', 'Bu\u2060di'],
    ['--company', '\u3164'],
    ['--name', 'Budi\u202e'],
    ['--name', '\u200dBudi'],
  ])('%s %j → exit 2 naming the field', (flag, value) => {
    expect(refused([...PLAN, flag, value])).toMatch(
      new RegExp(`^batal-wawancara: ${flag}: remove invisible characters`, 'u'),
    );
  });

  it('ZWNJ inside a word stays', () => {
    const json = accepted([...PLAN, '--company', 'می\u200cخواهم', '--format', 'json']);
    expect(JSON.parse(json).interview.company).toBe('می\u200cخواهم');
  });
});

describe('row 5: invalid UTF-8 in argv', () => {
  it.each([
    ['--company', Buffer.from([0x50, 0x54, 0x20, 0xff])],
    ['--name', Buffer.from([0xc3, 0x28])],
  ])('%s with undecodable bytes → exit 2 naming the field', (flag, bytes) => {
    // Node decodes argv as UTF-8: the bad bytes arrive as U+FFFD.
    const value = bytes.toString('utf8');
    expect(value).toContain('\ufffd');
    expect(refused([...PLAN, flag, value])).toMatch(
      new RegExp(`^batal-wawancara: ${flag}: holds U\\+FFFD`, 'u'),
    );
  });
});

describe('rows 10 and 11: one phone normaliser', () => {
  it.each([
    ['+62 0812 3456 7890', '6281234567890'],
    ['0062 812 3456 7890', '6281234567890'],
    ['0812-3456-7890', '6281234567890'],
  ])('--recruiter-phone %j → wa.me/%s', (phone, digits) => {
    const link = accepted([...PLAN, '--recruiter-phone', phone, '--format', 'wa']);
    expect(link.startsWith(`https://wa.me/${digits}?text=`)).toBe(true);
  });

  it.each([
    ['+62 0812 3456 7890', '+62 812-3456-7890'],
    ['0062 812 3456 7890', '+62 812-3456-7890'],
  ])('--phone %j is read as %s in the messages', (phone, shown) => {
    const json = JSON.parse(accepted([...PLAN, '--phone', phone, '--format', 'json']));
    const voicemail = json.messages.find((m: { channel: string }) => m.channel === 'voicemail');
    expect(voicemail.body).toContain(shown);
    expect(voicemail.body).not.toContain('081234567890');
  });
});

describe('row 12: email addresses', () => {
  it.each(['a.@example.com', '.a@example.com', 'a..b@example.com', 'a@example', 'a@-x.com'])(
    '--email %j → exit 2',
    (email) => {
      expect(refused([...PLAN, '--email', email])).toMatch(
        /^batal-wawancara: --email: not an email address/u,
      );
    },
  );
});
