import type { DateTime } from 'luxon';
import type { AdviceKind, CallWindow, Notice } from './types.js';

export const NOTICE_HOURS = 24;
export const OFFICE_OPENS = 9;
export const OFFICE_CLOSES = 17;

/** How much notice the recruiter gets if contacted at `now`. */
export function checkNotice(interviewAt: DateTime, now: DateTime): Notice {
  const hoursLeft = interviewAt.diff(now, 'hours').hours;
  const deadline = interviewAt.minus({ hours: NOTICE_HOURS });
  if (hoursLeft <= 0) return { status: 'past', hoursLeft, deadline };
  return { status: hoursLeft >= NOTICE_HOURS ? 'ok' : 'short', hoursLeft, deadline };
}

const isWeekday = (t: DateTime): boolean => t.weekday <= 5;

/**
 * When to call: now if the recruiter's office is open (Mon–Fri 09:00–17:00 in
 * the interview's zone), else the next opening.
 */
export function nextCallWindow(now: DateTime, zone: DateTime['zone']): CallWindow {
  const local = now.setZone(zone);
  if (isWeekday(local) && local.hour >= OFFICE_OPENS && local.hour < OFFICE_CLOSES) {
    return { callAt: local, officeOpen: true };
  }
  let opening = local.set({ hour: OFFICE_OPENS, minute: 0, second: 0, millisecond: 0 });
  if (opening <= local) opening = opening.plus({ days: 1 });
  while (!isWeekday(opening)) opening = opening.plus({ days: 1 });
  return { callAt: opening, officeOpen: false };
}

/** What to do first, given the notice and the call window (see `AdviceKind`). */
export function decideAdvice(notice: Notice, call: CallWindow): AdviceKind {
  if (notice.status !== 'ok') return 'short';
  if (call.officeOpen) return 'call-now';
  return call.callAt <= notice.deadline ? 'call-at' : 'write-first';
}
