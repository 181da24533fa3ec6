import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import {
  formatProfile,
  mergeProfile,
  parseProfile,
  profileAnswers,
} from '../../src/core/profile.js';

describe('parseProfile', () => {
  it.each([
    ['{}', {}],
    [
      '{"name": " Budi  Santoso ", "phone": "0812 3456 7890", "email": "budi@example.com", "lang": "EN"}',
      { name: 'Budi Santoso', phone: '+6281234567890', email: 'budi@example.com', lang: 'en' },
    ],
    ['{"name": "Budi", "phone": "", "email": null}', { name: 'Budi' }],
    ['{"name": "Budi", "theme": "dark"}', { name: 'Budi' }], // a key of a later version
  ])('%s → %j', (text, profile) => {
    expect(parseProfile(text)).toEqual({ ok: true, profile });
  });

  it.each([
    ['', { code: 'json' }],
    ['{"name": "Budi",}', { code: 'json' }],
    ['null', { code: 'not-an-object' }],
    ['[]', { code: 'not-an-object' }],
    ['"Budi"', { code: 'not-an-object' }],
    ['{"name": ["Budi"]}', { code: 'not-text', key: 'name' }],
    ['{"lang": 1}', { code: 'not-text', key: 'lang' }],
    ['{"email": "budi@"}', { code: 'value', key: 'email', problem: { code: 'email' } }],
    ['{"phone": "12"}', { code: 'value', key: 'phone', problem: { code: 'phone' } }],
    [
      '{"lang": "fr"}',
      { code: 'value', key: 'lang', problem: { code: 'choice', choices: ['id', 'en'] } },
    ],
    [
      '{"name": "Budi\\r\\nBcc: x@y.z"}',
      { code: 'value', key: 'name', problem: { code: 'control' } },
    ],
  ])('%s is refused: %j', (text, problem) => {
    expect(parseProfile(text)).toEqual({ ok: false, problem });
  });
});

describe('mergeProfile', () => {
  const saved = { name: 'Budi Santoso', phone: '+6281234567890', lang: 'id' as const };

  it.each([
    [{}, saved],
    [{ email: 'budi@example.com' }, { ...saved, email: 'budi@example.com' }],
    [
      { name: 'Sari', lang: 'EN' },
      { name: 'Sari', phone: '+6281234567890', lang: 'en' },
    ],
    [{ phone: '' }, { name: 'Budi Santoso', lang: 'id' }],
    [{ phone: '  ', lang: '' }, { name: 'Budi Santoso' }],
  ])('%j', (changes, merged) => {
    expect(mergeProfile(saved, changes)).toEqual(merged);
  });

  it.each([
    [{ email: 'x' }, { code: 'field', flag: '--email', problem: { code: 'email' } }],
    [
      { lang: 'fr' },
      { code: 'field', flag: '--lang', problem: { code: 'choice', choices: ['id', 'en'] } },
    ],
    [{ name: 'a\u0007b' }, { code: 'field', flag: '--name', problem: { code: 'control' } }],
  ])('%j is an input error naming the flag', (changes, problem) => {
    expect(() => mergeProfile(saved, changes)).toThrow(InputError);
    expect(() => mergeProfile(saved, changes)).toThrow(expect.objectContaining({ problem }));
  });
});

it('formats the file in a fixed order and reads it back', () => {
  const profile = { lang: 'en' as const, email: 'budi@example.com', name: 'Budi' };
  const text = formatProfile(profile);
  expect(text).toBe('{\n  "name": "Budi",\n  "email": "budi@example.com",\n  "lang": "en"\n}\n');
  expect(parseProfile(text)).toEqual({ ok: true, profile });
});

it('gives its details as answers', () => {
  expect(profileAnswers({ name: 'Budi', lang: 'en' })).toEqual({ name: 'Budi', lang: 'en' });
});
