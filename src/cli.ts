import { Command, CommanderError, Option } from 'commander';
import { helpEpilogue, PROFILE_HELP } from './cli-help.js';
import { missingValue, usageErrorOf } from './cli-errors.js';
import { REASON_KEYS } from './core/reasons.js';
import { CHANNELS, FORMATS, type Answers, type CopyHow } from './core/types.js';
import { isTerminal } from './stdio.js';

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
  /** `false` with --no-profile: the saved profile is neither read nor offered. */
  profile: boolean;
}

/** The details a profile holds, as typed after `batal-wawancara profile`. */
export type ProfileFlags = Partial<Record<'name' | 'phone' | 'email' | 'lang', string>>;

/** What `batal-wawancara profile` was asked to do. */
export type ProfileCommand =
  { action: 'show' } | { action: 'clear' } | { action: 'save'; values: ProfileFlags };

/** The result of parsing: a run, the profile command, or help/version already printed. */
export type Parsed =
  | { kind: 'run'; line: CommandLine }
  | { kind: 'profile'; command: ProfileCommand }
  | { kind: 'done' };

/** One flag: Commander's flags, its help line, and a value that shows how to give it. */
interface Flag {
  flags: string;
  help: string;
  example?: string;
  choices?: readonly string[];
  preset?: string;
  conflicts?: string;
  repeat?: boolean;
}

const NAME: Flag = {
  flags: '--name <name>',
  help: 'your name (asked if missing)',
  example: '"Budi Santoso"',
};
const PHONE: Flag = {
  flags: '--phone <number>',
  help: 'your phone number',
  example: '0812-3456-7890',
};
const EMAIL: Flag = {
  flags: '--email <address>',
  help: 'your email address (the From: of --format eml)',
  example: 'budi@example.com',
};
const LANG: Flag = {
  flags: '-l, --lang <id|en>',
  help: 'language of questions and messages (default id)',
  example: 'en',
};

/** The flags of the main command, by help group (SPEC §4). */
const GROUPS: readonly (readonly [string, readonly Flag[]])[] = [
  [
    'The interview:',
    [
      {
        flags: '--company <name>',
        help: 'the company (asked if missing)',
        example: '"PT Maju Jaya"',
      },
      { flags: '--role <title>', help: 'the position you applied for', example: '"Analis Data"' },
      {
        flags: '--interviewer <name>',
        help: 'the recruiter or interviewer',
        example: '"Sari Wulandari"',
      },
      {
        flags: '--honorific <bapak|ibu>',
        help: 'how to address them in Indonesian',
        example: 'ibu',
      },
      {
        flags: '--at <datetime>',
        help: 'date and time, zone optional (asked if missing)',
        example: '"2026-11-27 10:00 WIB"',
      },
      {
        flags: '--tz <zone>',
        help: 'zone for --at: WIB, WITA, WIT, +07:00, IANA name',
        example: 'WITA',
      },
      {
        flags: '--reason <key>',
        help: `${REASON_KEYS.join(', ')} (asked if missing)`,
        example: 'offer',
      },
      {
        flags: '--reason-text <text>',
        help: 'your own sentence about the reason',
        example: '"Saya pindah ke Surabaya."',
      },
      {
        flags: '--sure',
        help: 'I am 100% sure: cancel (asked if missing)',
        conflicts: 'reschedule',
      },
      { flags: '--reschedule', help: 'ask for another time instead of cancelling' },
      {
        flags: '--slot <datetime>',
        help: 'a new time to propose (repeatable, up to 3)',
        example: '"2026-12-02 10:00"',
        repeat: true,
      },
    ],
  ],
  [
    'You:',
    [NAME, PHONE, EMAIL, { flags: '--no-profile', help: 'ignore the saved profile this time' }],
  ],
  [
    'The recruiter:',
    [
      {
        flags: '--to <address>',
        help: "the recruiter's email (To: of eml and mailto)",
        example: 'hr@example.com',
      },
      {
        flags: '--recruiter-phone <n>',
        help: "the recruiter's phone (call script, wa.me link)",
        example: '0811-2233-4455',
      },
    ],
  ],
  [
    'Output:',
    [
      LANG,
      {
        flags: '--channel <list>',
        help: `${CHANNELS.join(',')} (default all; reschedule: all but linkedin)`,
        example: 'email,sms',
      },
      {
        flags: '--format <f>',
        help: `${FORMATS.join(' | ')} (default text)`,
        choices: FORMATS,
        example: 'json',
      },
      {
        flags: '-c, --copy [how]',
        help: 'to the clipboard, not stdout (how: auto, osc52)',
        choices: ['auto', 'osc52'],
        preset: 'auto',
      },
      { flags: '--no-color', help: 'no colours' },
    ],
  ],
  [
    'Other:',
    [
      { flags: '-y, --yes', help: 'never ask; fail on anything missing' },
      { flags: '--demo', help: 'render a sample, without questions (try it out)' },
      {
        flags: '--now <datetime>',
        help: 'the current time, for reproducible output',
        example: '"2026-11-25 09:00 WIB"',
      },
    ],
  ],
];

const PROFILE_FLAGS: readonly Flag[] = [
  { ...NAME, help: 'your name' },
  PHONE,
  { ...EMAIL, help: 'your email address' },
  { ...LANG, help: 'your language: id or en' },
  { flags: '--clear', help: 'delete the saved profile', conflicts: 'name phone email lang' },
];

/** The example value of every flag, for "missing its value" errors. */
const EXAMPLES: Readonly<Record<string, string>> = Object.fromEntries(
  [...GROUPS.flatMap(([, flags]) => flags), ...PROFILE_FLAGS]
    .filter((f) => f.example)
    .map((f) => [/--[\w-]+/.exec(f.flags)?.[0] ?? f.flags, f.example ?? '']),
);

/** How the help is laid out: flags without a short form aligned under the long ones. */
const HELP_LAYOUT = {
  sortOptions: false,
  optionTerm: (option: Option) => (option.short ? option.flags : `    ${option.flags}`),
  optionDescription: (option: Option) => option.description,
};

interface Output {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * A value that is itself a flag (`--name --reschedule`) means the value was left
 * out: an error naming the flag, not a message signed "--reschedule".
 */
function valueOf(flag: Flag, known: () => Set<string>) {
  const long = /--[\w-]+/.exec(flag.flags)?.[0] ?? flag.flags;
  return (value: string, previous: unknown): unknown => {
    if (known().has(value.split('=')[0] ?? '') || /^--[a-z]/i.test(value)) {
      throw missingValue(long, flag.example);
    }
    return flag.repeat ? [...((previous as string[] | undefined) ?? []), value] : value;
  };
}

function addFlags(command: Command, flags: readonly Flag[], known: () => Set<string>): void {
  for (const flag of flags) {
    const option = new Option(flag.flags, flag.help);
    if (flag.choices) option.choices(flag.choices);
    else if (option.required) option.argParser(valueOf(flag, known));
    if (flag.preset) option.preset(flag.preset);
    if (flag.conflicts) option.conflicts(flag.conflicts.split(' '));
    command.addOption(option);
  }
}

/** The Commander program and its `profile` command (no work in the actions: parsing only). */
export function makeProgram(version: string, output: Output): Command {
  const program = new Command('batal-wawancara')
    .description(
      'Cancel — or better, reschedule — a job interview the professional way: ' +
        'call first, then voicemail, email and text, at least 24 hours ahead.',
    )
    .configureOutput({
      writeOut: output.out,
      writeErr: () => {}, // errors are reported once, by the caller
      outputError: () => {},
      // Wider terminals still get 80 columns; the stdout stream is built only for a terminal.
      getOutHelpWidth: () => (isTerminal(1) ? Math.min(process.stdout.columns || 80, 80) : 80),
    })
    .configureHelp(HELP_LAYOUT)
    .exitOverride()
    .allowExcessArguments(false)
    .enablePositionalOptions()
    .helpCommand(false);

  let flags: Set<string> | undefined;
  const known = () =>
    (flags ??= new Set(
      [...program.options, ...program.commands.flatMap((c) => c.options)].flatMap((o) =>
        [o.short, o.long].filter((f): f is string => !!f),
      ),
    ));
  for (const [heading, group] of GROUPS) {
    program.optionsGroup(heading);
    addFlags(program, group, known);
  }
  program
    .version(version, '-V, --version', 'print the version (also -v)')
    .helpOption('-h, --help', 'show this help')
    .addOption(new Option('-v').hideHelp())
    .on('option:v', () => {
      // -v, the way Commander's own --version ends: print, then stop parsing.
      output.out(`${version}\n`);
      throw new CommanderError(0, 'commander.version', version);
    })
    .addHelpText('after', () => helpEpilogue());

  const profile = program
    .command('profile')
    .description(PROFILE_HELP.summary)
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', () => PROFILE_HELP.after);
  profile.optionsGroup('Options:');
  addFlags(profile, PROFILE_FLAGS, known);
  return program;
}

/** Commander's view of the flags: the answers under their flag names, plus how to run. */
type RawOptions = Omit<Answers, 'mode' | 'slots' | 'channels'> & {
  slot?: string[];
  channel?: string;
  sure?: boolean;
  reschedule?: boolean;
  copy?: CopyHow;
  yes?: boolean;
  demo?: boolean;
  color: boolean;
  profile: boolean;
};

/**
 * Parses argv (as in `process.argv`). Help and version are printed by
 * Commander; its errors become `UsageError`s (exit 2).
 */
export function parseCommandLine(argv: string[], version: string, write: Output): Parsed {
  const program = makeProgram(version, write);
  const profile = program.commands[0] as Command;
  const chosen = { profile: false };
  profile.action(() => {
    chosen.profile = true;
  });
  program.action(() => {});
  let failed: Command = program;
  profile.exitOverride((error) => {
    failed = profile;
    throw error;
  });
  try {
    program.parse(argv);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') {
      return { kind: 'done' };
    }
    throw usageErrorOf(error, {
      command: failed === profile ? 'profile' : undefined,
      examples: EXAMPLES,
      operands: failed.args,
    });
  }
  if (chosen.profile) return { kind: 'profile', command: profileCommand(profile) };

  const {
    slot,
    channel,
    sure,
    reschedule,
    yes,
    demo,
    color,
    reason,
    copy,
    profile: useProfile,
    ...given
  } = program.opts<RawOptions>();
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
      profile: useProfile,
    },
  };
}

function profileCommand(profile: Command): ProfileCommand {
  const { clear, ...values } = profile.opts<ProfileFlags & { clear?: boolean }>();
  if (clear) return { action: 'clear' };
  return Object.keys(values).length ? { action: 'save', values } : { action: 'show' };
}
