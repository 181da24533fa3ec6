// The words of --help and of Commander's rephrased errors, in English (the command line
// speaks English by design, docs/architecture.md). A module of its own, small and apart
// from the languages' files, because --help must start fast: main.ts and cli*.ts load
// this file and no other locale.

/** One line of a two-column help table: the term, then what it means. */
export type HelpRow = readonly [string, string];

/** The hint of a usage error that the help answers. */
export const seeHelp = (command?: string): string =>
  `see 'batal-wawancara${command ? ` ${command}` : ''} --help'`;

/** Examples: what each does, then the command, ready to paste (no "…", no placeholders). */
const EXAMPLES: readonly HelpRow[] = [
  ['Answer a few questions (Indonesian by default):', 'batal-wawancara'],
  ['A sample plan in English, without questions:', 'batal-wawancara --demo --lang en'],
  [
    'The whole plan, without questions:',
    `batal-wawancara --yes --company "PT Maju Jaya" --at "besok 10.00 WIB" \\
  --reason offer --sure --name "Budi Santoso" --phone 0812-3456-7890`,
  ],
  [
    'Ask for another time instead, proposing two:',
    `batal-wawancara --yes --company "PT Maju Jaya" --at "besok 10.00 WIB" \\
  --reason health --reschedule --slot "lusa 10.00" --slot "lusa 14.00" \\
  --name "Budi Santoso" --lang en`,
  ],
  [
    'Send the email with your mail tool:',
    `batal-wawancara --yes --company "PT Maju Jaya" --at "besok 10.00 WIB" \\
  --reason offer --sure --name "Budi Santoso" --email budi@example.com \\
  --to hr@example.com --format eml | msmtp -t`,
  ],
  ['Read one field of the JSON:', `batal-wawancara --demo --format json | jq -r '.notice.advice'`],
  [
    'A WhatsApp link carrying the text message:',
    'batal-wawancara --demo --recruiter-phone 0811-2233-4455 --format wa',
  ],
  ['Put the LinkedIn note on the clipboard:', 'batal-wawancara --demo --channel linkedin --copy'],
  [
    'Save your details once; every later run reads them:',
    `batal-wawancara profile --name "Budi Santoso" --phone 0812-3456-7890 \\
  --email budi@example.com`,
  ],
];

const ENVIRONMENT: readonly HelpRow[] = [
  ['NO_COLOR', 'set and not empty: no colours'],
  ['FORCE_COLOR', '1-3: colours even when piped; 0: none'],
  ['TZ', 'the system time zone, for times given without one'],
  ['XDG_CONFIG_HOME', 'where the profile is kept (default ~/.config)'],
  ['DEBUG', 'DEBUG=batal-wawancara: the stack of an unexpected failure'],
];

const EXIT_CODES: readonly HelpRow[] = [
  ['0', 'done'],
  ['1', 'unexpected failure, or the output could not be written'],
  ['2', 'usage or input error: one line on stderr, nothing on stdout'],
  ['130', 'cancelled with Ctrl+C'],
];

export const HELP = {
  description:
    'Cancel — or better, reschedule — a job interview the professional way: ' +
    'call first, then voicemail, email and text, at least 24 hours ahead.',
  version: 'print the version (also -v)',
  help: 'show this help',

  /** The option groups of --help, in order. */
  groups: {
    interview: 'The interview:',
    you: 'You:',
    recruiter: 'The recruiter:',
    output: 'Output:',
    other: 'Other:',
    profile: 'Options:',
  },

  /** Each flag's description, by its long name. */
  flags: {
    company: 'the company (asked if missing)',
    role: 'the position you applied for',
    interviewer: 'the recruiter or interviewer',
    honorific: 'how to address them in Indonesian',
    at: 'date and time, zone optional (asked if missing)',
    tz: 'zone for --at: WIB, WITA, WIT, +07:00, IANA name',
    reason: (keys: readonly string[]) => `${keys.join(', ')} (asked if missing)`,
    reasonText: 'your own sentence about the reason',
    sure: 'I am 100% sure: cancel (asked if missing)',
    reschedule: 'ask for another time instead of cancelling',
    slot: 'a new time to propose (repeatable, up to 3)',
    invite: 'a calendar invitation (.ics, or an .eml holding one)',
    name: 'your name (asked if missing)',
    phone: 'your phone number',
    email: 'your email address (the From: of --format eml)',
    noProfile: 'ignore the saved profile this time',
    to: "the recruiter's email (To: of eml and mailto)",
    recruiterPhone: "the recruiter's phone (call script, wa.me link)",
    lang: 'language of questions and messages (default id)',
    channel: (channels: readonly string[]) =>
      `${channels.join(',')} (default all; reschedule: all but linkedin)`,
    format: (formats: readonly string[]) => `${formats.join(' | ')} (default text)`,
    copy: 'to the clipboard, not stdout (how: auto, osc52)',
    noColor: 'no colours',
    yes: 'never ask; fail on anything missing',
    demo: 'render a sample, without questions (try it out)',
    now: 'the current time, for reproducible output',
  },

  /** The profile command's own descriptions of the flags it shares. */
  profileFlags: {
    name: 'your name',
    email: 'your email address',
    lang: 'your language: id or en',
    clear: 'delete the saved profile',
  },

  /** The sections after the options (SPEC §4). */
  headings: { examples: 'Examples:', environment: 'Environment:', exitCodes: 'Exit codes:' },

  examples: EXAMPLES,
  environment: ENVIRONMENT,
  exitCodes: EXIT_CODES,

  /** `batal-wawancara profile --help`. */
  profile: {
    summary: 'show, save or clear the details every run reads',
    after: `
Without options, shows the saved profile and where it is kept:
$XDG_CONFIG_HOME/batal-wawancara/profile.json, else
~/.config/batal-wawancara/profile.json. Saving merges with what is saved;
an empty value (--phone "") removes that detail. Flags of a run win over the
profile; --no-profile ignores it for one run.

Examples:
    batal-wawancara profile --name "Budi Santoso" --phone 0812-3456-7890
    batal-wawancara profile --email budi@example.com --lang en
    batal-wawancara profile
    batal-wawancara profile --clear`,
  },
} as const;

/** Commander's own errors, reworded as one line `<what> (<hint>)` (src/cli-errors.ts). */
export const COMMANDER_ERRORS = {
  missingValue: (flag: string, example: string | undefined) => ({
    what: `${flag} is missing its value`,
    hint: `put it right after ${flag}${example ? `, e.g. ${flag} ${example}` : `; ${seeHelp()}`}`,
  }),
  unknownOption: (flag: string, suggestion: string | undefined, help: string) => ({
    what: `unknown option '${flag}'`,
    hint: suggestion ? `did you mean ${suggestion}? ${help}` : help,
  }),
  invalidChoice: (flag: string, value: string, choices: readonly string[]) => {
    const list = [...choices];
    const last = list.pop();
    return {
      what: `${flag}: unknown value "${value}"`,
      hint: `use ${list.length ? `${list.join(', ')} or ${last}` : last}, e.g. ${flag}=${last}`,
    };
  },
  conflict: (one: string, other: string) => ({
    what: `${one} cannot be used with ${other}`,
    hint: 'give only one of them',
  }),
  excessArgument: (first: string, help: string) => ({
    what: `unexpected argument '${first}'`,
    hint: `a value with spaces needs quotes, e.g. --name "Budi Santoso"; ${help}`,
  }),
};
