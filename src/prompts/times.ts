import type { DateTime } from 'luxon';
import { checkNotice } from '../core/notice.js';
import type { Checked } from '../core/problems.js';
import { readInterview, type Clock, type InterviewTime } from '../core/request.js';
import { parseWhen } from '../core/time.js';
import type { Answers } from '../core/types.js';

/** The interview date-time as core reads it; a time that has passed is refused, to be asked again. */
export function readFutureInterview(
  text: string,
  answers: Answers,
  clock: Clock,
): Checked<InterviewTime> {
  const read = readInterview(text, answers, clock);
  if (!read.ok) return read;
  if (checkNotice(read.value.at, read.value.now).status === 'past') {
    return { ok: false, problem: { code: 'past' } };
  }
  return read;
}

/** A proposed new time, in the interview's zone; it must lie after now. */
export function readSlot(text: string, interview: InterviewTime): Checked<DateTime> {
  const parsed = parseWhen(text, interview.zone, interview.now);
  if (!parsed.ok) return parsed;
  if (parsed.value.at <= interview.now) return { ok: false, problem: { code: 'slot-before-now' } };
  return { ok: true, value: parsed.value.at };
}
