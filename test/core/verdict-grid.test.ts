import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { decideVerdict } from '../../src/core/notice.js';
import type { Verdict } from '../../src/core/types.js';
import { describeAdvice } from '../../src/messages/advice.js';

/**
 * SPEC §3 over a grid: every hour of a week as "now" × interviews 1 h … 80 h
 * ahead × zones, including both clock changes of New York and London. The
 * expected values come from an oracle that reads wall clocks with Intl alone
 * and walks forward hour by hour: no code under test.
 */
const HOUR = 3_600_000;
const WEEKS: ReadonlyArray<[string, string, string]> = [
  // label, zone, start of the week of "now" (local midnight, as an ISO instant)
  ['WIB', 'Asia/Jakarta', '2026-11-23T00:00+07:00'],
  ['WITA', 'Asia/Makassar', '2026-11-23T00:00+08:00'],
  ['WIT', 'Asia/Jayapura', '2026-11-23T00:00+09:00'],
  ['New York, clocks forward (8 March)', 'America/New_York', '2026-03-05T00:00-05:00'],
  ['New York, clocks back (1 November)', 'America/New_York', '2026-10-29T00:00-04:00'],
  ['London, clocks forward (29 March)', 'Europe/London', '2026-03-26T00:00+00:00'],
  ['London, clocks back (25 October)', 'Europe/London', '2026-10-22T00:00+01:00'],
];
const OFFSETS = Array.from({ length: 80 }, (_, i) => i + 1);

interface Wall {
  date: string;
  weekday: string;
  hour: number;
  minute: number;
}

/** The oracle's wall clock: Intl's own reading of an instant in a zone, cached per instant. */
function wallReader(zone: string): (ms: number) => Wall {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const cache = new Map<number, Wall>();
  return (ms) => {
    let wall = cache.get(ms);
    if (!wall) {
      const p: Record<string, string> = {};
      for (const part of format.formatToParts(ms)) p[part.type] = part.value;
      wall = {
        date: `${p.year}-${p.month}-${p.day}`,
        weekday: p.weekday ?? '',
        hour: Number(p.hour),
        minute: Number(p.minute),
      };
      cache.set(ms, wall);
    }
    return wall;
  };
}

/** What SPEC §3 expects, worked out by walking forward hour by hour. */
function expected(wall: (ms: number) => Wall, now: number, at: number) {
  const interviewDay = wall(at).date;
  const reachable = (ms: number) => {
    const w = wall(ms);
    const workingDay = !['Sat', 'Sun'].includes(w.weekday) || w.date === interviewDay;
    return workingDay && w.hour >= 9 && w.hour < 17;
  };
  let callAt: number | null = null;
  // "now" is a whole hour in whole-hour zones: openings fall on whole hours too.
  for (let t = now; t < at; t += HOUR) {
    if (reachable(t)) {
      callAt = t;
      break;
    }
  }
  const openNow = reachable(now);
  const first = openNow || (callAt !== null && callAt <= at - 24 * HOUR) ? 'call' : 'write';
  return { callAt, openNow, first };
}

const CALL_NOW = { id: /telepon rekruter sekarang/i, en: /call the recruiter now/i };
const TIMES = { id: /pukul (\d{2})\.(\d{2})/g, en: /at (\d{1,2}):(\d{2}) (AM|PM)/g };

/** The times of day an advice sentence names, as "HH:MM" (24-hour). */
function namedTimes(text: string, lang: 'id' | 'en'): string[] {
  return [...text.matchAll(TIMES[lang])].map((m) => {
    let hour = Number(m[1]);
    if (lang === 'en') hour = (hour % 12) + (m[3] === 'PM' ? 12 : 0);
    return `${String(hour).padStart(2, '0')}:${m[2]}`;
  });
}

describe.each(WEEKS)('the verdict over a week in %s', (_label, zone, start) => {
  const wall = wallReader(zone);
  const weekStart = Date.parse(start);
  const cases: Array<{ now: number; at: number; hours: number }> = [];
  for (let h = 0; h < 168; h += 1) {
    for (const k of OFFSETS) {
      // Odd offsets end one second early: 23 h 59 min 59 s must read 23.99 and `short`.
      const now = weekStart + h * HOUR;
      cases.push({ now, at: now + k * HOUR - (k % 2 ? 1000 : 0), hours: k });
    }
  }
  const verdicts = cases.map((c) => {
    const decided = decideVerdict(new TZDate(c.at, zone), { id: zone }, new TZDate(c.now, zone));
    if (!decided.ok) throw new Error('an interview ahead was refused');
    return { ...c, verdict: decided.value, expect: expected(wall, c.now, c.at) };
  });

  /** The cases whose `got` differs from `want`, described: the test expects none. */
  function mismatches<T>(check: (c: (typeof verdicts)[number]) => { got: T; want: T }): string[] {
    const found: string[] = [];
    for (const c of verdicts) {
      const { got, want } = check(c);
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        const when = `${new Date(c.now).toISOString()} → ${new Date(c.at).toISOString()}`;
        found.push(`${when}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      }
    }
    return found.slice(0, 5);
  }

  it('callAt is null or inside reachable hours, ≥ now and before the interview', () => {
    expect(
      mismatches(({ verdict, expect: want }) => ({
        got: { callAt: verdict.call.callAt?.getTime() ?? null, openNow: verdict.call.openNow },
        want: { callAt: want.callAt, openNow: want.openNow },
      })),
    ).toEqual([]);
    // The oracle's own promise, checked once more on what core returned.
    expect(
      mismatches(({ now, at, verdict }) => {
        const callAt = verdict.call.callAt?.getTime();
        return { got: callAt === undefined || (callAt >= now && callAt < at), want: true };
      }),
    ).toEqual([]);
  });

  it('first agrees with §3', () => {
    expect(
      mismatches(({ verdict, expect: want }) => ({ got: verdict.first, want: want.first })),
    ).toEqual([]);
  });

  it('status and hoursLeft agree, hoursLeft rounded down', () => {
    expect(
      mismatches(({ hours, verdict }) => {
        const left = hours % 2 ? (hours * 100 - 1) / 100 : hours;
        return {
          got: [verdict.notice.hoursLeft, verdict.notice.status],
          want: [left, left >= 24 ? 'ok' : 'short'],
        };
      }),
    ).toEqual([]);
  });

  it.each(['id', 'en'] as const)(
    'the advice (%s) names no call time at or after the interview, nor "call now" out of hours',
    (lang) => {
      expect(
        mismatches(({ verdict, expect: want }) => {
          const text = describeAdvice(verdict as Verdict, lang);
          let callTime: string[] = [];
          if (want.callAt !== null && !want.openNow) {
            const w = wall(want.callAt);
            callTime = [`${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`];
          }
          return {
            got: { callNow: CALL_NOW[lang].test(text), times: namedTimes(text, lang), text },
            want: { callNow: want.openNow && want.first === 'call', times: callTime, text },
          };
        }),
      ).toEqual([]);
    },
  );
});
