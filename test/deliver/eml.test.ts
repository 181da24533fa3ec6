import { describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { UsageError } from '../../src/core/errors.js';
import { toEml, type EmlInput } from '../../src/deliver/eml.js';
import { LANGS, type Lang } from '../../src/core/types.js';
import { SAMPLES } from './samples.js';
import { expectSameMessage, firstAddress, headerBlock, headerNames } from './support/mail.js';

const DATE = new Date('2026-11-25T02:00:00Z');

function input(lang: Lang, withFrom = true): EmlInput {
  const sample = SAMPLES[lang];
  return {
    subject: sample.subject,
    body: sample.body,
    to: sample.to,
    ...(withFrom ? { from: { ...sample.from } } : {}),
    date: DATE,
  };
}

describe('toEml', () => {
  it.each(LANGS)('%s: a real mail parser reads back every header and the body', async (lang) => {
    const message = input(lang);
    const parsed = await simpleParser(await toEml(message));
    expectSameMessage(parsed, message);
  });

  it.each(LANGS)('%s: without a sender, no From and a neutral Message-ID domain', async (lang) => {
    const message = input(lang, false);
    const raw = await toEml(message);
    expect(headerNames(raw)).not.toContain('From');
    expectSameMessage(await simpleParser(raw), message);
  });

  it('writes exactly the expected headers, ASCII only, LF line ends', async () => {
    const raw = await toEml(input('id'));
    expect(headerNames(raw).sort()).toEqual(
      [
        'Content-Transfer-Encoding',
        'Content-Type',
        'Date',
        'From',
        'MIME-Version',
        'Message-ID',
        'Subject',
        'To',
      ].sort(),
    );
    expect(headerBlock(raw)).toMatch(/^[\x20-\x7e\n]+$/u);
    expect(raw).not.toContain('\r');
    expect(headerBlock(raw)).toContain('Content-Type: text/plain; charset=utf-8');
    expect(headerBlock(raw)).toContain('Date: Wed, 25 Nov 2026 02:00:00 +0000');
    // RFC 5322: no header line over 78 characters once folded.
    for (const line of headerBlock(raw).split('\n')) expect(line.length).toBeLessThanOrEqual(78);
  });

  it.each([
    ['From', /^From: =\?UTF-8\?[QB]\?.+\?= <siti@example\.co\.id>$/mu],
    ['Subject', /^Subject: =\?UTF-8\?[QB]\?/mu],
  ])('encodes the non-ASCII %s as RFC 2047 encoded-words', async (_name, pattern) => {
    expect(headerBlock(await toEml(input('id')))).toMatch(pattern);
  });

  it('keeps ASCII headers readable', async () => {
    const block = headerBlock(await toEml(input('en')));
    expect(block).toContain('From: Budi Santoso <budi@example.com>');
    expect(block).toContain(`Subject: ${SAMPLES.en.subject.slice(0, 40)}`);
  });

  it('gives every message its own Message-ID', async () => {
    const [a, b] = await Promise.all([toEml(input('en')), toEml(input('en'))]);
    expect((await simpleParser(a)).messageId).not.toBe((await simpleParser(b)).messageId);
  });
});

const INJECTIONS = [
  ['CRLF', '\r\nBcc: evil@example.net'],
  ['LF', '\nBcc: evil@example.net'],
  ['CR', '\rBcc: evil@example.net'],
  ['NEL', '\u0085Bcc: evil@example.net'],
  ['ESC', '\u001b[31m'],
  ['NUL', '\u0000'],
  ['TAB', '\tx'],
  ['LINE SEPARATOR', '\u2028Bcc: evil@example.net'],
  ['an encoded CRLF', '=?UTF-8?Q?a=0D=0ABcc:_evil@x.com?='],
  ['an encoded word', ' =?UTF-8?B?SGk=?= x'],
  ['RIGHT-TO-LEFT OVERRIDE', '\u202e'],
  ['ZERO WIDTH SPACE', '\u200b'],
  ['U+FFFD', '\ufffd'],
] as const;

type Field = 'to' | 'email' | 'name' | 'subject';
const FIELDS: readonly Field[] = ['to', 'email', 'name', 'subject'];

function inject(field: Field, suffix: string): EmlInput {
  const message = input('en');
  const from = message.from ?? { name: '', address: '' };
  if (field === 'to') message.to += suffix;
  if (field === 'email') message.from = { ...from, address: from.address + suffix };
  if (field === 'name') message.from = { ...from, name: from.name + suffix };
  if (field === 'subject') message.subject += suffix;
  return message;
}

describe('toEml header safety', () => {
  const cases = FIELDS.flatMap((field) =>
    INJECTIONS.map(([what, suffix]) => [field, what, suffix] as const),
  );
  it.each(cases)('%s with %s → UsageError naming the field', async (field, _what, suffix) => {
    const result = toEml(inject(field, suffix));
    await expect(result).rejects.toThrow(UsageError);
    await expect(result).rejects.toThrow(new RegExp(`^${field}: `, 'u'));
  });

  it.each([
    ['to', 'hr@example.com, evil@example.net'],
    ['to', 'Evil <evil@example.net>'],
    ['to', 'not-an-address'],
    ['email', 'budi@example.com evil@example.net'],
  ] as const)('%s = %j is not one address → UsageError', async (field, value) => {
    const message = input('en');
    if (field === 'to') message.to = value;
    else message.from = { name: 'Budi', address: value };
    await expect(toEml(message)).rejects.toThrow(new RegExp(`^${field}: `, 'u'));
  });

  it.each([
    'Budi "The Boss" <admin@evil.example>',
    'Budi, HR <hr@evil.example>; Bcc: x',
    'Budi =? not encoded ?',
  ])('a display name %j stays a name: the address and the headers are untouched', async (name) => {
    const message = { ...input('en'), from: { name, address: 'budi@example.com' } };
    const raw = await toEml(message);
    const parsed = await simpleParser(raw);
    expect(firstAddress(parsed.from)?.address).toBe('budi@example.com');
    expect(headerNames(raw)).not.toContain('Bcc');
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.to && firstAddress(parsed.to)?.address).toBe('hr@example.com');
  });

  it('nodemailer itself folds a CRLF into a space (the wall behind ours)', async () => {
    const { default: MailComposer } = await import('nodemailer/lib/mail-composer/index.js');
    const raw = (
      await new MailComposer({
        to: 'hr@example.com',
        subject: 'Hi\r\nBcc: evil@example.net',
        text: 'x',
        newline: 'unix',
      })
        .compile()
        .build()
    ).toString();
    expect(headerNames(raw)).not.toContain('Bcc');
  });
});
