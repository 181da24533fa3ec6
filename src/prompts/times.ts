import type { DateTime } from 'luxon';
import { UsageError } from '../core/errors.js';
import { checkNotice } from '../core/notice.js';
import { problemText, type Checked } from '../core/problems.js';
import { FLAG_OF, interviewZone, type Clock } from '../core/request.js';
import { parseWhen } from '../core/time.js';
import type { Answers, Zone } from '../core/types.js';

/** The interview as typed, read the way `resolveRequest` will read it later. */
export interface InterviewTime {
  at: DateTime;
  zone: Zone;
  /** The effective "now": `--now` (in the interview's zone) or the clock. */
  now: DateTime;
}

/** `--now` in `zone`, or the clock: a bad `--now` has no question to fall back on. */
export function effectiveNow(answers: Answers, zone: Zone, clock: Clock): DateTime {
  if (!answers.now?.trim()) return clock.now;
  const parsed = parseWhen(answers.now, zone, clock.now);
  if (!parsed.ok) throw new UsageError(`${FLAG_OF.now}: ${problemText(parsed.problem, 'en')}`);
  return parsed.value.at;
}

/**
 * Reads an interview date-time as `resolveRequest` does: a zone written in the
 * text wins over `--tz` and the system zone, and `besok` counts from the
 * effective now. A time that has passed is refused.
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
  const { at } = parsed.value;
  if (checkNotice(at, now).status === 'past') return { ok: false, problem: { code: 'past' } };
  return { ok: true, value: { at, zone, now } };
}

/** A proposed new time, in the interview's zone; it must lie after now. */
export function readSlot(text: string, interview: InterviewTime): Checked<DateTime> {
  const parsed = parseWhen(text, interview.zone, interview.now);
  if (!parsed.ok) return parsed;
  if (parsed.value.at <= interview.now) return { ok: false, problem: { code: 'slot-before-now' } };
  return { ok: true, value: parsed.value.at };
}
