import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import type { Checked } from './problems.js';
import type { Zone } from './types.js';
import { zonedTime, type Ambiguity, type WallFields } from './wall-clock.js';
import { parseZone } from './zone.js';

export { parseZone, ZONE_ABBREVIATIONS } from './zone.js';

/** A date-time as read: the instant in its zone, and the zone written in the text, if any. */
export interface ParsedWhen {
  at: TZDate;
  /** The zone written in the text itself, if any. */
  zone?: Zone;
  /** Set when the local time happens twice (clocks turned back): `at` is the earlier instant. */
  ambiguous?: Ambiguity;
}

/** `instant` seen in `zone`. */
export function inZone(instant: Date | number, zone: Zone): TZDate {
  return new TZDate(+instant, zone.id);
}

const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  today: 0,
  'hari ini': 0,
  besok: 1,
  tomorrow: 1,
  lusa: 2,
};

/** Day names, Indonesian and English, numbered as `Date#getDay` does (Sunday = 0). */
const WEEKDAYS: Readonly<Record<string, number>> = {
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  "jum'at": 5,
  sabtu: 6,
  minggu: 0,
  ahad: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 0,
};

const WHEN = new RegExp(
  '^(?<date>\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}|today|hari ini|besok|tomorrow|lusa|' +
    Object.keys(WEEKDAYS).join('|') +
    ')' +
    '(?:T| +)(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?:[:.](?<second>\\d{2}))?' +
    '(?: *(?<zone>Z|[+-]\\d{2}:?\\d{2})| +(?<named>\\S+))?$',
  'i',
);

/** "PM", "a.m.": a 12-hour clock, which the accepted forms do not use. */
const DAY_PERIOD = /^[ap]\.?m\.?$/i;

/**
 * Reads a date-time in one of the accepted forms, optionally with a zone token.
 * Without a zone token the time is in `defaultZone` (undefined when the system
 * zone cannot be read: such a time is refused); `besok`/`lusa` and day names
 * ("Senin", "Friday") count calendar days from `now` in that zone.
 */
export function parseWhen(
  text: string,
  defaultZone: Zone | undefined,
  now: Date,
): Checked<ParsedWhen> {
  const match = WHEN.exec(text.trim().replace(/\s+/g, ' '));
  const groups = match?.groups;
  if (!groups) return { ok: false, problem: { code: 'datetime' } };
  const zoneToken = groups.zone ?? groups.named;
  let zone: Zone | undefined;
  if (zoneToken && DAY_PERIOD.test(zoneToken)) {
    return { ok: false, problem: { code: 'datetime', detail: 'twelve-hour' } };
  }
  if (zoneToken) {
    const parsed = parseZone(zoneToken);
    if (!parsed.ok) return parsed;
    zone = parsed.value;
  }
  const effective = zone ?? defaultZone;
  if (!effective) return { ok: false, problem: { code: 'system-zone' } };
  const date = readDate(groups.date ?? '', inZone(now, effective));
  if (!date) return { ok: false, problem: { code: 'datetime' } };
  const fields: WallFields = {
    ...date,
    hour: Number(groups.hour),
    minute: Number(groups.minute),
    second: Number(groups.second ?? 0),
  };
  const timed = zonedTime(fields, effective);
  if (!timed.ok) return timed;
  const { at, ambiguous } = timed.value;
  return { ok: true, value: { at, ...(zone && { zone }), ...(ambiguous && { ambiguous }) } };
}

function readDate(
  token: string,
  localNow: TZDate,
): { year: number; month: number; day: number } | undefined {
  const name = token.toLowerCase();
  const weekday = WEEKDAYS[name];
  // A day name is the nearest such day from today on ("Senin" on a Monday is today).
  const relative =
    weekday !== undefined ? (weekday - localNow.getDay() + 7) % 7 : RELATIVE_DAYS[name];
  if (relative !== undefined) {
    const day = addDays(localNow, relative);
    return { year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(token);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(token);
  if (dmy) return { year: Number(dmy[3]), month: Number(dmy[2]), day: Number(dmy[1]) };
  return undefined;
}
