import { describe, expect, it } from 'vitest';
import {
  checkEmail,
  checkLine,
  checkPhone,
  lineProblem,
  MAX_NAME,
  stripControlChars,
} from '../../src/core/fields.js';

describe('checkLine', () => {
  it.each([
    ['  PT Maju  Jaya ', { ok: true, value: 'PT Maju Jaya' }],
    ['PT\u00a0Maju\u3000Jaya', { ok: true, value: 'PT Maju Jaya' }], // no-break and ideographic spaces
    ['Budi\nBcc: x@evil.test', { ok: false, problem: { code: 'control' } }],
    ['Budi\rSanto', { ok: false, problem: { code: 'control' } }],
    ['\u001b[31mred', { ok: false, problem: { code: 'control' } }], // ESC
    ['tab\there', { ok: false, problem: { code: 'control' } }],
    ['nul\u0000', { ok: false, problem: { code: 'control' } }],
    ['c1\u009bcsi', { ok: false, problem: { code: 'control' } }], // C1 CSI
    ['nel\u0085', { ok: false, problem: { code: 'control' } }],
    ['line\u2028sep', { ok: false, problem: { code: 'control' } }],
    ['   ', { ok: false, problem: { code: 'empty' } }],
    ['Ö'.repeat(MAX_NAME), { ok: true, value: 'Ö'.repeat(MAX_NAME) }],
    ['x'.repeat(MAX_NAME + 1), { ok: false, problem: { code: 'too-long', max: MAX_NAME } }],
  ])('%j → %j', (value, expected) => {
    expect(checkLine(value, MAX_NAME)).toEqual(expected);
  });
});

describe('invisible characters in one-line fields', () => {
  it.each([
    ['U+202E right-to-left override', 'bidi\u202egnp.exe'],
    ['U+200E left-to-right mark', 'Budi\u200e'],
    ['U+061C Arabic letter mark', 'Budi\u061cSantoso'],
    ['U+2066 isolate', '\u2066Budi'],
    ['U+E0041 tag letter A', 'Budi\u{e0041}'],
    ['U+E0001 language tag', '\u{e0001}Budi'],
    ['U+200B zero-width space', 'Bu\u200bdi'],
    ['U+FEFF BOM', '\ufeffBudi'],
    ['U+00AD soft hyphen', 'Bu\u00addi'],
    ['U+2060 word joiner', 'Bu\u2060di'],
    ['U+180E Mongolian vowel separator', 'Bu\u180edi'],
    ['U+3164 Hangul filler', '\u3164'],
    ['U+FFA0 half-width Hangul filler', 'Budi\uffa0'],
    ['U+115F Hangul choseong filler', 'Budi\u115f'],
    ['U+034F combining grapheme joiner', 'Bu\u034fdi'],
    ['U+0600 Arabic number sign', '\u0600123'],
    ['U+FFF9 interlinear annotation', 'Budi\ufff9x'],
    ['ZWJ at the start', '\u200dBudi'],
    ['ZWJ at the end', 'Budi\u200d'],
    ['ZWJ between spaces', 'Budi \u200d Santoso'],
    ['ZWNJ between digits', '12\u200c34'],
    ['ZWJ between emoji', '👩\u200d💻'],
    ['two joiners in a row', 'ab\u200d\u200dcd'],
    ['variation selector after ASCII', 'Budi\ufe0f'],
    ['variation selector at the start', '\ufe0fBudi'],
  ])('%s → invisible', (_name, value) => {
    expect(checkLine(value, MAX_NAME)).toEqual({ ok: false, problem: { code: 'invisible' } });
  });

  it.each([
    ['ZWNJ inside a Persian word', 'می\u200cخواهم'],
    ['ZWJ inside a Devanagari word (after a virama)', 'क्\u200dष'],
    ['ZWJ inside a Latin word', 'ab\u200dcd'],
    ['emoji presentation selector after an emoji', 'Budi ☺\ufe0f'],
    ['an emoji without selector', 'Budi 🙏'],
    ['a CJK name', '李小龍'],
  ])('%s is kept', (_name, value) => {
    expect(checkLine(value, MAX_NAME)).toEqual({ ok: true, value });
  });
});

describe('text that is not text', () => {
  it.each([
    ['U+FFFD (argv that was not UTF-8)', 'PT \ufffd'],
    ['a lone high surrogate', 'PT \ud83d'],
    ['a lone low surrogate', '\ude4f PT'],
    ['noncharacter U+FFFE', 'PT\ufffe'],
    ['noncharacter U+FDD0', 'PT\ufdd0'],
  ])('%s → encoding', (_name, value) => {
    expect(checkLine(value, MAX_NAME)).toEqual({ ok: false, problem: { code: 'encoding' } });
  });
});

describe('RFC 2047 encoded-word shapes', () => {
  it.each([
    '=?UTF-8?Q?a=0D=0ABcc:_evil@x.com?=',
    '=?UTF-8?B?SGk=?= x',
    'Budi =?iso-8859-1?q?Santoso?=',
    '=?utf-8?q??=',
    '=??=',
    'a=?b?=c',
  ])('%j → encoded-word', (value) => {
    expect(lineProblem(value)).toEqual({ code: 'encoded-word' });
    expect(checkLine(value, MAX_NAME)).toEqual({ ok: false, problem: { code: 'encoded-word' } });
  });

  it.each(['Is 1+1=2?', 'a=?b', 'x?=y', 'Q&A = ? maybe', '=?='])('%j is kept', (value) => {
    expect(lineProblem(value)).toBeUndefined();
  });
});

describe('stripControlChars', () => {
  it.each([
    ['Error: \u001b[31mred\u001b[0m\n', 'Error: [31mred[0m'],
    ['a\u200bb\u202ec', 'abc'],
    ['ab\u200dcd', 'ab\u200dcd'],
  ])('%j → %j', (value, expected) => {
    expect(stripControlChars(value)).toBe(expected);
  });
});

describe('checkEmail', () => {
  it.each([
    ['budi@example.com', 'budi@example.com'],
    [' hr.team+jobs@maju-jaya.co.id ', 'hr.team+jobs@maju-jaya.co.id'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['x@xn--bcher-kva.example', 'x@xn--bcher-kva.example'],
    ['a@b.xn--p1ai', 'a@b.xn--p1ai'],
    [`${'a'.repeat(64)}@example.com`, `${'a'.repeat(64)}@example.com`],
  ])('%s is accepted', (value, expected) => {
    expect(checkEmail(value)).toEqual({ ok: true, value: expected });
  });
  it.each([
    'budi',
    'budi@',
    '@example.com',
    'budi@example',
    'budi@@example.com',
    'bu di@example.com',
    'budi..s@example.com',
    'a.@example.com',
    '.a@example.com',
    'budi@-example.com',
    'budi@example-.com',
    'budi@example..com',
    'budi@.example.com',
    'budi@example.com.',
    'budi@example.c',
    'budi@example.123',
    'budi@exa_mple.com',
    '"budi"@example.com',
    'budi(comment)@example.com',
    'Budi <budi@example.com>',
    'a@b.com,c@d.com',
    'bücher@example.com',
    'budi@bücher.example',
    `${'a'.repeat(65)}@example.com`,
    `a@${'b'.repeat(64)}.com`,
    'a@b.c\r\nBcc: x@evil.test',
    '=?utf-8?q?x?=@example.com',
    'budi\u200b@example.com',
  ])('%j is refused', (value) => {
    expect(checkEmail(value).ok).toBe(false);
  });
});

describe('checkPhone', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['081234567890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['+62 0812 3456 7890', '+6281234567890'], // the trunk 0 after +62 is dropped
    ['+62 (0)812 3456 7890', '+6281234567890'],
    ['0062 812 3456 7890', '+6281234567890'], // 00: the international call prefix
    ['0062 0812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['62 0812 3456 7890', '+6281234567890'],
    ['(021) 555-1234', '+62215551234'],
    ['0812.3456.7890', '+6281234567890'],
    ['+65 6123 4567', '+6561234567'],
    ['0061 2 9876 5432', '+61298765432'],
    ['+44 (0)20 7946 0958', '+442079460958'],
    ['+39 06 1234 5678', '+390612345678'], // Italy keeps its 0
    ['+1 (415) 555-0100', '+14155550100'],
    ['0812\u00a03456\u00a07890', '+6281234567890'],
  ])('%s → %s', (value, expected) => {
    expect(checkPhone(value)).toEqual({ ok: true, value: expected });
  });
  it.each([
    '12345',
    'call me',
    '+0812345678',
    '0812-abc-7890',
    '+1234567890123456',
    '08\n12345678',
    '+62 00812 3456 7890',
    '000 812 3456 7890',
    '00',
    '+62',
    '0812',
    '0812/3456/7890',
    '+62 812 3456 7890 1234',
    '+62+812345678',
    '0812\u200b34567890',
  ])('%j is refused', (value) => {
    expect(checkPhone(value).ok).toBe(false);
  });
});
