import { tzOffset } from '@date-fns/tz';
import type { Zone } from '../core/types.js';
import { isFixedOffset } from '../core/zone.js';

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

// British English knows GMT/BST and CET/CEST, American English EST/EDT and PST/PDT;
// where neither has a real abbreviation ICU says "GMT-3", which readers misread.
const NAME_LOCALES = ['en-GB', 'en-US'] as const;
const NOT_A_NAME = /^(GMT|UTC)[+\-\u2212]/;

const nameFormats = new Map<string, Intl.DateTimeFormat>();

function shortName(locale: string, zone: string, at: Date): string | undefined {
  const key = `${locale} ${zone}`;
  let format = nameFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    nameFormats.set(key, format);
  }
  return format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
}

/** "UTC", "UTC+7", "UTC-3", "UTC+5:30". */
export function offsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/**
 * The zone's short name at the instant `at`, the same in every language:
 * WIB/WITA/WIT for Indonesia (and for +07:00/+08:00/+09:00), a real
 * abbreviation where one exists (EST/EDT, GMT/BST, CET/CEST), else the offset
 * ("UTC+5:30") — never "GMT-5".
 */
export function zoneLabel(zone: Zone, at: Date): string {
  const indonesian = INDONESIAN_LABELS[zone.id];
  if (indonesian) return indonesian;
  if (zone.id === 'UTC') return 'UTC';
  if (!isFixedOffset(zone)) {
    for (const locale of NAME_LOCALES) {
      const name = shortName(locale, zone.id, at);
      if (name && !NOT_A_NAME.test(name)) return name;
    }
  }
  return offsetLabel(tzOffset(zone.id, at));
}
