import { describe, expect, it } from 'vitest';
import { checkEmail, checkLine, checkPhone, MAX_NAME } from '../../src/core/fields.js';

describe('checkLine', () => {
  it.each([
    ['  PT Maju  Jaya ', { ok: true, value: 'PT Maju Jaya' }],
    ['Budi\nBcc: x@evil.test', { ok: false, problem: { code: 'control' } }],
    ['Budi\rSanto', { ok: false, problem: { code: 'control' } }],
    ['\u001b[31mred', { ok: false, problem: { code: 'control' } }], // ESC
    ['tab\there', { ok: false, problem: { code: 'control' } }],
    ['nul\u0000', { ok: false, problem: { code: 'control' } }],
    ['c1\u009bcsi', { ok: false, problem: { code: 'control' } }], // C1 CSI
    ['nel\u0085', { ok: false, problem: { code: 'control' } }],
    ['bidi\u202egnp.exe', { ok: false, problem: { code: 'control' } }],
    ['line\u2028sep', { ok: false, problem: { code: 'control' } }],
    ['   ', { ok: false, problem: { code: 'empty' } }],
    ['Ö'.repeat(MAX_NAME), { ok: true, value: 'Ö'.repeat(MAX_NAME) }],
    ['x'.repeat(MAX_NAME + 1), { ok: false, problem: { code: 'too-long', max: MAX_NAME } }],
  ])('%j → %j', (value, expected) => {
    expect(checkLine(value, MAX_NAME)).toEqual(expected);
  });
});

describe('checkEmail', () => {
  it.each([
    ['budi@example.com', 'budi@example.com'],
    [' hr.team+jobs@maju-jaya.co.id ', 'hr.team+jobs@maju-jaya.co.id'],
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
    'budi@-example.com',
    'a@b.c\r\nBcc: x@evil.test',
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
    ['6281234567890', '+6281234567890'],
    ['(021) 555-1234', '+62215551234'],
    ['+65 6123 4567', '+6561234567'],
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
  ])('%j is refused', (value) => {
    expect(checkPhone(value).ok).toBe(false);
  });
});
