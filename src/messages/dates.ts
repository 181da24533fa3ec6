import type { DateTime } from 'luxon';
import { luxonZone } from '../core/time.js';
import type { Lang, Zone } from '../core/types.js';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** Indonesia's three zones, by IANA name and by the fixed offset a user may type instead. */
const INDONESIAN_LABELS: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
  '+07:00': 'WIB',
  '+08:00': 'WITA',
  '+09:00': 'WIT',
};

const FIXED_OFFSET = /^[+-]\d{2}:\d{2}$/;

/** The interview's wall clock: `at` seen in `zone`. */
export function inZone(at: DateTime, zone: Zone): DateTime {
  return at.setZone(luxonZone(zone));
}

// Building an Intl.DateTimeFormat costs ICU work; the app formats a handful of dates
// per run, so each formatter is made once and reused.
const wallClockFormats = new Map<Lang, Intl.DateTimeFormat>();
const zoneNameFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(lang: Lang): Intl.DateTimeFormat {
  let format = wallClockFormats.get(lang);
  if (!format) {
    // Formatting in UTC a Date built from the wall clock lets one formatter serve every
    // zone, fixed offsets included (Node 20's Intl rejects "+07:00" as a time zone).
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: lang === 'id' ? '2-digit' : 'numeric',
      minute: '2-digit',
      hourCycle: lang === 'id' ? 'h23' : 'h12',
    });
    wallClockFormats.set(lang, format);
  }
  return format;
}

function zoneNameFormat(lang: Lang, ianaZone: string): Intl.DateTimeFormat {
  const key = `${lang} ${ianaZone}`;
  let format = zoneNameFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone: ianaZone,
      timeZoneName: 'short',
    });
    zoneNameFormats.set(key, format);
  }
  return format;
}

function offsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/** The zone's short name at `at`: WIB/WITA/WIT for Indonesia, else Intl's name (DST-aware). */
export function zoneLabel(zone: Zone, at: DateTime, lang: Lang): string {
  const indonesian = INDONESIAN_LABELS[zone.id];
  if (indonesian) return indonesian;
  const local = inZone(at, zone);
  if (FIXED_OFFSET.test(zone.id)) return offsetLabel(local.offset);
  const part = zoneNameFormat(lang, zone.id)
    .formatToParts(at.toJSDate())
    .find((p) => p.type === 'timeZoneName');
  return part ? normaliseSpaces(part.value) : offsetLabel(local.offset);
}

/** ICU puts U+202F and U+00A0 into some formats; messages want plain spaces. */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ');
}

export interface WallClock {
  weekday: string;
  day: string;
  month: string;
  year: string;
  time: string;
}

/** The named parts of `at` on the wall clock of `zone`, in `lang`. */
export function wallClock(at: DateTime, zone: Zone, lang: Lang): WallClock {
  const local = inZone(at, zone);
  const date = new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute));
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of wallClockFormat(lang).formatToParts(date)) parts[part.type] = part.value;
  const { weekday = '', day = '', month = '', year = '', hour = '', minute = '' } = parts;
  const time =
    lang === 'id'
      ? `${hour}.${minute}`
      : `${hour}:${minute} ${(parts.dayPeriod ?? '').toUpperCase()}`;
  return { weekday, day, month, year, time };
}

const AT: Record<Lang, string> = { id: 'pukul', en: 'at' };

/** "Jumat, 27 November 2026 pukul 10.00 WIB" / "Friday, 27 November 2026 at 10:00 AM WIB". */
export function formatWhen(at: DateTime, zone: Zone, lang: Lang): string {
  const c = wallClock(at, zone, lang);
  const label = zoneLabel(zone, at, lang);
  return `${c.weekday}, ${c.day} ${c.month} ${c.year} ${AT[lang]} ${c.time} ${label}`;
}

// A named day follows a verb with a preposition: "telepon pada Senin, …", "call on Monday, …".
const ON: Record<Lang, string> = { id: 'pada', en: 'on' };
const TODAY: Record<Lang, string> = { id: 'hari ini', en: 'today' };
const TOMORROW: Record<Lang, string> = { id: 'besok', en: 'tomorrow' };

/**
 * `at` as seen from `now`: "hari ini pukul 14.00 WIB", "besok pukul 09.00 WIB",
 * else "pada Senin, 30 November pukul 09.00 WIB" (the year only when it differs).
 * Calendar days are counted in the interview's zone.
 */
export function formatRelative(at: DateTime, now: DateTime, zone: Zone, lang: Lang): string {
  const c = wallClock(at, zone, lang);
  const label = zoneLabel(zone, at, lang);
  const day = inZone(at, zone).startOf('day');
  const today = inZone(now, zone).startOf('day');
  const days = Math.round(day.diff(today, 'days').days);
  let date: string;
  if (days === 0) date = TODAY[lang];
  else if (days === 1) date = TOMORROW[lang];
  else if (day.year === today.year) date = `${ON[lang]} ${c.weekday}, ${c.day} ${c.month}`;
  else date = `${ON[lang]} ${c.weekday}, ${c.day} ${c.month} ${c.year}`;
  return `${date} ${AT[lang]} ${c.time} ${label}`;
}
