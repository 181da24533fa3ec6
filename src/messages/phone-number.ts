import type { Lang } from '../core/types.js';

/** Groups a foreign number (international form) the way its country writes it. */
export type ForeignFormat = (international: string) => string;

const INDONESIA = '+62';

/**
 * A checked international number as people write it in a `lang` message. Indonesian
 * mobiles: "0812-3456-7890" in Indonesian, "+62 812-3456-7890" in English; other
 * Indonesian numbers without guessing at area codes ("021…" / "+62 21…"); foreign
 * numbers by `foreign` ("+44 7700 900123"), else as given.
 */
export function displayPhone(international: string, lang: Lang, foreign?: ForeignFormat): string {
  if (!international.startsWith(INDONESIA)) return foreign ? foreign(international) : international;
  const national = international.slice(INDONESIA.length);
  const grouped = /^8\d{8,11}$/.test(national)
    ? `${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`
    : national;
  return lang === 'id' ? `0${grouped}` : `${INDONESIA} ${grouped}`;
}

/**
 * The grouping of foreign numbers, when any of `numbers` is foreign: libphonenumber-js
 * (its metadata is 80 KB) is loaded only then, never on the path of an Indonesian number.
 */
export async function loadForeignFormat(
  numbers: ReadonlyArray<string | undefined>,
): Promise<ForeignFormat | undefined> {
  if (!numbers.some((n) => n && !n.startsWith(INDONESIA))) return undefined;
  const { parsePhoneNumberFromString } = await import('libphonenumber-js/min');
  return (international) =>
    parsePhoneNumberFromString(international)?.formatInternational() ?? international;
}
