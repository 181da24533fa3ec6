import { seeHelp } from './help.js';
import type { CommandLineWords } from './types.js';

/** The article's reason for the gate, in one sentence. */
const GATE_REASON =
  'if you are not 100% sure you no longer want this job, reschedule instead — cancelling takes you out of consideration';
const HELP = seeHelp();
const GIVE_AT = 'give the time with --at instead of --invite';
const GIVE_FLAGS = 'give them as flags, or run in a terminal without --yes to be asked';

/**
 * The command line's own words: usage errors (exit 2) and failures (exit 1),
 * in English whatever --lang says, like Commander's errors and --help, so that
 * a script reads the same line in every run. A refused field uses the English
 * locale's problem words.
 */
export const COMMAND_LINE: CommandLineWords = {
  usage: {
    fieldHint: (p) =>
      p.problem.code === 'past' ? 'give the date and time of an interview still to come' : HELP,
    missing: (p) => ({
      what: `missing ${[...p.flags, ...(p.gate ? ['--sure or --reschedule'] : [])].join(', ')}`,
      hint: p.gate ? `${GIVE_FLAGS}; about the gate: ${GATE_REASON}` : GIVE_FLAGS,
    }),
    'gate-missing': () => ({
      what: `say --sure (cancel) or --reschedule: ${GATE_REASON}`,
      hint: 'add --reschedule, or --sure if you are certain',
    }),
    'gate-both': () => ({
      what: `--sure and --reschedule contradict each other: ${GATE_REASON}`,
      hint: 'give only one',
    }),
    'slot-needs-reschedule': () => ({
      what: '--slot goes with --reschedule',
      hint: 'drop --slot, or add --reschedule',
    }),
    'too-many-slots': (p) => ({
      what: `--slot: propose at most ${p.max} times`,
      hint: `keep the best ${p.max}`,
    }),
    'needs-recipient': (p) => ({
      what: `--format ${p.format} needs --to (the recruiter's email address)`,
      hint: 'add --to hr@company.co.id',
    }),
    'needs-invite': (p) => ({
      what: `--format ${p.format} needs --invite (the invitation to reply to)`,
      hint: 'add --invite invite.ics, or choose another --format',
    }),
    'needs-sender-email': (p) => ({
      what: `--format ${p.format} with --invite needs --email: the calendar reply names you by your address`,
      hint: 'add --email with the address the invitation was sent to',
    }),
    'format-channel': (p) => ({
      what: `--format ${p.format} carries the ${p.channel} message`,
      hint: `add ${p.channel} to --channel`,
    }),
  },
  invite: {
    'not-icalendar': () => ({
      what: '--invite: not an iCalendar invitation (.ics), nor an email carrying one',
      hint: 'give the .ics file, or the invitation email saved as .eml',
    }),
    'no-calendar': () => ({
      what: '--invite: the email carries no calendar invitation (no text/calendar part, no .ics attachment)',
      hint: 'give the email that holds the invitation, or its .ics file',
    }),
    'not-invitation': (p) => ({
      what: `--invite: the calendar is a ${p.method}, not an invitation`,
      hint: 'give the invitation itself (METHOD:REQUEST)',
    }),
    'no-event': () => ({
      what: '--invite: the calendar holds no event',
      hint: "give the interview's invitation",
    }),
    'several-events': (p) => ({
      what: `--invite: the calendar holds ${p.count} events, not one interview`,
      hint: "save the interview's event on its own",
    }),
    recurring: () => ({
      what: '--invite: the event repeats (RRULE or RDATE), an interview happens once',
      hint: GIVE_AT,
    }),
    'all-day': () => ({
      what: '--invite: the event lasts all day and has no start time',
      hint: GIVE_AT,
    }),
    cancelled: () => ({
      what: '--invite: the invitation is cancelled (METHOD:CANCEL or STATUS:CANCELLED)',
      hint: 'the recruiter has already called the interview off',
    }),
    'no-start': () => ({ what: '--invite: the event has no start time (DTSTART)', hint: GIVE_AT }),
    'no-uid': () => ({
      what: '--invite: the event has no UID, so no calendar could match a reply to it',
      hint: GIVE_AT,
    }),
    'unknown-zone': (p) => ({
      what: `--invite: unknown time zone "${p.tzid}", defined nowhere in the file`,
      hint: GIVE_AT,
    }),
    'too-large': (p) => ({
      what: `--invite: ${p.source} is larger than 1 MiB, too large for an invitation`,
      hint: 'give the .ics file or the invitation email itself',
    }),
    'cannot-read': (p) => ({
      what: `--invite: cannot read ${p.path} (${
        p.why === 'missing'
          ? 'no such file'
          : p.why === 'folder'
            ? 'it is a folder'
            : p.why === 'permission'
              ? 'permission denied'
              : p.why
      })`,
      hint: 'give the path of an .ics or .eml file',
    }),
    'stdin-terminal': () => ({
      what: '--invite -: standard input is a terminal, not an invitation',
      hint: 'pipe the invitation in (… < invite.ics), or give its file name',
    }),
    'utc-without-zone': () => ({
      what: '--invite: the invitation gives the time in UTC, and the system time zone (TZ) cannot be read',
      hint: 'give the zone to show it in with --tz, e.g. --tz Asia/Jakarta',
    }),
    begun: (p) => ({
      what: `--invite: the interview in the invitation (${p.at}) has already begun`,
      hint: 'check that this is the right invitation, and --now if you gave it',
    }),
  },
  unexpected: (message) => `unexpected failure: ${message}`,
  details: 'run again with DEBUG=batal-wawancara for details',
  notWritten: (code, message) =>
    `the text could not be written to standard output (${code}: ${message})`,
  profile: {
    shown: 'Profile',
    saved: 'Saved',
    deleted: 'Deleted',
    nothingToDelete: 'No profile to delete',
    none: 'No profile saved',
    saveHint: 'Save one with batal-wawancara profile --name, --phone, --email and --lang.',
  },
  standardInput: 'standard input',
  delivery: {
    notHeaderSafe: (field, problem) => ({
      what: `${field}: cannot go into a mail header`,
      hint: problem,
    }),
    notSingleAddress: (field, value) => ({
      what: `${field}: "${value}" is not a single email address`,
      hint: 'give one address like name@example.com',
    }),
    malformedMessageId: {
      what: '--invite: the invitation email has a malformed Message-ID',
      hint: 'give the invitation as an .ics file instead',
    },
    noOrganizer: {
      what: '--invite: the invitation names no organiser (ORGANIZER) to reply to',
      hint: 'send the message another way, e.g. --format eml',
    },
    notWaPhone: {
      what: 'recruiter-phone: not a phone number wa.me can open',
      hint: 'give it in international form, e.g. +6281234567890, or as 081234567890',
    },
  },
};
