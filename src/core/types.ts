import type { TZDate } from '@date-fns/tz';

/** Languages of prompts and messages. */
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];
/** The language of prompts and messages when none is chosen. */
export const DEFAULT_LANG: Lang = 'id';

/** What the candidate does: withdraw, or ask for another time. */
export type Mode = 'cancel' | 'reschedule';

/** The channels, in the article's order: call, voicemail, email, text, LinkedIn. */
export type Channel = 'phone' | 'voicemail' | 'email' | 'sms' | 'linkedin';
export const CHANNELS: readonly Channel[] = ['phone', 'voicemail', 'email', 'sms', 'linkedin'];

export type Honorific = 'bapak' | 'ibu';
export const HONORIFICS: readonly Honorific[] = ['bapak', 'ibu'];

export type ReasonKey =
  'offer' | 'family' | 'relocation' | 'health' | 'conflict' | 'fit' | 'personal' | 'other';

export type Format = 'text' | 'json' | 'eml' | 'ics' | 'mailto' | 'wa';
// ics beside eml (both answer an invitation); wa stays last, the example an error's hint shows.
export const FORMATS: readonly Format[] = ['text', 'json', 'eml', 'ics', 'mailto', 'wa'];

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
  /** A calendar invitation to read: a file name, or `-` for standard input. */
  invite?: string;
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
  /** `ok`: ≥ 24 h left (exact difference); `short`: less; `past`: none. */
  status: NoticeStatus;
  /** Hours left, rounded down to two decimals (23 h 59 min 59 s is 23.99). */
  hoursLeft: number;
  /** interviewAt − 24 h. */
  deadline: TZDate;
}

/**
 * What to do first (SPEC §3):
 * - `call`: now is inside reachable hours, or the next opening still leaves
 *   ≥ 24 h: call (at `call.callAt`), leave a voicemail if nobody answers, then
 *   send the email and the text — the article's order.
 * - `write`: otherwise: send the email and the text now, then call at
 *   `call.callAt` to make sure they arrived (no call when it is null); the call
 *   script and voicemail then refer to the email already sent.
 */
export type First = 'call' | 'write';

/**
 * When the recruiter can be called. Reachable hours are Monday–Friday
 * 09:00–17:00 in the interview's zone, plus the interview's own day when it
 * falls on a weekend.
 */
export interface CallWindow {
  /**
   * `now` when inside reachable hours, else the next opening (09:00) — but only
   * when that is before the interview starts; otherwise null (no call can reach
   * the recruiter in time). Always in the interview's zone.
   */
  callAt: TZDate | null;
  /** Whether now is inside reachable hours (then `callAt` is now). */
  openNow: boolean;
}

/**
 * The 24-hour verdict and what to do first, decided from the interview's time,
 * its zone and now alone (the question flow shows it before the rest is known).
 */
export interface Verdict {
  /** The interview, in its zone. */
  at: TZDate;
  zone: Zone;
  /** The effective now (`--now` or the clock), in the interview's zone. */
  now: TZDate;
  notice: Notice & { status: 'ok' | 'short' };
  call: CallWindow;
  first: First;
}

/**
 * Everything the messages and the delivery need, decided by core: the verdict
 * (`notice`, `call.callAt`, `first`, `now`) and the checked request.
 * Greetings in the call script and voicemail follow `call.callAt ?? now`.
 */
export interface Plan extends Verdict {
  request: Request;
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
  /** SMS only: the whole text before shortening to fit the segments, for WhatsApp. */
  full?: string;
}

/** What a reply to a calendar invitation repeats from it (RFC 5546), as the invitation wrote it. */
export interface InviteEvent {
  uid: string;
  sequence: number;
  /** The ORGANIZER property line ("ORGANIZER;CN=…:mailto:…"). */
  organizer?: string;
  /** The RECURRENCE-ID property line, when the invitation is for one occurrence. */
  recurrenceId?: string;
  /** The VTIMEZONE components the RECURRENCE-ID refers to, as iCalendar text. */
  timezones: string[];
  summary?: string;
  /** The event's length, kept for a proposed new time. */
  durationSeconds: number;
}

/** An invitation to reply to: its event, and the email it came in (the reply threads to it). */
export interface InviteReply {
  event: InviteEvent;
  /** The invitation email's Message-ID ("<…@…>"). */
  messageId?: string;
  /** The invitation email's Subject. */
  subject?: string;
}
