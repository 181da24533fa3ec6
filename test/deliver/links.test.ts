import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { toMailto } from '../../src/deliver/mailto.js';
import { toWaDigits, toWaLink } from '../../src/deliver/wa.js';
import { LANGS } from '../../src/core/types.js';
import { SAMPLES } from './samples.js';

/** Splits `?a=1&b=2` into raw (still encoded) values. */
function rawQuery(link: string): Record<string, string> {
  const query = link.slice(link.indexOf('?') + 1);
  return Object.fromEntries(query.split('&').map((pair) => pair.split('=') as [string, string]));
}

const crlf = (text: string) => text.replace(/\r\n|\r|\n/gu, '\r\n');

describe('toMailto', () => {
  it.each(LANGS)('%s: subject and body decode back exactly, CRLF line breaks', (lang) => {
    const { to, subject, body } = SAMPLES[lang];
    const link = toMailto(to, subject, body);
    expect(link.startsWith(`mailto:${to}?`)).toBe(true);
    const query = rawQuery(link);
    expect(Object.keys(query)).toEqual(['subject', 'body']);
    expect(decodeURIComponent(query.subject ?? '')).toBe(subject);
    expect(decodeURIComponent(query.body ?? '')).toBe(crlf(body));
    expect(query.body).toContain('%0D%0A');
    expect(query.body).not.toMatch(/(?<!%0D)%0A/u);
  });

  it.each([
    ['Pembatalan wawancara', 'Pembatalan%20wawancara'],
    ['C++ & Java = 100%?', 'C%2B%2B%20%26%20Java%20%3D%20100%25%3F'],
    ['a#b', 'a%23b'],
  ])('subject %j → %s (spaces as %%20, never +)', (subject, encoded) => {
    expect(rawQuery(toMailto('hr@example.com', subject, '')).subject).toBe(encoded);
  });

  it.each([
    ['a\nb', 'a%0D%0Ab'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['a\rb', 'a%0D%0Ab'],
    ['a\n\nb\n', 'a%0D%0A%0D%0Ab%0D%0A'],
  ])('body %j → %s', (body, encoded) => {
    expect(rawQuery(toMailto(undefined, 's', body)).body).toBe(encoded);
  });

  it.each([
    [undefined, 'mailto:?subject=Hi&body=x'],
    ['', 'mailto:?subject=Hi&body=x'],
    ['hr@example.com', 'mailto:hr@example.com?subject=Hi&body=x'],
    ['budi+hr@example.com', 'mailto:budi%2Bhr@example.com?subject=Hi&body=x'],
  ])('to %j → %s', (to, link) => {
    expect(toMailto(to, 'Hi', 'x')).toBe(link);
  });

  it('parses as a URL with the address as its path', () => {
    const url = new URL(toMailto('hr@example.com', 'Hi there', 'x'));
    expect([url.protocol, url.pathname]).toEqual(['mailto:', 'hr@example.com']);
  });
});

describe('toWaLink', () => {
  it.each([
    ['+6281234567890', '6281234567890'],
    ['081234567890', '6281234567890'],
    ['0812-3456-7890', '6281234567890'],
    ['+62 812 3456 7890', '6281234567890'],
    ['(0812) 3456.7890', '6281234567890'],
    ['6281234567890', '6281234567890'],
    ['+62 0812 3456 7890', '6281234567890'],
    ['+1 (415) 555-0100', '14155550100'],
  ])('phone %j → %s', (phone, digits) => {
    expect(toWaDigits(phone)).toBe(digits);
    expect(toWaLink(phone, 'x')).toBe(`https://wa.me/${digits}?text=x`);
  });

  it.each(['abc', '+62', '0812', '+62 812 3456 7890 1234', '+0812345678', '0812/3456/7890'])(
    'phone %j → UsageError naming recruiter-phone',
    (phone) => {
      expect(() => toWaLink(phone, 'x')).toThrow(UsageError);
      expect(() => toWaLink(phone, 'x')).toThrow(/^recruiter-phone: /u);
    },
  );

  it.each([undefined, ''])('without a phone (%j) the user picks the chat', (phone) => {
    expect(toWaLink(phone, 'Halo Bu')).toBe('https://wa.me/?text=Halo%20Bu');
  });

  it.each([
    ['id', SAMPLES.id.body],
    ['en', SAMPLES.en.body],
    ['symbols', 'Nomor saya +62 812-3456-7890 & email budi@example.com? 100% #siap'],
  ])('%s text decodes back exactly, no + for spaces', (_name, text) => {
    const link = toWaLink('081234567890', text);
    const url = new URL(link);
    expect([url.hostname, url.pathname]).toEqual(['wa.me', '/6281234567890']);
    const encoded = rawQuery(link).text ?? '';
    expect(encoded).not.toMatch(/[+ \n]/u);
    expect(decodeURIComponent(encoded)).toBe(text);
  });

  it('a lone surrogate becomes U+FFFD instead of a URIError', () => {
    expect(toWaLink(undefined, 'a\ud83d')).toBe('https://wa.me/?text=a%EF%BF%BD');
  });
});
