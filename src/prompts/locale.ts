import type { Channel, Lang, ReasonKey } from '../core/types.js';
import { LOCALE_EN } from './locale-en.js';
import { LOCALE_ID } from './locale-id.js';

/** Every word the question flow shows, in one language. Both files hold the same keys. */
export interface Locale {
  /** Suffix of a question that may be left empty. */
  optional: string;
  /** The select prompt's key help: [keys, what they do]. */
  keys: { navigate: string; select: string };
  company: string;
  role: string;
  interviewer: string;
  honorific: {
    message: (interviewer: string) => string;
    bapak: string;
    ibu: string;
    unknown: string;
  };
  /** The interview date-time question; `zone` is the default zone's label ("WIB"). */
  at: (zone: string) => string;
  reason: string;
  reasons: Record<ReasonKey, string>;
  reasonText: { optional: string; required: string };
  gate: {
    message: string;
    sure: string;
    unsure: string;
    stillWanted: string;
    /** The article's reason, in one sentence, shown when the user is not sure. */
    why: string;
    choose: string;
    reschedule: string;
    cancel: string;
  };
  /** The n-th proposed new time (1-based); after the first, an empty answer ends the list. */
  slot: (n: number, zone: string) => string;
  name: string;
  phone: string;
  email: string;
  to: string;
  /** The recruiter's email when `--format eml` needs it. */
  toRequired: string;
  recruiterPhone: string;
  copy: { message: string; none: string; channels: Record<Channel, string>; emailBodyOnly: string };
  /** The interview's zone, asked when neither the answer nor the computer gives an Indonesian one. */
  zone: {
    /** The date question when the zone may be typed in the answer, else is asked next. */
    at: string;
    /** `system` is the computer's zone ("UTC"), or empty when it cannot be read. */
    message: (system: string) => string;
    wib: string;
    wita: string;
    wit: string;
    /** The computer's own zone, offered too. */
    system: (zone: string) => string;
    other: string;
    otherMessage: string;
  };
  /** The choice after the plan is printed (SPEC §10). */
  whatNext: {
    message: string;
    copy: string;
    /** `to` is the recruiter's address, or empty. */
    mailto: (to: string) => string;
    /** `phone` is the recruiter's number as shown, or empty. */
    wa: (phone: string) => string;
    eml: string;
    /** Shown with an invitation (`--invite`). */
    ics: string;
    done: string;
    /** The recruiter's address, asked when the .eml file needs it. */
    toForEml: string;
    /** The first word of a saved file's name ("wawancara-pt-maju-jaya.eml"). */
    fileName: string;
    saved: (path: string) => string;
    saveFailed: (reason: string) => string;
    openingMail: string;
    openingWhatsapp: string;
    /** The link could not be opened: it follows on the next line. */
    notOpened: (cause: string) => string;
    noDisplay: string;
    remote: string;
    openerFailed: (detail: string) => string;
  };
  /** A flag value that cannot be used: the question is asked instead. */
  flagRefused: (flag: string, problem: string) => string;
}

/** The flow's words, by language. */
export const LOCALES: Readonly<Record<Lang, Locale>> = { id: LOCALE_ID, en: LOCALE_EN };

/** The language question comes before a language is chosen: it speaks both. */
export const LANGUAGE_QUESTION = {
  message: 'Bahasa / Language',
  choices: { id: 'Bahasa Indonesia', en: 'English' } satisfies Record<Lang, string>,
};
