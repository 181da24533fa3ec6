import type { Clock } from '../core/clock.js';
import { readInterview, type InterviewTime } from '../core/interview-time.js';
import { decideVerdict } from '../core/notice.js';
import type { Checked } from '../core/problems.js';
import type { Answers, Verdict } from '../core/types.js';

/** The interview as read, and the verdict to show at once. */
export interface FutureInterview {
  interview: InterviewTime;
  verdict: Verdict;
}

/**
 * The interview date-time as core reads it, with its verdict (notice, when to
 * call, what to do first); a time that has passed is refused, to be asked again.
 */
export function readFutureInterview(
  text: string,
  answers: Answers,
  clock: Clock,
): Checked<FutureInterview> {
  const read = readInterview(text, answers, clock);
  if (!read.ok) return read;
  const { at, zone, now } = read.value;
  const verdict = decideVerdict(at, zone, now);
  if (!verdict.ok) return verdict;
  return { ok: true, value: { interview: read.value, verdict: verdict.value } };
}
