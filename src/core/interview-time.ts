import type { TZDate } from '@date-fns/tz';
import type { Clock } from './clock.js';
import { take } from './flags.js';
import type { Checked } from './problems.js';
import { inZone, parseWhen } from './time.js';
import type { Answers, Zone } from './types.js';
import type { Ambiguity } from './wall-clock.js';
import { parseZone, systemZone } from './zone.js';

/**
 * The zone of a time written without one: `--tz`, else the system zone;
 * undefined when neither is given nor readable (`TZ` empty or malformed).
 */
export function fallbackZone(answers: Answers, clock: Clock): Zone | undefined {
  if (answers.tz?.trim()) return take('tz', parseZone(answers.tz.trim()));
  return systemZone(clock.systemZone);
}

/** The interview as typed: its instant, its zone, and the effective "now", all in that zone. */
export interface InterviewTime {
  at: TZDate;
  zone: Zone;
  /** `--now` (read in the interview's zone) or the clock. */
  now: TZDate;
  /** Set when the interview's local time happens twice: `at` is the earlier instant. */
  ambiguous?: Ambiguity;
}

/**
 * `--now` read in `zone` (a zone written in it wins), or the clock. A bad `--now`
 * is a usage error: no question asks for it.
 */
export function effectiveNow(answers: Answers, zone: Zone | undefined, clock: Clock): Date {
  if (!answers.now?.trim()) return clock.now;
  return take('now', parseWhen(answers.now, zone, clock.now)).at;
}

/**
 * Reads an interview date-time: a zone written in the text wins over `--tz`
 * and the system zone, and `besok` counts from the effective now in that zone.
 */
export function readInterview(
  text: string,
  answers: Answers,
  clock: Clock,
): Checked<InterviewTime> {
  const fallback = fallbackZone(answers, clock);
  const first = parseWhen(text, fallback, clock.now);
  if (!first.ok) return first;
  const zone = first.value.zone ?? fallback;
  // parseWhen has refused a time with neither a zone of its own nor a fallback.
  if (!zone) return { ok: false, problem: { code: 'system-zone' } };
  const now = inZone(effectiveNow(answers, zone, clock), zone);
  const parsed = parseWhen(text, zone, now);
  if (!parsed.ok) return parsed;
  const { at, ambiguous } = parsed.value;
  return { ok: true, value: { at, zone, now, ...(ambiguous && { ambiguous }) } };
}
