import type { Channel, Honorific, Mode, ReasonKey } from '../core/types.js';
import type { InputProblem, InviteProblem, Problem } from '../core/problems.js';
import type { ProfileKey } from '../core/profile.js';

/** Words for each variant of a tagged union, keyed by its `code`. */
type ByCode<U extends { code: string }, R> = {
  [K in U['code']]: (p: Extract<U, { code: K }>) => R;
};

/** The language itself: how it is named and which Intl locale formats its dates. */
export interface LanguageWords {
  /** The language's own name, offered by the language question ("Bahasa Indonesia"). */
  name: string;
  /** "Language" in this language: the language question joins them ("Bahasa / Language"). */
  question: string;
  /** The BCP 47 tag Intl formats dates with ("id-ID"). */
  intl: string;
}

/** The words a date is written with, beside what Intl gives ("besok pukul 10.00 WIB"). */
export interface DateWords {
  /** Before the time: "pukul", "at". */
  at: string;
  /** Before a named day, after a verb: "pada", "on". */
  on: string;
  today: string;
  tomorrow: string;
}

/** Every word the question flow shows. */
export interface PromptWords {
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
  /** What the saved profile answered, and the offer to save typed details. */
  profile: {
    details: Record<ProfileKey, string>;
    /** Joins the last two details of a list ("name, phone and email"). */
    and: string;
    taken: (details: string, path: string) => string;
    save: (details: string) => string;
    yes: string;
    no: string;
    saved: (path: string) => string;
  };
}

/** The line that says what an invitation answered ("From the invitation: interview time, …"). */
export interface InvitationWords {
  from: string;
  fields: Record<'at' | 'company' | 'role' | 'interviewer' | 'to' | 'email', string>;
}

/** Why a saved profile cannot be used: one warning, and the run goes on without it. */
export interface ProfileFileWords {
  ignoring: (path: string, why: string) => Said;
  permission: string;
  directory: string;
  notFile: string;
  tooBig: (kib: number) => string;
  unreadable: (detail: string) => string;
  utf8: string;
  json: string;
  notObject: string;
  notText: (key: string) => string;
  /** A detail refused like its flag: `problem` in words. */
  value: (key: string, problem: string) => string;
}

/** Why an answer was refused (core's `Problem` codes), as a prompt or an error shows it. */
export type ProblemWords = ByCode<Problem, string>;

/** One line of a usage error: what is wrong, and how to fix it. */
export interface Said {
  what: string;
  hint: string;
}

/**
 * Usage errors core raises as codes (`InputProblem`). A refused field says
 * "<flag>: <the problem's words>", with `fieldHint` as its hint.
 */
export type UsageWords = ByCode<Exclude<InputProblem, { code: 'field' }>, Said> & {
  fieldHint: (p: { problem: Problem }) => string;
};

/** One-line warnings on stderr (core's `Warning` codes), with the times already in words. */
export interface WarningWords {
  /** How a warning line starts, after the program's name: it is not an error. */
  label: string;
  /** A local time that happens twice: the earlier instant, `chosen`, is used. */
  ambiguousTime: (p: {
    local: string;
    zone: string;
    from: string;
    to: string;
    chosen: string;
  }) => string;
  slotWeekend: (when: string) => string;
  /** In reschedule mode, a reason that would read as weighing other options is not named. */
  reasonNeutralised: (reason: string) => string;
  slotOutsideHours: (when: string) => string;
}

/** The 24-hour verdict and what to do first. */
export interface AdviceWords {
  /** first = call, inside reachable hours. */
  callNow: string;
  /** first = call, at the next opening (still ≥ 24 h ahead). */
  callAt: (when: string) => string;
  /** After a call nobody answered: the article's order. */
  thenWrite: string;
  /** first = write: email and text now (`inTime`: the notice still lands ≥ 24 h ahead)… */
  writeNow: (inTime: boolean) => string;
  /** …then a call at the next opening, to make sure they arrived… */
  thenCall: (when: string) => string;
  /** …or no call at all: no reachable hour comes before the interview. */
  noCall: string;
  /** Less than 24 hours left. */
  apologise: string;
  /** Enough notice: 24 hours or more. */
  hoursLeft: (hours: number) => string;
  enough: (deadline: string) => string;
  /** Short notice: when the interview is, as seen from now ("hari ini pukul 14.00 WIB"). */
  notEnough: (when: string, hours: number) => string;
}

/** The text plan's title, headings (what to send when) and notes. */
export interface PlanWords {
  title: Record<Mode, string>;
  /** What each channel is called in a heading. */
  channel: Record<Channel, string>;
  /** When to send it, after the dash. */
  now: string;
  callNow: string;
  /** Under `write`: a call to make sure the email arrived. */
  callToConfirm: (when: string) => string;
  /** Under `write` with no reachable hour before the interview. */
  callIfReachable: string;
  ifNoAnswer: string;
  afterCall: string;
  linkedin: string;
  subject: string;
  /** Before the recruiter's address (email) or number (text message). */
  to: string;
  segments: (n: number) => string;
  characters: (n: number, limit: number) => string;
}

/** The notes about the clipboard on stderr. */
export interface ClipboardWords {
  copied: string;
  osc52: string;
  fallback: (cause: string) => string;
  /** No clipboard after the plan was written: the text is shown on the terminal instead. */
  shownAbove: (cause: string) => string;
  noDisplay: string;
  noTty: string;
  noTool: string;
  displayUnreachable: (display: string) => string;
}

/** How a run that did not finish is reported to the person at the terminal. */
export interface ReportWords {
  /**
   * Ctrl+C in a question. "Stopped", never "cancelled": in a tool about
   * cancelling an interview, "cancelled" would read as if the interview had been.
   */
  stopped: string;
}

/**
 * The command line's own words, in English whatever `--lang` says (like
 * Commander's errors and --help): the lines a script reads, exit 2 and exit 1.
 */
/** What `batal-wawancara profile` prints: the listing and what was done. */
export interface ProfileCommandWords {
  /** The heading of the saved profile's listing, before its path. */
  shown: string;
  /** The heading of the listing after saving. */
  saved: string;
  deleted: string;
  nothingToDelete: string;
  none: string;
  /** After "none": how to save one. */
  saveHint: string;
}

/** A value that cannot go where a delivery format puts it (a second wall behind the input checks). */
export interface DeliveryWords {
  /** `field`: the detail as the user knows it (to, email, name, subject). */
  notHeaderSafe: (field: string, problem: string) => Said;
  notSingleAddress: (field: string, value: string) => Said;
  malformedMessageId: Said;
  notWaPhone: Said;
  noOrganizer: Said;
}

export interface CommandLineWords {
  usage: UsageWords;
  /** Why `--invite` cannot be used. */
  invite: ByCode<InviteProblem, Said>;
  unexpected: (message: string) => string;
  /** How to see the stack of an unexpected failure. */
  details: string;
  /** The product could not be written to stdout (a full disk, an I/O error). */
  notWritten: (code: string, message: string) => string;
  profile: ProfileCommandWords;
  delivery: DeliveryWords;
  /** How `--invite -` names where it read from (in "… is larger than 1 MiB"). */
  standardInput: string;
}

/** The sample answers of --demo that read in the user's language. */
export interface DemoWords {
  role: string;
}

/** Every word the program says in one language, outside the message templates. */
/* The recruiter's messages: their bodies are the templates (templates/<lang>/); these are
   the words the view puts into them. */
/** What to say about a reason, when withdrawing and when asking for another time. */
export interface ReasonPhrase {
  cancel: string;
  reschedule: string;
}

/** The words a message view needs besides the templates: addresses, greetings, reasons. */
export interface MessageWords {
  /** The written addressee ("Yth. …", "Dear …") when there is no interviewer name. */
  recruitingTeam(company: string): string;
  /** The honorific before a name: in a letter ("Ibu Sari Wulandari") and in speech or chat. */
  honorific: Record<Honorific, { written: string; spoken: string; chat: string }> | null;
  /** The written second person when the honorific is unknown ("Bapak/Ibu"); English "you". */
  anyone: string;
  /** A greeting for the hour of the day in the interview's zone. */
  greeting(hour: number): string;
  /** The last words of a call or a voicemail, fitting the hour. */
  farewell(hour: number): string;
  /**
   * How a text opens: with the greeting for the hour when it is sent now, else without
   * one; `chatName` is who it greets ("Bu Sari", "Sarah", or "").
   */
  textOpening(greeting: string | undefined, chatName: string): string;
  /** `null` where the reason says nothing by itself (`other`: the user's sentence is it). */
  reasons: Record<ReasonKey, ReasonPhrase | null>;
}

export interface Locale {
  message: MessageWords;
  language: LanguageWords;
  dates: DateWords;
  prompts: PromptWords;
  problems: ProblemWords;
  warnings: WarningWords;
  profileFile: ProfileFileWords;
  invitation: InvitationWords;
  advice: AdviceWords;
  plan: PlanWords;
  clipboard: ClipboardWords;
  report: ReportWords;
  demo: DemoWords;
}
