import type { TZDate } from '@date-fns/tz';
import type { Lang, Zone } from '../core/types.js';
import { inZone } from '../core/time.js';
import { LOCALES } from '../locales/index.js';
import { zoneLabel } from './zone-label.js';

export { offsetLabel, zoneLabel } from './zone-label.js';

export { inZone };

/** ICU puts U+202F and U+00A0 into some formats; messages want plain spaces. */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ');
}

// Building an Intl.DateTimeFormat costs ICU work; the app formats a handful of dates
// per run, so each formatter is made once and reused. Formatting in UTC a Date built
// from the wall clock lets one formatter serve every zone, fixed offsets included
// (Node 20's Intl rejects "+07:00" as a time zone).
const formats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(lang: Lang, weekday: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${lang} ${weekday}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang].language.intl, {
      timeZone: 'UTC',
      weekday,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: lang === 'id' ? '2-digit' : 'numeric',
      minute: '2-digit',
      hourCycle: lang === 'id' ? 'h23' : 'h12',
    });
    formats.set(key, format);
  }
  return format;
}

/** The parts of a local time, in words of `lang`. */
interface WallClock {
  /** "Jumat" / "Friday". */
  weekday: string;
  day: string;
  /** 1–12. */
  monthNumber: number;
  /** The local calendar day, counted from 1970-01-01 (for "today" and "tomorrow"). */
  dayNumber: number;
  yearNumber: number;
  month: string;
  year: string;
  /** "10.00" / "10:00 AM". */
  time: string;
  zone: string;
}

function wallClock(at: Date, zone: Zone, lang: Lang): WallClock {
  const local = inZone(at, zone);
  const date = new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
    ),
  );
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of wallClockFormat(lang, 'long').formatToParts(date))
    parts[part.type] = part.value;
  const { weekday = '', day = '', month = '', year = '', hour = '', minute = '' } = parts;
  const time =
    lang === 'id'
      ? `${hour}.${minute}`
      : `${hour}:${minute} ${(parts.dayPeriod ?? '').toUpperCase()}`;
  return {
    weekday,
    day,
    monthNumber: local.getMonth() + 1,
    dayNumber: dayNumber(local),
    yearNumber: local.getFullYear(),
    month,
    year,
    time: normaliseSpaces(time),
    zone: zoneLabel(zone, at),
  };
}

// A named day follows a verb with a preposition: "telepon pada Senin, …", "call on Monday, …".
const AT = (lang: Lang) => LOCALES[lang].dates.at;
const ON = (lang: Lang) => LOCALES[lang].dates.on;

/** The calendar day of a local time, counted from 1970-01-01. */
function dayNumber(local: TZDate): number {
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / 86_400_000;
}

/** Calendar days from `now` to `at`, counted on the interview's wall calendar. */
export function daysFrom(now: Date, at: Date, zone: Zone): number {
  return dayNumber(inZone(at, zone)) - dayNumber(inZone(now, zone));
}

/** "Fri" / "Jum": the short weekday of `at` in the interview's zone. */
function shortWeekday(at: Date, zone: Zone, lang: Lang): string {
  const local = inZone(at, zone);
  const date = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), 12));
  const part = wallClockFormat(lang, 'short')
    .formatToParts(date)
    .find((p) => p.type === 'weekday');
  return (part?.value ?? '').replace(/\.$/, '');
}

/** "Jumat, 27 November 2026 pukul 10.00 WIB" / "Friday, 27 November 2026 at 10:00 AM WIB". */
export function formatWhen(at: Date, zone: Zone, lang: Lang): string {
  const c = wallClock(at, zone, lang);
  return `${c.weekday}, ${c.day} ${c.month} ${c.year} ${AT(lang)} ${c.time} ${c.zone}`;
}

/**
 * `at` as seen from `now`: "hari ini pukul 14.00 WIB", "besok pukul 09.00 WIB",
 * else "pada Senin, 30 November pukul 09.00 WIB" (the year only when it differs).
 * Calendar days are counted in the interview's zone.
 */
export function formatRelative(at: Date, now: Date, zone: Zone, lang: Lang): string {
  const c = wallClock(at, zone, lang);
  const localNow = inZone(now, zone);
  const days = c.dayNumber - dayNumber(localNow);
  const sameYear = c.yearNumber === localNow.getFullYear();
  let date: string;
  if (days === 0) date = LOCALES[lang].dates.today;
  else if (days === 1) date = LOCALES[lang].dates.tomorrow;
  else date = `${ON(lang)} ${c.weekday}, ${c.day} ${c.month}${sameYear ? '' : ` ${c.year}`}`;
  return `${date} ${AT(lang)} ${c.time} ${c.zone}`;
}

/**
 * The short form for a text message: "Jumat, 27/11 pukul 10.00 WIB" /
 * "Fri 27/11 at 10:00 AM WIB"; "hari ini …" / "besok pukul 10.00 WIB" when the
 * day is today or tomorrow as seen from `now` (in the interview's zone).
 */
export function formatCompact(at: Date, now: Date, zone: Zone, lang: Lang): string {
  const c = wallClock(at, zone, lang);
  const days = c.dayNumber - dayNumber(inZone(now, zone));
  let date: string;
  if (days === 0) date = LOCALES[lang].dates.today;
  else if (days === 1) date = LOCALES[lang].dates.tomorrow;
  else if (lang === 'id') date = `${c.weekday}, ${c.day}/${c.monthNumber}`;
  else date = `${shortWeekday(at, zone, lang)} ${c.day}/${c.monthNumber}`;
  return `${date} ${AT(lang)} ${c.time} ${c.zone}`;
}

/** One time of a list, written with and without its year. */
export interface ListedTime {
  /** "Kamis, 3 Desember 2026 pukul 14.00 WIB". */
  withYear: string;
  /** "Kamis, 3 Desember pukul 14.00 WIB". */
  withoutYear: string;
}

/**
 * Each of `times` with and without its year, and whether they all share one
 * (then a list may say the year once: see `yearOnce`).
 */
export function listTimes(
  times: readonly Date[],
  zone: Zone,
  lang: Lang,
): { items: ListedTime[]; sameYear: boolean } {
  const clocks = times.map((t) => wallClock(t, zone, lang));
  const items = clocks.map((c) => ({
    withYear: `${c.weekday}, ${c.day} ${c.month} ${c.year} ${AT(lang)} ${c.time} ${c.zone}`,
    withoutYear: `${c.weekday}, ${c.day} ${c.month} ${AT(lang)} ${c.time} ${c.zone}`,
  }));
  const sameYear = clocks.every((c) => c.year === clocks[0]?.year);
  return { items, sameYear };
}

/**
 * `times` as list items that say the year once: when all share a year, only
 * the last item carries it ("Rabu, 2 Desember pukul 10.00 WIB" … "Kamis,
 * 3 Desember 2026 pukul 14.00 WIB"); otherwise every item has its own.
 */
export function yearOnce(times: readonly Date[], zone: Zone, lang: Lang): string[] {
  const { items, sameYear } = listTimes(times, zone, lang);
  return items.map((item, i) =>
    sameYear && i < items.length - 1 ? item.withoutYear : item.withYear,
  );
}
