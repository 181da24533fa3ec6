import { Command, CommanderError, Option } from 'commander';
import { helpEpilogue, PROFILE_HELP } from './cli-help.js';
import { missingValue, usageErrorOf } from './cli-errors.js';
import { EXAMPLES, GROUPS, PROFILE_FLAGS, type Flag } from './cli-flags.js';
import { HELP } from './locales/help.js';
import type { Answers, CopyHow } from './core/types.js';
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
    .description(HELP.description)
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
    .version(version, '-V, --version', HELP.version)
    .helpOption('-h, --help', HELP.help)
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
    .helpOption('-h, --help', HELP.help)
    .addHelpText('after', () => PROFILE_HELP.after);
  profile.optionsGroup(HELP.groups.profile);
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
