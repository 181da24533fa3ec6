import type { Clock } from '../../../src/core/clock.js';
import { makePlan } from '../../../src/core/plan.js';
import { resolveRequest } from '../../../src/core/request.js';
import type { Answers, Plan } from '../../../src/core/types.js';

/** The run's "now" in these tests: Wednesday 25 November 2026, 09:00 WIB (02:00 UTC). */
export const NOW_TEXT = '2026-11-25 09:00 WIB';

/** A clock for these tests (the runs give --now). */
export const CLOCK: Clock = {
  now: new Date('2026-11-20T12:00:00+07:00'),
  systemZone: 'Asia/Jakarta',
};

/** The flags of a run answering the Google Calendar fixture (Friday 27 November, 10:00 WIB). */
export const GOOGLE_ANSWERS: Answers = {
  company: 'PT Maju Jaya',
  role: 'Analis Data',
  at: '2026-11-27 10:00 Asia/Jakarta',
  reason: 'offer',
  mode: 'cancel',
  name: 'Budi Santoso',
  email: 'budi.santoso@gmail.com',
  to: 'sari.wulandari@majujaya.co.id',
  invite: 'google-calendar.ics',
};

/** The plan core makes of `answers`, at `NOW_TEXT`. */
export function planOf(answers: Answers): Plan {
  const { request, now } = resolveRequest({ ...answers, now: NOW_TEXT }, CLOCK);
  return makePlan(request, now);
}
