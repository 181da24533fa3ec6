import { TZDate } from '@date-fns/tz';
import { addDays, subHours } from 'date-fns';
import type { AdviceKind, CallWindow, Notice, Zone } from './types.js';

export const NOTICE_HOURS = 24;
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

const isWeekday = (t: TZDate): boolean => t.getDay() >= 1 && t.getDay() <= 5;

/**
 * When to call: now if the recruiter's office is open (Mon–Fri 09:00–17:00 in
 * the interview's zone), else the next opening.
 */
export function nextCallWindow(now: Date, zone: Zone): CallWindow {
  const local = new TZDate(now.getTime(), zone.id);
  const hour = local.getHours();
  if (isWeekday(local) && hour >= OFFICE_OPENS && hour < OFFICE_CLOSES) {
    return { callAt: local, officeOpen: true };
  }
  let day = local;
  let opening = openingOn(day, zone);
  while (opening.getTime() <= local.getTime() || !isWeekday(opening)) {
    day = addDays(day, 1);
    opening = openingOn(day, zone);
  }
  return { callAt: opening, officeOpen: false };
}

function openingOn(day: TZDate, zone: Zone): TZDate {
  return new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), OFFICE_OPENS, 0, 0, zone.id);
}

/** What to do first, given the notice and the call window (see `AdviceKind`). */
export function decideAdvice(notice: Notice, call: CallWindow): AdviceKind {
  if (notice.status !== 'ok') return 'short';
  if (call.officeOpen) return 'call-now';
  return call.callAt.getTime() <= notice.deadline.getTime() ? 'call-at' : 'write-first';
}
