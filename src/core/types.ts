import type { TZDate } from '@date-fns/tz';

/** Languages of prompts and messages. */
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** What the candidate does: withdraw, or ask for another time. */
export type Mode = 'cancel' | 'reschedule';

/** The channels, in the article's order: call, voicemail, email, text, LinkedIn. */
export type Channel = 'phone' | 'voicemail' | 'email' | 'sms' | 'linkedin';
export const CHANNELS: readonly Channel[] = ['phone', 'voicemail', 'email', 'sms', 'linkedin'];

export type Honorific = 'bapak' | 'ibu';
export const HONORIFICS: readonly Honorific[] = ['bapak', 'ibu'];

export type ReasonKey =
  'offer' | 'family' | 'relocation' | 'health' | 'conflict' | 'fit' | 'personal' | 'other';

export type Format = 'text' | 'json' | 'eml' | 'mailto' | 'wa';
export const FORMATS: readonly Format[] = ['text', 'json', 'eml', 'mailto', 'wa'];

export type CopyHow = 'auto' | 'osc52';

/**
 * What the user said, from flags and prompts, as raw strings: nothing here is
 * checked yet. `validateAnswers` turns it into a `Request`.
 */
export interface Answers {
  lang?: string;
  company?: string;
  role?: string;
  interviewer?: string;
  honorific?: string;
  at?: string;
  tz?: string;
  now?: string;
  reason?: string;
  reasonText?: string;
  mode?: Mode;
  slots?: string[];
  name?: string;
  phone?: string;
  email?: string;
  to?: string;
  recruiterPhone?: string;
  channels?: string;
  format?: string;
}

/** A time zone as the user meant it: IANA name or fixed offset, and how messages show it. */
export interface Zone {
  /** IANA name ("Asia/Jakarta") or a fixed offset ("+07:00"). */
  id: string;
}

/** Checked and parsed answers: everything downstream can trust these. */
export interface Request {
  lang: Lang;
  mode: Mode;
  company: string;
  role?: string;
  interviewer?: string;
  honorific?: Honorific;
  /** The interview, in the interview's zone. */
  at: TZDate;
  zone: Zone;
  reason: ReasonKey;
  reasonText?: string;
  /** Proposed new times (reschedule only), in the interview's zone. */
  slots: TZDate[];
  sender: { name: string; phone?: string; email?: string };
  /** Phone numbers are normalised to international form (+62812…). */
  recruiter: { email?: string; phone?: string };
  channels: Channel[];
  format: Format;
}

export type NoticeStatus = 'ok' | 'short' | 'past';

/** How much notice the recruiter gets if contacted now. */
export interface Notice {
  status: NoticeStatus;
  hoursLeft: number;
  /** interviewAt − 24 h. */
  deadline: TZDate;
}

/**
 * What to do first, in the article's order, given the notice and office hours.
 * - `call-now`: office is open and there is time: call now.
 * - `call-at`: office is closed; the next opening still leaves ≥ 24 h: call then.
 * - `write-first`: the next opening would miss the 24 h mark: send email and
 *   text now so the notice lands in time, then call at `callAt`.
 * - `short`: less than 24 h left: call now (retry at `callAt` if the office is closed),
 *   and every message apologises for the short notice.
 */
export type AdviceKind = 'call-now' | 'call-at' | 'write-first' | 'short';

export interface CallWindow {
  /** now when inside office hours, else the next opening (Mon–Fri 09:00, interview zone). */
  callAt: TZDate;
  officeOpen: boolean;
}

/** Everything the messages and the delivery need, decided by core. */
export interface Plan {
  request: Request;
  now: TZDate;
  notice: Notice & { status: 'ok' | 'short' };
  call: CallWindow;
  advice: AdviceKind;
}

/** One rendered message. */
export interface Message {
  channel: Channel;
  /** Email only. */
  subject?: string;
  body: string;
  /** Characters (code points) of the body. */
  length: number;
  /** LinkedIn only: the connection-note limit (200). */
  limit?: number;
  /** SMS only: number of SMS segments (GSM-7 or UCS-2). */
  segments?: number;
}
