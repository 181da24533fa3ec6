import type { Lang, Zone } from '../core/types.js';
import { daysFrom, formatCompact, formatRelative, inZone, listTimes } from './dates.js';

/**
 * How a date is written: `long` "Jumat, 27 November 2026 pukul 10.00 WIB" /
 * "Friday, 27 November 2026 at 10:00 AM WIB"; `compact`, for texts, "Jumat, 27/11
 * pukul 10.00 WIB" / "Fri 27 Nov at 10:00 AM WIB" (never a year; in English the month
 * by name, so that a reader in New York and one in London read the same day).
 */
export type DateForm = 'long' | 'compact';

/**
 * Today and tomorrow are said as such: `replace` the date ("besok pukul 10.00 WIB",
 * for speech and texts), `prefix` it ("besok, Jumat, 27 November 2026 pukul …", for a
 * letter that is kept), or `none`.
 */
export type Relative = 'replace' | 'prefix' | 'none';

export interface DateStyle {
  lang: Lang;
  zone: Zone;
  form: DateForm;
  relative: Relative;
  /** The moment the words are read: "today" and "tomorrow" count from it, in the zone. */
  from: Date;
  /** The year is said when it differs from this one; `null`: always (long form only). */
  yearRef: number | null;
}

/** A date as said in a message; `relative` when it opens with "hari ini"/"besok"/…. */
export interface SaidDate {
  text: string;
  relative: boolean;
}

const DAY_WORDS: Record<Lang, readonly [string, string]> = {
  id: ['hari ini', 'besok'],
  en: ['today', 'tomorrow'],
};

// A message is rendered several times while it is fitted to its limit, each time saying
// the same few dates; zone arithmetic is the costly part, so each phrase is made once.
const said = new Map<string, SaidDate>();

function write(at: Date, style: DateStyle, showYear: boolean): SaidDate {
  const { lang, zone, form, relative, from } = style;
  const key = [at.getTime(), from.getTime(), lang, zone.id, form, relative, showYear].join();
  let phrase = said.get(key);
  if (!phrase) {
    if (said.size > 500) said.clear();
    phrase = compose(at, style, showYear);
    said.set(key, phrase);
  }
  return phrase;
}

function compose(at: Date, style: DateStyle, showYear: boolean): SaidDate {
  const { lang, zone, from } = style;
  const days = style.relative === 'none' ? -1 : daysFrom(from, at, zone);
  const dayWord = days === 0 || days === 1 ? DAY_WORDS[lang][days] : undefined;
  if (dayWord && style.relative === 'replace') {
    return { text: formatRelative(at, from, zone, lang), relative: true };
  }
  let date: string;
  const [listed] = listTimes([at], zone, lang).items;
  if (style.form === 'long') date = (showYear ? listed?.withYear : listed?.withoutYear) ?? '';
  else if (lang === 'id') date = formatCompact(at, from, zone, lang);
  // English by the month's name, never a year: "1/12" reads as 12 January in New York.
  else
    date = (listed?.withoutYear ?? '').replace(
      /^(\p{L}{3})\p{L}*, (\d+) (\p{L}{3})\p{L}*/u,
      '$1 $2 $3',
    );
  return dayWord
    ? { text: `${dayWord}, ${date}`, relative: true }
    : { text: date, relative: false };
}

const yearOf = (at: Date, zone: Zone): number => inZone(at, zone).getFullYear();

/** One date in `style`: the year only when it differs from `style.yearRef`. */
export function sayDate(at: Date, style: DateStyle): SaidDate {
  return write(at, style, style.yearRef === null || yearOf(at, style.zone) !== style.yearRef);
}

/**
 * Several dates in `style`, the year said once: when all share a year that must be
 * said, only the last one carries it ("Rabu, 2 Desember … Kamis, 3 Desember 2027 …").
 */
export function sayDates(dates: readonly Date[], style: DateStyle): SaidDate[] {
  const years = new Set(dates.map((d) => yearOf(d, style.zone)));
  const [shared] = years;
  if (years.size !== 1 || shared === undefined) return dates.map((d) => sayDate(d, style));
  const said = style.yearRef === null || shared !== style.yearRef;
  return dates.map((d, i) => write(d, style, said && i === dates.length - 1));
}

/** The date after a verb: Indonesian puts "pada" before a day's name ("dijadwalkan pada Jumat, …"). */
export function onDate(date: SaidDate, lang: Lang): string {
  return lang === 'id' && !date.relative ? `pada ${date.text}` : date.text;
}

/** The first letter in upper case: "besok pukul …" opening a list item. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
