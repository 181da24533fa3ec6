import { DateTime, FixedOffsetZone, IANAZone, type Zone as LuxonZone } from 'luxon';
import type { Checked } from './problems.js';
import type { Zone } from './types.js';

/** Indonesian zone abbreviations and the IANA zones they stand for. */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

/** Reads a zone token: WIB/WITA/WIT, ±HH:MM, Z, or an IANA name. */
export function parseZone(token: string): Checked<Zone> {
  const upper = token.toUpperCase();
  const abbreviated = ZONE_ABBREVIATIONS[upper];
  if (abbreviated) return { ok: true, value: { id: abbreviated } };
  if (upper === 'Z' || upper === 'UTC') return { ok: true, value: { id: 'UTC' } };
  const offset = OFFSET.exec(token);
  if (offset) {
    const [, sign, hh, mm] = offset;
    if (Number(hh) > 14 || Number(mm) > 59) return { ok: false, problem: { code: 'zone' } };
    return { ok: true, value: { id: `${sign}${hh}:${mm}` } };
  }
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(token) || !IANAZone.isValidZone(token)) {
    return { ok: false, problem: { code: 'zone' } };
  }
  // Canonical spelling ("asia/jakarta" → "Asia/Jakarta") for JSON and labels.
  const canonical = new Intl.DateTimeFormat('en', { timeZone: token }).resolvedOptions().timeZone;
  return { ok: true, value: { id: canonical } };
}

/** The Luxon zone for a `Zone` (fixed offsets become fixed-offset zones). */
export function luxonZone(zone: Zone): LuxonZone {
  const offset = OFFSET.exec(zone.id);
  if (!offset) return IANAZone.create(zone.id);
  const [, sign, hh, mm] = offset;
  const minutes = Number(hh) * 60 + Number(mm);
  return FixedOffsetZone.instance(sign === '-' ? -minutes : minutes);
}

/** The interview's zone: a zone written in `--at` wins, then `--tz`, then the system zone. */
export interface ParsedWhen {
  at: DateTime;
  /** The zone written in the text itself, if any. */
  zone?: Zone;
}

const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  today: 0,
  'hari ini': 0,
  besok: 1,
  tomorrow: 1,
  lusa: 2,
};

/** Day names, Indonesian and English, as Luxon numbers them (Monday = 1). */
const WEEKDAYS: Readonly<Record<string, number>> = {
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  "jum'at": 5,
  sabtu: 6,
  minggu: 7,
  ahad: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

const WHEN = new RegExp(
  '^(?<date>\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}|today|hari ini|besok|tomorrow|lusa|' +
    Object.keys(WEEKDAYS).join('|') +
    ')' +
    '(?:T| +)(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?:[:.](?<second>\\d{2}))?' +
    '(?: *(?<zone>Z|[+-]\\d{2}:?\\d{2})| +(?<named>\\S+))?$',
  'i',
);

/**
 * Reads a date-time in one of the accepted forms, optionally with a zone token.
 * Without a zone token the time is in `defaultZone`; `besok`/`lusa` and day
 * names ("Senin", "Friday") count calendar days from `now` in that zone.
 */
export function parseWhen(text: string, defaultZone: Zone, now: DateTime): Checked<ParsedWhen> {
  const match = WHEN.exec(text.trim().replace(/\s+/g, ' '));
  const groups = match?.groups;
  if (!groups) return { ok: false, problem: { code: 'datetime' } };
  const zoneToken = groups.zone ?? groups.named;
  let zone: Zone | undefined;
  if (zoneToken) {
    const parsed = parseZone(zoneToken);
    if (!parsed.ok) return parsed;
    zone = parsed.value;
  }
  const lz = luxonZone(zone ?? defaultZone);
  const date = readDate(groups.date ?? '', now.setZone(lz));
  if (!date) return { ok: false, problem: { code: 'datetime' } };
  const at = DateTime.fromObject(
    {
      ...date,
      hour: Number(groups.hour),
      minute: Number(groups.minute),
      second: Number(groups.second ?? 0),
    },
    { zone: lz },
  );
  if (!at.isValid) return { ok: false, problem: { code: 'datetime' } };
  return { ok: true, value: zone ? { at, zone } : { at } };
}

function readDate(
  token: string,
  localNow: DateTime,
): { year: number; month: number; day: number } | undefined {
  const name = token.toLowerCase();
  const weekday = WEEKDAYS[name];
  // A day name is the nearest such day from today on ("Senin" on a Monday is today).
  const relative = weekday ? (weekday - localNow.weekday + 7) % 7 : RELATIVE_DAYS[name];
  if (relative !== undefined) {
    const day = localNow.plus({ days: relative });
    return { year: day.year, month: day.month, day: day.day };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(token);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(token);
  if (dmy) return { year: Number(dmy[3]), month: Number(dmy[2]), day: Number(dmy[1]) };
  return undefined;
}
