import type { Checked, Problem } from './problems.js';

/** Length caps (SPEC §6). */
export const MAX_NAME = 100;
export const MAX_REASON_TEXT = 500;
const MAX_EMAIL = 254;
const MAX_PHONE = 32;

// C0, DEL, C1 (NEL included), line and paragraph separators: none belongs in a
// one-line field that ends up in a mail header, a terminal or a clipboard.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
// Invisible characters: every format character (bidi controls such as U+061C
// and U+202E, zero-width spaces, BOM, soft hyphen, tag characters) and the
// other default-ignorable code points (Hangul fillers such as U+3164).
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const JOINERS = new Set(['\u200c', '\u200d']); // ZWNJ, ZWJ: they shape some scripts' words
const VARIATION_SELECTOR = /^[\ufe00-\ufe0f\u{e0100}-\u{e01ef}]$/u; // emoji and CJK glyph variants
const WORD = /[\p{L}\p{M}]/u;
// U+FFFD is what undecodable bytes (argv that was not UTF-8) turn into; lone
// surrogates and noncharacters are not text either.
const NOT_TEXT = /[\ufffd\p{Cs}\ufdd0-\ufdef\ufffe\uffff]/u;
// An RFC 2047 encoded-word, loosely: mail programs decode `=?charset?enc?text?=`.
const ENCODED_WORD = /=\?[\s\S]*?\?=/u;

/** Whether `value` holds a control character (C0, DEL, C1, line separators). */
export function hasControlChars(value: string): boolean {
  return CONTROL.test(value);
}

// Made on first use: a pattern of Unicode properties costs ICU work to build.
let invisibleOne: RegExp | undefined;
const isInvisible = (char: string) =>
  (invisibleOne ??= new RegExp(INVISIBLE.source, 'u')).test(char);

// Printable ASCII, what most answers are: none of the Unicode checks can find anything in it,
// and those patterns (Unicode properties) cost ICU work to build.
const PLAIN = /^[\x20-\x7e]*$/;

const isSurrogate = (code: number, base: number) => code >= base && code < base + 0x400;

/** The character that ends just before `index` (a whole surrogate pair), or ''. */
function charBefore(value: string, index: number): string {
  const isPair =
    isSurrogate(value.charCodeAt(index - 1), 0xdc00) &&
    isSurrogate(value.charCodeAt(index - 2), 0xd800);
  const start = isPair ? index - 2 : index - 1;
  return start < 0 ? '' : String.fromCodePoint(value.codePointAt(start) ?? 0);
}

/** Whether the invisible `char` at `index` has a place there: a joiner inside a word, a variation selector after a glyph. */
function allowedInvisible(value: string, char: string, index: number): boolean {
  const previous = charBefore(value, index);
  if (JOINERS.has(char)) {
    const next = value.codePointAt(index + char.length);
    return WORD.test(previous) && next !== undefined && WORD.test(String.fromCodePoint(next));
  }
  return (
    VARIATION_SELECTOR.test(char) && (previous.codePointAt(0) ?? 0) > 0x7f && !isInvisible(previous)
  );
}

/** Whether `value` holds an invisible character that has no place where it stands. */
export function hasInvisibleChars(value: string): boolean {
  for (const match of value.matchAll(INVISIBLE)) {
    if (!allowedInvisible(value, match[0], match.index)) return true;
  }
  return false;
}

/**
 * Why `value` cannot stand in a one-line field, or undefined: a control
 * character, an invisible character, text that was not valid UTF-8, or an
 * encoded-word that a mail program would decode into something else.
 */
export function lineProblem(value: string): Problem | undefined {
  if (PLAIN.test(value)) return ENCODED_WORD.test(value) ? { code: 'encoded-word' } : undefined;
  if (hasControlChars(value)) return { code: 'control' };
  if (hasInvisibleChars(value)) return { code: 'invisible' };
  if (NOT_TEXT.test(value)) return { code: 'encoding' };
  if (ENCODED_WORD.test(value)) return { code: 'encoded-word' };
  return undefined;
}

/** `value` without control or invisible characters, for text shown on a terminal. */
export function stripControlChars(value: string): string {
  return value
    .replace(new RegExp(CONTROL.source, 'gu'), '')
    .replace(INVISIBLE, (char, index: number, whole: string) =>
      allowedInvisible(whole, char, index) ? char : '',
    );
}

/** A one-line text: trimmed, spaces collapsed, nothing unsafe (`lineProblem`), at most `max` characters. */
export function checkLine(value: string, max: number): Checked<string> {
  const problem = lineProblem(value);
  if (problem) return { ok: false, problem };
  const text = value.trim().replace(PLAIN.test(value) ? / +/g : /\p{Zs}+/gu, ' ');
  if (!text) return { ok: false, problem: { code: 'empty' } };
  if ([...text].length > max) return { ok: false, problem: { code: 'too-long', max } };
  return { ok: true, value: text };
}

// RFC 5321/5322 dot-atom: atoms joined by single dots, none at either end.
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL_PART = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`, 'u');
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/u;
const TOP_LEVEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/u;

/** An email address: one plain ASCII addr-spec (`local@domain.tld`), no quoted parts, no comments. */
export function checkEmail(value: string): Checked<string> {
  const line = checkLine(value, MAX_EMAIL);
  if (!line.ok) return line;
  const email = line.value;
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  const valid =
    at > 0 &&
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    TOP_LEVEL.test(labels[labels.length - 1] ?? '');
  return valid ? { ok: true, value: email } : { ok: false, problem: { code: 'email' } };
}

/**
 * A phone number in international form, the one normaliser every caller uses:
 * "0812 3456 7890", "+62 0812 3456 7890", "0062 812 3456 7890" and
 * "62812…" all become "+6281234567890". A leading 0 is Indonesia's trunk
 * prefix; 00 is the international call prefix; "(0)" after a country code is
 * the trunk prefix written as people write it ("+44 (0)20 …").
 */
export function checkPhone(value: string): Checked<string> {
  const line = checkLine(value, MAX_PHONE);
  if (!line.ok) return line;
  let number = line.value;
  if (/^(?:\+|00)/u.test(number)) number = number.replace('(0)', '');
  number = number.replace(/[ \-.()]/gu, '');
  if (number.startsWith('00')) number = `+${number.slice(2)}`;
  else if (/^0[1-9]/u.test(number)) number = `+62${number.slice(1)}`;
  else if (number.startsWith('62')) number = `+${number}`;
  // "+62 0812…": the trunk 0 has no place after the country code.
  number = number.replace(/^\+620/u, '+62');
  const valid = /^\+[1-9]\d{7,14}$/u.test(number) && !number.startsWith('+620');
  return valid ? { ok: true, value: number } : { ok: false, problem: { code: 'phone' } };
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
