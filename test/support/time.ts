import { TZDate } from '@date-fns/tz';

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 time with its offset ("2026-11-27T10:00+07:00", "…Z"), as a
 * TZDate in that fixed offset. The instant comes from the platform's own Date
 * parser, not from the code under test.
 */
export function iso(text: string): TZDate {
  const match = ISO.exec(text);
  if (!match) throw new Error(`not an ISO time with an offset: ${text}`);
  const offset = match[7] === 'Z' ? 'UTC' : (match[7] ?? 'UTC');
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`invalid time: ${text}`);
  return new TZDate(ms, offset);
}

/** An instant given in UTC ("2026-11-01T05:30Z"), seen in `zone`. */
export function utcIn(text: string, zone: string): TZDate {
  return new TZDate(Date.parse(text), zone);
}

/** ISO 8601 to the second with the offset: "2026-11-27T10:00:00+07:00" (the platform's own arithmetic). */
export function isoOf(date: Date & { getTimezoneOffset(): number }): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
