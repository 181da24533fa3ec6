import { TZDate } from '@date-fns/tz';
import { subHours } from 'date-fns/subHours';
import type { Checked } from './problems.js';
import type { CallWindow, First, Notice, Verdict, Zone } from './types.js';

export const NOTICE_HOURS = 24;
/** Reachable hours: from 09:00 until 17:00, in the interview's zone. */
export const OFFICE_OPENS = 9;
export const OFFICE_CLOSES = 17;

const HOUR_MS = 3_600_000;

/**
 * How much notice the recruiter gets if contacted at `now`. `status` uses the
 * exact difference; `hoursLeft` is rounded down to two decimals, so the two
 * never disagree (23 h 59 min 59 s is 23.99, short).
 */
export function checkNotice(interviewAt: TZDate, now: Date): Notice {
  const ms = interviewAt.getTime() - now.getTime();
  // Hundredths of an hour are 36 s: an integer division, free of rounding up.
  const hoursLeft = Math.floor(ms / (HOUR_MS / 100)) / 100;
  const deadline = subHours(interviewAt, NOTICE_HOURS);
  if (ms <= 0) return { status: 'past', hoursLeft, deadline };
  return { status: ms >= NOTICE_HOURS * HOUR_MS ? 'ok' : 'short', hoursLeft, deadline };
}

/**
 * Whether the recruiter can be called on the day of `local`: Monday to Friday,
 * and the interview's own day even at a weekend (the office is evidently open).
 */
function isWorkingDay(local: TZDate, interview: TZDate): boolean {
  const weekday = local.getDay();
  if (weekday !== 0 && weekday !== 6) return true;
  return (
    local.getDate() === interview.getDate() &&
    local.getMonth() === interview.getMonth() &&
    local.getFullYear() === interview.getFullYear()
  );
}

/** Whether the recruiter can be called at `local` (a time in the interview's zone). */
export function isReachable(local: TZDate, interview: TZDate): boolean {
  const hour = local.getHours();
  return isWorkingDay(local, interview) && hour >= OFFICE_OPENS && hour < OFFICE_CLOSES;
}

/** 09:00 on the day of `day`, or `days` later (the Date constructor rolls the month over). */
function openingOn(day: TZDate, zone: Zone, days = 0): TZDate {
  const date = day.getDate() + days;
  return new TZDate(day.getFullYear(), day.getMonth(), date, OFFICE_OPENS, 0, 0, zone.id);
}

/**
 * When to call: now when inside reachable hours, else the next opening — but
 * only when it comes before the interview; otherwise `callAt` is null.
 */
export function nextCallWindow(now: Date, interviewAt: Date, zone: Zone): CallWindow {
  const local = new TZDate(now.getTime(), zone.id);
  const interview = new TZDate(interviewAt.getTime(), zone.id);
  if (isReachable(local, interview)) return { callAt: local, openNow: true };
  let opening = openingOn(local, zone);
  while (
    opening.getTime() < interview.getTime() &&
    (opening.getTime() <= local.getTime() || !isWorkingDay(opening, interview))
  ) {
    opening = openingOn(opening, zone, 1);
  }
  return { callAt: opening.getTime() < interview.getTime() ? opening : null, openNow: false };
}

/**
 * `call` when the recruiter can be called now, or the next opening still leaves
 * ≥ 24 h notice; otherwise `write` (email and text now, then call at `callAt`).
 */
export function decideFirst(notice: Notice, call: CallWindow): First {
  if (call.openNow) return 'call';
  if (call.callAt && call.callAt.getTime() <= notice.deadline.getTime()) return 'call';
  return 'write';
}

/**
 * The verdict for an interview at `at` in `zone`, seen at `now`: the notice,
 * when to call and what to do first. A past interview is refused.
 */
export function decideVerdict(at: TZDate, zone: Zone, now: Date): Checked<Verdict> {
  const notice = checkNotice(at, now);
  if (notice.status === 'past') return { ok: false, problem: { code: 'past' } };
  const call = nextCallWindow(now, at, zone);
  return {
    ok: true,
    value: {
      at: new TZDate(at.getTime(), zone.id),
      zone,
      now: new TZDate(now.getTime(), zone.id),
      notice: { ...notice, status: notice.status },
      call,
      first: decideFirst(notice, call),
    },
  };
}
