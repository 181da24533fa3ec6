import type { CommandLineWords } from './types.js';

/** The article's reason for the gate, in one sentence. */
const GATE_REASON =
  'if you are not 100% sure you no longer want this job, reschedule instead — cancelling takes you out of consideration';
const HELP = "see 'batal-wawancara --help'";
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
  unexpected: (message) => `unexpected failure: ${message}`,
  details: 'run again with DEBUG=batal-wawancara for details',
  notWritten: (code, message) =>
    `the text could not be written to standard output (${code}: ${message})`,
};
