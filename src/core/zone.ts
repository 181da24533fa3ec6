import type { Checked } from './problems.js';
import type { Zone } from './types.js';

/** Indonesian zone abbreviations and the IANA zones they stand for. */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

/** Names of UTC itself. */
const UTC_NAMES = new Set(['Z', 'UTC', 'GMT']);

const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;
const IANA_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

// One formatter per zone name, made once: building it is how Intl says whether
// the zone exists, and the same formatter gives the zone's canonical spelling.
const formats = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormat(name: string): Intl.DateTimeFormat | null {
  let format = formats.get(name);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: name });
    } catch {
      format = null;
    }
    formats.set(name, format);
  }
  return format;
}

/**
 * The zone `name` names, spelt as typed when Intl knows it (only the case is
 * corrected: "asia/jakarta" → "Asia/Jakarta"); undefined when Intl does not.
 */
function knownZone(name: string): string | undefined {
  if (!IANA_SHAPE.test(name)) return undefined;
  const resolved = zoneFormat(name)?.resolvedOptions().timeZone;
  if (!resolved) return undefined;
  // Intl maps old names to new ones ("EST" → "America/Panama"): keep what the user wrote.
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}

/**
 * Reads a zone token: WIB/WITA/WIT, ±HH:MM, Z/UTC/GMT, or an IANA name
 * ("Area/City"). A bare abbreviation such as EST or CET is refused: it is
 * ambiguous about summer time, so the user is asked for the IANA name.
 */
export function parseZone(token: string): Checked<Zone> {
  const upper = token.toUpperCase();
  const abbreviated = ZONE_ABBREVIATIONS[upper];
  if (abbreviated) return { ok: true, value: { id: abbreviated } };
  if (UTC_NAMES.has(upper)) return { ok: true, value: { id: 'UTC' } };
  const offset = OFFSET.exec(token);
  if (offset) {
    const [, sign, hh, mm] = offset;
    if (Number(hh) > 14 || Number(mm) > 59) return { ok: false, problem: { code: 'zone' } };
    return { ok: true, value: { id: `${sign}${hh}:${mm}` } };
  }
  const known = knownZone(token);
  if (!known) return { ok: false, problem: { code: 'zone' } };
  if (!known.includes('/')) return { ok: false, problem: { code: 'zone-abbreviation', token } };
  return { ok: true, value: { id: known } };
}

/**
 * The system's zone as the runtime reports it, or undefined when `TZ` is empty,
 * unknown or malformed (the runtime then says "Etc/Unknown" or nothing).
 */
export function systemZone(reported: string | undefined): Zone | undefined {
  if (!reported) return undefined;
  const known = knownZone(reported);
  return known ? { id: known } : undefined;
}

/** Whether `zone` is a fixed offset ("+07:00") rather than an IANA zone. */
export function isFixedOffset(zone: Zone): boolean {
  return OFFSET.test(zone.id);
}
