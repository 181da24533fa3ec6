import type { Clock } from '../core/clock.js';
import { readInterview, type InterviewTime } from '../core/interview-time.js';
import { checkNotice } from '../core/notice.js';
import type { Checked } from '../core/problems.js';
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
