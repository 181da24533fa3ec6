import { describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { firstAddress } from '../deliver/support/mail.js';
import { sendWithMsmtp, useSmtp } from '../deliver/support/smtp.js';
import { readClipboard, useXvfb } from '../deliver/support/xvfb.js';
import { LANGS } from '../../src/core/types.js';
import { runBin } from './run-bin.js';

const INTERVIEW = [
  '--yes',
  '--company',
  'PT Maju Jaya',
  '--at',
  '2026-11-27 10:00 WIB',
  '--now',
  '2026-11-25 09:00 WIB',
  '--reason',
  'offer',
  '--sure',
  '--name',
  'Budi Santoso',
  '--email',
  'budi@example.com',
];
const NOW_UTC = Date.parse('2026-11-25T02:00:00Z');

interface JsonOutput {
  messages: { channel: string; subject?: string; body: string; full?: string }[];
}

async function messageOf(lang: string, channel: string) {
  const run = runBin([...INTERVIEW, '--lang', lang, '--format', 'json']);
  expect(run.code, run.stderr).toBe(0);
  const found = (JSON.parse(run.stdout) as JsonOutput).messages.find((m) => m.channel === channel);
  if (!found) throw new Error(`no ${channel} message in the JSON output`);
  return found;
}

function queryValue(link: string, key: string): string {
  const pair = link
    .slice(link.indexOf('?') + 1)
    .split('&')
    .find((p) => p.startsWith(`${key}=`));
  return decodeURIComponent(pair?.slice(key.length + 1) ?? '');
}

describe('--format eml | msmtp -t → loopback SMTP', () => {
  const smtp = useSmtp();

  it.each(LANGS)('%s: delivered to --to, from --email, with the email message', async (lang) => {
    const run = runBin([...INTERVIEW, '--lang', lang, '--to', 'hr@example.com', '--format', 'eml']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^(From|To|Subject|Date|Message-ID|MIME-Version|Content-)/u);

    const sent = await sendWithMsmtp(run.stdout, smtp().port);
    expect(sent, sent.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(smtp().deliveries).toHaveLength(1);
    const [delivery] = smtp().deliveries;
    expect(delivery?.rcptTo).toEqual(['hr@example.com']);
    expect(delivery?.mailFrom).toBe('budi@example.com');

    const email = await messageOf(lang, 'email');
    const parsed = await simpleParser(delivery?.raw ?? Buffer.alloc(0));
    expect(firstAddress(parsed.from)).toEqual({
      name: 'Budi Santoso',
      address: 'budi@example.com',
    });
    expect(firstAddress(parsed.to)?.address).toBe('hr@example.com');
    expect(parsed.subject).toBe(email.subject);
    expect(parsed.date?.getTime()).toBe(NOW_UTC);
    expect(parsed.messageId).toMatch(/@example\.com>$/u);
    expect(parsed.text?.replace(/\n$/u, '')).toBe(email.body.replace(/\n$/u, ''));
  });

  it('without --to: exit 2 naming --to, nothing on stdout', async () => {
    const run = runBin([...INTERVIEW, '--format', 'eml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--to');
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });

  it('a CRLF smuggled into --to: exit 2, nothing on stdout', async () => {
    const run = runBin([
      ...INTERVIEW,
      '--to',
      'hr@example.com\r\nBcc: evil@example.net',
      '--format',
      'eml',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/to/u);
  });
});

describe('--format mailto and wa', () => {
  it.each(LANGS)('%s: mailto carries the email subject and body (CRLF)', async (lang) => {
    const run = runBin([
      ...INTERVIEW,
      '--lang',
      lang,
      '--to',
      'hr@example.com',
      '--format',
      'mailto',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const link = run.stdout.trimEnd();
    expect(link.startsWith('mailto:hr@example.com?subject=')).toBe(true);
    expect(link).not.toMatch(/[+ \n]/u);
    const email = await messageOf(lang, 'email');
    expect(queryValue(link, 'subject')).toBe(email.subject);
    expect(queryValue(link, 'body')).toBe(email.body.replace(/\r?\n/gu, '\r\n'));
  });

  it.each(LANGS)('%s: wa.me link with 0811… → 62811… carries the text message', async (lang) => {
    const args = [
      ...INTERVIEW,
      '--lang',
      lang,
      '--recruiter-phone',
      '0811-2233-4455',
      '--format',
      'wa',
    ];
    const run = runBin(args);
    expect(run.code, run.stderr).toBe(0);
    const link = run.stdout.trimEnd();
    expect(link.startsWith('https://wa.me/6281122334455?text=')).toBe(true);
    // WhatsApp has no segments: the whole text, never the one cut to fit an SMS.
    const text = queryValue(link, 'text');
    expect(text).toBe((await messageOf(lang, 'sms')).full);
    expect(text).toContain('27 November 2026');
  });
});

describe('--copy', () => {
  const xvfb = useXvfb();

  const SMS = [...INTERVIEW, '--channel', 'sms'];

  it.each(LANGS)('%s: under Xvfb the clipboard holds exactly what stdout would', async (lang) => {
    const plain = runBin([...SMS, '--lang', lang]);
    expect(plain.code, plain.stderr).toBe(0);
    const run = runBin([...SMS, '--lang', lang, '--copy'], { DISPLAY: xvfb().display });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect((await readClipboard(xvfb().display)).toString('utf8')).toBe(plain.stdout);
  });

  it.each(LANGS)(
    '%s: no DISPLAY → the text on stdout, one warning naming DISPLAY',
    async (lang) => {
      const plain = runBin([...SMS, '--lang', lang]);
      const run = runBin([...SMS, '--lang', lang, '--copy']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe(plain.stdout);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain('DISPLAY');
    },
  );

  it('--copy=osc52 without a terminal → stdout and a warning naming /dev/tty', async () => {
    const plain = runBin([...SMS, '--lang', 'en']);
    const run = runBin([...SMS, '--lang', 'en', '--copy=osc52'], {}, { detached: true });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).toBe(
      'no clipboard: no terminal (/dev/tty) to send OSC 52 to — printed to stdout instead\n',
    );
  });
});
