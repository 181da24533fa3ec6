import type { Plan } from '../core/types.js';
import { formatWhen, inZone } from './dates.js';
import { joinAlternatives, PHRASES, reasonSentence } from './phrases.js';
import { displayPhone } from './phone-number.js';

/**
 * What the templates may use. Every key is always present (empty string or false when
 * the answer is missing), in both languages, so a template can test it as a section.
 */
export interface MessageView {
  /** The sender. */
  name: string;
  phone: string;
  email: string;
  company: string;
  role: string;
  /** Written addressee: "Bapak Budi Santoso" / "Tim Rekrutmen PT Maju" / "PT Maju Hiring Team". */
  addressee: string;
  /** Who a call or note greets: "Bapak Budi Santoso", "Bapak/Ibu"; English: the name or "". */
  callee: string;
  /** Second person: "Bapak" / "Ibu" / "Bapak/Ibu"; English "you". */
  you: string;
  /** "Selamat pagi" / "Good morning", for the time the call is made. */
  greeting: string;
  /** The interview: "Jumat, 27 November 2026 pukul 10.00 WIB". */
  when: string;
  cancel: boolean;
  reschedule: boolean;
  /** Less than 24 hours' notice. */
  short: boolean;
  /** The reason in one or two sentences; may be empty. */
  reason: string;
  /** Proposed new times, each formatted like `when`. */
  slots: { slot: string }[];
  hasSlots: boolean;
  /** The proposed times in one phrase: "A atau B". */
  slotList: string;
}

/** The Mustache view for a plan, in the plan's language. */
export function buildView(plan: Plan): MessageView {
  const r = plan.request;
  const phrases = PHRASES[r.lang];
  const interviewer = r.interviewer?.trim() ?? '';
  const slots = r.slots.map((slot) => formatWhen(slot, r.zone, r.lang));
  // The call happens at callAt (now when the office is open); with no call in time, now.
  const callTime = plan.call.callAt ?? plan.now;
  return {
    name: r.sender.name,
    phone: r.sender.phone ? displayPhone(r.sender.phone) : '',
    email: r.sender.email ?? '',
    company: r.company,
    role: r.role?.trim() ?? '',
    addressee: interviewer
      ? phrases.named(interviewer, r.honorific)
      : phrases.recruitingTeam(r.company),
    callee: interviewer
      ? phrases.named(interviewer, r.honorific)
      : phrases.unnamedCallee(r.honorific),
    you: phrases.you(r.honorific),
    greeting: phrases.greeting(inZone(callTime, r.zone).getHours()),
    when: formatWhen(r.at, r.zone, r.lang),
    cancel: r.mode === 'cancel',
    reschedule: r.mode === 'reschedule',
    short: plan.notice.status === 'short',
    reason: reasonSentence(r.lang, r.mode, r.reason, r.reasonText),
    slots: slots.map((slot) => ({ slot })),
    hasSlots: slots.length > 0,
    slotList: joinAlternatives(r.lang, slots),
  };
}
