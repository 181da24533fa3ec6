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
