// The words of --help after the options (SPEC §4): examples that run as written when
// pasted, the environment it reads, the exit codes. Built only when help is asked for.

/** Examples: what each does, then the command, ready to paste (no "…", no placeholders). */
const EXAMPLES: readonly (readonly [string, string])[] = [
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

const ENVIRONMENT: readonly (readonly [string, string])[] = [
  ['NO_COLOR', 'set and not empty: no colours'],
  ['FORCE_COLOR', '1-3: colours even when piped; 0: none'],
  ['TZ', 'the system time zone, for times given without one'],
  ['XDG_CONFIG_HOME', 'where the profile is kept (default ~/.config)'],
  ['DEBUG', 'DEBUG=batal-wawancara: the stack of an unexpected failure'],
];

const EXIT_CODES: readonly (readonly [string, string])[] = [
  ['0', 'done'],
  ['1', 'unexpected failure, or the output could not be written'],
  ['2', 'usage or input error: one line on stderr, nothing on stdout'],
  ['130', 'cancelled with Ctrl+C'],
];

function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([term]) => term.length)) + 2;
  return rows.map(([term, text]) => `  ${term.padEnd(width)}${text}`).join('\n');
}

/** The help text after the options. */
export function helpEpilogue(): string {
  const examples = EXAMPLES.map(
    ([what, command]) => `  ${what}\n${command.replace(/^/gm, '    ')}`,
  ).join('\n\n');
  return `\n${[
    `Examples:\n${examples}`,
    `Environment:\n${table(ENVIRONMENT)}`,
    `Exit codes:\n${table(EXIT_CODES)}`,
  ].join('\n\n')}`;
}

/** The example commands of the help, as they would be pasted (for tests). */
export function helpExamples(): string[] {
  return EXAMPLES.map(([, command]) => command);
}

/** The profile command's words. */
export const PROFILE_HELP = {
  summary: 'show, save or clear the details every run reads',
  get after() {
    return `
Without options, shows the saved profile and where it is kept:
$XDG_CONFIG_HOME/batal-wawancara/profile.json, else
~/.config/batal-wawancara/profile.json. Saving merges with what is saved;
an empty value (--phone "") removes that detail. Flags of a run win over the
profile; --no-profile ignores it for one run.

Examples:
    batal-wawancara profile --name "Budi Santoso" --phone 0812-3456-7890
    batal-wawancara profile --email budi@example.com --lang en
    batal-wawancara profile
    batal-wawancara profile --clear`;
  },
};
