import { Command, CommanderError, Option } from 'commander';
import { UsageError } from './core/errors.js';
import type { Answers, CopyHow } from './core/types.js';

/** What the command line says: the answers it gives and how to run. */
export interface CommandLine {
  answers: Answers;
  sure: boolean;
  reschedule: boolean;
  yes: boolean;
  demo: boolean;
  /** `undefined` when the output goes to stdout. */
  copy?: CopyHow;
  /** `false` with --no-color. */
  color: boolean;
}

const EXAMPLES = `
Examples:
  $ npx batal-wawancara
      answer a few questions (Indonesian by default; --lang en for English)

  $ batal-wawancara --demo --lang en
      a sample plan, without questions

  $ batal-wawancara --yes --company "PT Maju Jaya" --at "2026-11-27 10:00 WIB" \\
      --reason offer --sure --name "Budi Santoso" --phone 0812-3456-7890
      the whole plan: call script, voicemail, email, text message, LinkedIn note

  $ batal-wawancara … --reschedule --reason health --slot "2026-12-02 10:00" --slot "3/12/2026 14.00"
      ask for another time instead of cancelling

  $ batal-wawancara … --email budi@example.com --to hr@majujaya.co.id --format eml | msmtp -t
      send the email with your mail tool

  $ batal-wawancara --invite invite.ics --reason offer --sure \\
      --name "Budi Santoso" --format eml | msmtp -t
      answer a calendar invitation (the email carries the calendar reply)

  $ batal-wawancara … --channel email --format json | jq -r '.messages[0].subject'
      read fields from the JSON

  $ batal-wawancara … --recruiter-phone 0811-2233-4455 --format wa
      a WhatsApp link carrying the text message

  $ batal-wawancara … --channel linkedin --copy
      put the LinkedIn note on the clipboard
`;

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The Commander program (no actions: parsing only). */
export function makeProgram(version: string): Command {
  return new Command('batal-wawancara')
    .description(
      'Cancel — or better, reschedule — a job interview the professional way: call first, ' +
        'then voicemail, email and text, at least 24 hours ahead.',
    )
    .version(version, '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addOption(
      new Option('-l, --lang <lang>', 'language of prompts and messages: id or en (default id)'),
    )
    .option('--company <name>', 'company (required)')
    .option('--role <title>', 'position applied for')
    .option('--interviewer <name>', 'recruiter / interviewer name')
    .option('--honorific <bapak|ibu>', 'Indonesian honorific for the interviewer')
    .option(
      '--at <datetime>',
      'interview date and time (required), optional zone: "2026-11-27 10:00 WIB"',
    )
    .option('--tz <zone>', 'interview time zone when --at has none (WIB, WITA, WIT, +07:00, IANA)')
    .option('--now <datetime>', 'the current time (for reproducible output)')
    .option(
      '--reason <key>',
      'offer, family, relocation, health, conflict, fit, personal, other (required)',
    )
    .option('--reason-text <text>', 'your own sentence about the reason')
    .option('--sure', 'I am 100% sure: cancel')
    .option('--reschedule', 'reschedule instead of cancelling')
    .option('--slot <datetime>', 'a proposed new time (repeatable; reschedule)', collect)
    .option('--name <name>', 'your name (required)')
    .option('--phone <number>', 'your phone number')
    .option('--email <address>', 'your email address (From: of --format eml)')
    .option('--to <address>', "recruiter's email (To: of eml and mailto)")
    .option('--recruiter-phone <n>', "recruiter's phone (for the call script, wa.me link)")
    .option('--invite <file|->', 'an invitation (.ics, or an .eml carrying one) to read')
    .option('--channel <list>', 'phone,voicemail,email,sms,linkedin (default: all, in that order)')
    .option('--format <f>', 'text | json | eml | mailto | wa | ics (default text)')
    .option(
      '-c, --copy [how]',
      'copy the output to the clipboard instead of stdout (auto or osc52)',
    )
    .option('-y, --yes', 'never prompt; fail on anything missing')
    .option('--demo', 'fill every answer with a sample and render (try it out)')
    .option('--no-color', 'no colours')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .allowExcessArguments(false);
}

/** Commander's view of the flags: the answers under their flag names, plus how to run. */
type RawOptions = Omit<Answers, 'mode' | 'slots' | 'channels'> & {
  slot?: string[];
  channel?: string;
  sure?: boolean;
  reschedule?: boolean;
  copy?: string | boolean;
  yes?: boolean;
  demo?: boolean;
  color: boolean;
};

/** The result of parsing: either a command line to run, or help/version already printed. */
export type Parsed = { kind: 'run'; line: CommandLine } | { kind: 'done' };

/**
 * Parses argv (as in `process.argv`). Help and version are printed by
 * Commander; its errors become `UsageError`s (exit 2).
 */
export function parseCommandLine(
  argv: string[],
  version: string,
  write: { out: (s: string) => void; err: (s: string) => void },
): Parsed {
  const program = makeProgram(version).configureOutput({
    writeOut: write.out,
    writeErr: () => {}, // errors are reported once, by the caller
    outputError: () => {},
  });
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') {
        return { kind: 'done' };
      }
      throw new UsageError(error.message.replace(/^error: /, ''), "see 'batal-wawancara --help'");
    }
    throw error;
  }
  const {
    slot,
    channel,
    sure,
    reschedule,
    yes,
    demo,
    color,
    reason,
    copy: how,
    ...given
  } = program.opts<RawOptions>();
  let copy: CopyHow | undefined;
  if (how === true || how === 'auto') copy = 'auto';
  else if (how === 'osc52') copy = 'osc52';
  else if (how !== undefined && how !== false) {
    throw new UsageError(`--copy: unknown way "${how}"`, 'use --copy, --copy=auto or --copy=osc52');
  }
  const answers: Answers = {
    ...given,
    reason: reason?.trim().toLowerCase(),
    slots: slot,
    channels: channel,
  };
  // Drop what was not given, so that later layers can merge answers with `...`.
  for (const key of Object.keys(answers) as (keyof Answers)[]) {
    if (answers[key] === undefined) delete answers[key];
  }
  return {
    kind: 'run',
    line: {
      answers,
      sure: sure === true,
      reschedule: reschedule === true,
      yes: yes === true,
      demo: demo === true,
      copy,
      color,
    },
  };
}
