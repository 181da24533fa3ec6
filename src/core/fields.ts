import type { Checked } from './problems.js';

/** Length caps (SPEC §6). */
export const MAX_NAME = 100;
export const MAX_REASON_TEXT = 500;
const MAX_EMAIL = 254;

// C0, DEL, C1, line/paragraph separators and bidi overrides: none belongs in a
// one-line field that ends up in a mail header, a terminal or a clipboard.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const CONTROL_ALL = new RegExp(CONTROL.source, 'gu');

/** Whether `value` holds a control character (C0, DEL, C1, line separators, bidi controls). */
export function hasControlChars(value: string): boolean {
  return CONTROL.test(value);
}

/** `value` without its control characters, for text shown on a terminal. */
export function stripControlChars(value: string): string {
  return value.replace(CONTROL_ALL, '');
}

/** A one-line text: trimmed, no control characters, at most `max` characters. */
export function checkLine(value: string, max: number): Checked<string> {
  if (hasControlChars(value)) return { ok: false, problem: { code: 'control' } };
  const text = value.trim().replace(/ {2,}/g, ' ');
  if (!text) return { ok: false, problem: { code: 'empty' } };
  if ([...text].length > max) return { ok: false, problem: { code: 'too-long', max } };
  return { ok: true, value: text };
}

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** An email address (plain addr-spec, ASCII). */
export function checkEmail(value: string): Checked<string> {
  const line = checkLine(value, MAX_EMAIL);
  if (!line.ok) return line;
  const email = line.value;
  if (!EMAIL.test(email) || email.startsWith('.') || email.includes('..')) {
    return { ok: false, problem: { code: 'email' } };
  }
  return { ok: true, value: email };
}

/**
 * A phone number in international form: "+62 812-3456-7890", "0812 3456 7890"
 * and "62812…" all become "+6281234567890" (a leading 0 is Indonesia's trunk prefix).
 */
export function checkPhone(value: string): Checked<string> {
  const line = checkLine(value, 32);
  if (!line.ok) return line;
  const compact = line.value.replace(/[\s\-.()]/g, '');
  let international: string;
  if (/^\+[1-9]\d+$/.test(compact)) international = compact;
  else if (/^0[1-9]\d+$/.test(compact)) international = `+62${compact.slice(1)}`;
  else if (/^62\d+$/.test(compact)) international = `+${compact}`;
  else return { ok: false, problem: { code: 'phone' } };
  const digits = international.length - 1;
  if (digits < 8 || digits > 15) return { ok: false, problem: { code: 'phone' } };
  return { ok: true, value: international };
}

/** One of a fixed set of keys, case-insensitive. */
export function checkChoice<T extends string>(value: string, choices: readonly T[]): Checked<T> {
  const key = value.trim().toLowerCase();
  const found = choices.find((c) => c === key);
  return found ? { ok: true, value: found } : { ok: false, problem: { code: 'choice', choices } };
}

// One bracketed Message-ID (RFC 5322 msg-id): printable ASCII without <, > or space.
const MESSAGE_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+>$/;

/** Whether `value` is one bracketed Message-ID ("<id@host>"), safe to repeat in a header. */
export function isMessageId(value: string): boolean {
  return MESSAGE_ID.test(value);
}
