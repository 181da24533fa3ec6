/** GSM 03.38 basic character set (one septet each); ESC itself is left out on purpose. */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** GSM 03.38 extension table: ESC + one septet, so two septets each. */
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

const GSM_SINGLE = 160;
const GSM_PART = 153;
const UCS2_SINGLE = 70;
const UCS2_PART = 67;

/** Characters outside the GSM-7 alphabet (basic and extension tables): one test finds any. */
const NOT_GSM = new RegExp(
  `[^${[...GSM_BASIC, ...GSM_EXTENDED].map((ch) => `\\u{${ch.codePointAt(0)?.toString(16)}}`).join('')}]`,
  'u',
);
/** The extension table's characters, which take two septets each. */
const EXTENDED = new RegExp(`[${[...GSM_EXTENDED].map((ch) => `\\${ch}`).join('')}]`);

/** Whether every character of `text` is in the GSM-7 alphabet (basic or extension table). */
export function isGsm7(text: string): boolean {
  return !NOT_GSM.test(text);
}

// A multi-part message cannot split an escape pair or a surrogate pair across parts,
// so parts are filled greedily rather than by dividing the total.
function countParts(sizes: number[], single: number, part: number): number {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total === 0) return 0;
  if (total <= single) return 1;
  let parts = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > part) {
      parts += 1;
      used = 0;
    }
    used += size;
  }
  return parts;
}

/**
 * SMS segments `text` takes: GSM-7 (160 septets, 153 per part; extension characters
 * count 2) or, with any other character, UCS-2 (70 UTF-16 units, 67 per part).
 * An empty text takes 0.
 */
export function countSegments(text: string): number {
  if (isGsm7(text)) {
    // Without an escape pair, parts are plain division (the common case: no \u20ac, no [).
    if (!EXTENDED.test(text)) {
      return Math.ceil(text.length / (text.length <= GSM_SINGLE ? GSM_SINGLE : GSM_PART));
    }
    return countParts(
      [...text].map((ch) => (GSM_EXTENDED.has(ch) ? 2 : 1)),
      GSM_SINGLE,
      GSM_PART,
    );
  }
  return countParts(
    [...text].map((ch) => ch.length),
    UCS2_SINGLE,
    UCS2_PART,
  );
}

/** Typographic characters a phone or a paste may bring in, and their GSM-7 stand-ins. */
const GSM_REPLACEMENTS: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"'],
  [/[\u2010-\u2015\u2212\u00ad]/g, '-'],
  [/\u2026/g, '...'],
  [/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' '],
  [/[\u2022\u00b7]/g, '-'],
  // Emoji and their joiners/selectors have no GSM-7 form: drop them.
  [
    / ?[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1f1e6}-\u{1f1ff}\u200b-\u200d\u2060\ufe0e\ufe0f]+/gu,
    '',
  ],
];

/**
 * `text` with typographic quotes, dashes, ellipses, odd spaces and emoji mapped to
 * GSM-7, and accented letters outside GSM-7 reduced to their base letter. Letters of
 * other scripts are kept (they make the message UCS-2, which `countSegments` reports).
 */
export function toGsm(text: string): string {
  if (isGsm7(text)) return text;
  let result = text;
  for (const [pattern, replacement] of GSM_REPLACEMENTS) {
    result = result.replace(pattern, replacement);
  }
  let out = '';
  for (const ch of result) {
    if (GSM_BASIC.has(ch) || GSM_EXTENDED.has(ch)) {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    out += base !== ch && isGsm7(base) ? base : ch;
  }
  return out;
}
