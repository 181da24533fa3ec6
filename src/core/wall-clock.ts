import { TZDate, tzOffset } from '@date-fns/tz';
import type { Checked } from './problems.js';
import type { Zone } from './types.js';

/** A local date and time as written: month 1–12, hour 0–23. */
export interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A clock change around a local time: the wall clock jumps from `from` to `to` ("HH:MM"). */
export interface ClockChange {
  /** The local time as written: "2026-03-08 02:30". */
  local: string;
  zone: string;
  from: string;
  to: string;
}

/** A local time that happens twice (clocks turned back); the earlier instant is used. */
export interface Ambiguity extends ClockChange {
  /** The instant chosen: the earlier of the two. */
  chosen: TZDate;
}

export interface ZonedTime {
  at: TZDate;
  ambiguous?: Ambiguity;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `n` with leading zeros to `width` digits: 7 → "07". */
export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function sameFields(date: TZDate, f: WallFields): boolean {
  return (
    date.getFullYear() === f.year &&
    date.getMonth() === f.month - 1 &&
    date.getDate() === f.day &&
    date.getHours() === f.hour &&
    date.getMinutes() === f.minute &&
    date.getSeconds() === f.second
  );
}

/** "2026-11-28 03:00": a local time as the user types it. */
export const localText = (f: Omit<WallFields, 'second'>) =>
  `${f.year}-${pad(f.month)}-${pad(f.day)} ${pad(f.hour)}:${pad(f.minute)}`;

/** "HH:MM" of `instant` in `zone`. */
function hhmm(instant: number, zone: string): string {
  const local = new TZDate(instant, zone);
  return `${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/**
 * The clock change between `lo` (old offset) and `hi` (new offset), found to the
 * minute: the wall clock read just before it (`from`) and just after it (`to`).
 */
function clockChange(zone: string, lo: number, hi: number): { from: string; to: string } {
  const before = tzOffset(zone, new Date(lo));
  let low = lo;
  let high = hi;
  while (high - low > MINUTE) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (tzOffset(zone, new Date(mid)) === before) low = mid;
    else high = mid;
  }
  const offsetBefore = tzOffset(zone, new Date(low));
  // The wall clock just before the change, read in the old offset, ends at `from`.
  const from = new TZDate(high, `${offsetBefore >= 0 ? '+' : '-'}${offsetText(offsetBefore)}`);
  return { from: `${pad(from.getHours())}:${pad(from.getMinutes())}`, to: hhmm(high, zone) };
}

function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The instant of a local time in `zone`. Fields that do not make a date
 * (31 February, 24:00) are refused; a local time skipped by a clock change is
 * refused naming the gap; one that happens twice is the earlier instant,
 * reported as `ambiguous`.
 */
export function zonedTime(f: WallFields, zone: Zone): Checked<ZonedTime> {
  if (f.hour > 23) return { ok: false, problem: { code: 'datetime', detail: 'hour' } };
  const at = new TZDate(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, zone.id);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  const calendar = new Date(wall);
  if (
    Number.isNaN(at.getTime()) ||
    calendar.getUTCDate() !== f.day ||
    calendar.getUTCMonth() !== f.month - 1 ||
    f.minute > 59 ||
    f.second > 59
  ) {
    return { ok: false, problem: { code: 'datetime' } };
  }
  // A real calendar date whose fields came back changed: the clocks skipped it.
  if (!sameFields(at, f)) {
    const before = tzOffset(zone.id, new Date(wall - DAY));
    const after = tzOffset(zone.id, new Date(wall + DAY));
    // Read with the new offset the time falls before the change, with the old one after it.
    const change = clockChange(zone.id, wall - after * MINUTE, wall - before * MINUTE);
    return {
      ok: false,
      problem: { code: 'nonexistent', local: localText(f), zone: zone.id, ...change },
    };
  }
  // Clocks turned back: the same fields may name a second instant with the other offset.
  const own = tzOffset(zone.id, at);
  const instants = [at.getTime()];
  for (const neighbour of [at.getTime() - 3 * HOUR, at.getTime() + 3 * HOUR]) {
    const other = tzOffset(zone.id, new Date(neighbour));
    if (other === own) continue;
    const candidate = new TZDate(wall - other * MINUTE, zone.id);
    if (sameFields(candidate, f)) instants.push(candidate.getTime());
  }
  if (instants.length === 1) return { ok: true, value: { at } };
  const [earlier = at.getTime(), later = at.getTime()] = instants.sort((a, b) => a - b);
  const chosen = new TZDate(earlier, zone.id);
  const change = clockChange(zone.id, earlier, later);
  return {
    ok: true,
    value: {
      at: chosen,
      ambiguous: { local: localText(f), zone: zone.id, ...change, chosen },
    },
  };
}
