import { makePlan } from '../../src/core/plan.js';
import type { First, Lang, Plan, Request } from '../../src/core/types.js';
import { CHANNELS } from '../../src/core/types.js';

export const TEMPLATES_ROOT = new URL('../../templates/', import.meta.url);

import { iso } from '../support/time.js';

/** An ISO 8601 time, keeping its offset. */
export { iso };

/** Friday 27 November 2026, 10:00 WIB. */
export const INTERVIEW_AT = '2026-11-27T10:00:00+07:00';
/** Wednesday 25 November 2026, 17:00 WIB: 41 hours ahead, office just closed. */
export const NOW_OK = '2026-11-25T17:00:00+07:00';
/** Thursday 26 November 2026, 14:00 WIB: 20 hours ahead, office open. */
export const NOW_SHORT = '2026-11-26T14:00:00+07:00';

/** A complete request: every optional answer given, two proposed slots. */
export function fullRequest(lang: Lang, overrides: Partial<Request> = {}): Request {
  return {
    lang,
    mode: 'cancel',
    company: 'PT Maju Jaya',
    role: 'Product Designer',
    interviewer: 'Budi Santoso',
    honorific: 'bapak',
    at: iso(INTERVIEW_AT),
    zone: { id: 'Asia/Jakarta' },
    reason: 'offer',
    slots: [iso('2026-11-30T09:00:00+07:00'), iso('2026-12-01T14:00:00+07:00')],
    sender: { name: 'Rina Wijaya', phone: '+6281234567890', email: 'rina@example.com' },
    recruiter: { email: 'budi@majujaya.example', phone: '+6281198765432' },
    channels: [...CHANNELS],
    format: 'text',
    ...overrides,
  };
}

/** Only what is required: no role, interviewer, honorific, phone, email or slots. */
export function minimalRequest(lang: Lang, overrides: Partial<Request> = {}): Request {
  return {
    ...fullRequest(lang),
    role: undefined,
    interviewer: undefined,
    honorific: undefined,
    slots: [],
    sender: { name: 'Rina Wijaya' },
    recruiter: {},
    ...overrides,
  };
}

export interface PlanOptions {
  now?: string;
  /** Defaults to now (the office is open); null: no call can reach the recruiter in time. */
  callAt?: string | null;
  openNow?: boolean;
  first?: First;
}

/**
 * A plan for message tests: the notice is core's own verdict for `now`; the call
 * (when, whether the office is open, what comes first) may be set by the scenario,
 * so a message can be rendered for a moment the notice rules alone would not pick.
 */
export function planFor(request: Request, options: PlanOptions = {}): Plan {
  const now = iso(options.now ?? NOW_OK);
  const decided = makePlan(request, now);
  const callAt =
    options.callAt === null ? null : options.callAt !== undefined ? iso(options.callAt) : now;
  return {
    ...decided,
    call: { callAt, openNow: options.openNow ?? true },
    first: options.first ?? 'call',
  };
}

/** The full request, as a plan with enough notice. */
export const fullPlan = (lang: Lang, overrides: Partial<Request> = {}): Plan =>
  planFor(fullRequest(lang, overrides));

/** The full request with less than 24 hours left. */
export const shortPlan = (lang: Lang, overrides: Partial<Request> = {}): Plan =>
  planFor(fullRequest(lang, overrides), { now: NOW_SHORT });
