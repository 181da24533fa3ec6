import type { DateTime } from 'luxon';
import type { Clock } from './clock.js';
import { take } from './flags.js';
import type { Checked } from './problems.js';
import { parseWhen, parseZone } from './time.js';
import type { Answers, Zone } from './types.js';

/** The interview's zone: a zone in `--at` wins, then `--tz`, then the system zone. */
export function interviewZone(answers: Answers, clock: Clock): Zone {
  if (answers.tz?.trim()) return take('tz', parseZone(answers.tz.trim()));
  return take('tz', parseZone(clock.systemZone));
}

/** The interview as typed: its instant, its zone, and the effective "now". */
export interface InterviewTime {
  at: DateTime;
  zone: Zone;
  /** `--now` (read in the interview's zone) or the clock. */
  now: DateTime;
}

/** `--now` read in `zone`, or the clock. A bad `--now` is a usage error: no question asks for it. */
export function effectiveNow(answers: Answers, zone: Zone, clock: Clock): DateTime {
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
  let zone = interviewZone(answers, clock);
  const first = parseWhen(text, zone, clock.now);
  if (!first.ok) return first;
  if (first.value.zone) zone = first.value.zone;
  const now = effectiveNow(answers, zone, clock);
  const parsed = parseWhen(text, zone, now);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { at: parsed.value.at, zone, now } };
}
