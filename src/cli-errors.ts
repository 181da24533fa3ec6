import type { CommanderError } from 'commander';
import { UsageError } from './core/errors.js';
import { modeFromFlags } from './core/gate.js';
import { COMMANDER_ERRORS as SAY, seeHelp } from './locales/help.js';

/** Words said as a usage error: what is wrong, and the hint. */
const usage = ({ what, hint }: { what: string; hint: string }) => new UsageError(what, hint);

// Control, format and separator characters: echoed back as \u{…}, so an error line never
// carries an escape sequence or a bidi override onto the terminal.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** `text` safe to echo on a terminal, invisible characters spelled out. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)?.toString(16)}}`);
}

/** The long flag (or the short one) in Commander's flags string: "-c, --copy [how]" → "--copy". */
function flagName(flags: string): string {
  return /--[\w-]+/.exec(flags)?.[0] ?? /-\w/.exec(flags)?.[0] ?? flags;
}

/** A flag that needs a value got none: the same words whether it ended the line or a flag followed. */
export function missingValue(flag: string, example: string | undefined): UsageError {
  return usage(SAY.missingValue(flag, example));
}

/** What each part of Commander's error messages says (Commander 14's wording). */
const UNKNOWN_OPTION = /^error: unknown option '([\s\S]*)'(?:\n\(Did you mean (.+)\?\))?$/;
const MISSING_ARGUMENT = /^error: option '(.+)' argument missing$/;
const INVALID_CHOICE =
  /^error: option '(.+?)' argument '([\s\S]*)' is invalid\. Allowed choices are (.+)\.$/;
const CONFLICT = /^error: option '(.+)' cannot be used with option '(.+)'$/;

/** Where the error happened: the words of each flag's example, and the operands given. */
export interface ErrorContext {
  /** "profile" for the subcommand, undefined for the main command. */
  command?: string;
  examples: Readonly<Record<string, string>>;
  operands: readonly string[];
}

/**
 * Commander's own error as one line `<what> (<hint>)`: a suggestion goes
 * inside the hint, a contradicting --sure and --reschedule gets the gate's reason.
 */
export function usageErrorOf(error: CommanderError, context: ErrorContext): UsageError {
  const help = seeHelp(context.command);
  const message = error.message;
  let match: RegExpExecArray | null;
  switch (error.code) {
    case 'commander.unknownOption':
      if ((match = UNKNOWN_OPTION.exec(message))) {
        const [, flag = '', suggestion] = match;
        return usage(SAY.unknownOption(printable(flag), suggestion, help));
      }
      break;
    case 'commander.optionMissingArgument':
      if ((match = MISSING_ARGUMENT.exec(message))) {
        const flag = flagName(match[1] ?? '');
        return missingValue(flag, context.examples[flag]);
      }
      break;
    case 'commander.invalidArgument':
      if ((match = INVALID_CHOICE.exec(message))) {
        const [, flags = '', value = '', choices = ''] = match;
        return usage(SAY.invalidChoice(flagName(flags), printable(value), choices.split(', ')));
      }
      break;
    case 'commander.conflictingOption':
      if ((match = CONFLICT.exec(message))) {
        const [one, other] = [flagName(match[1] ?? ''), flagName(match[2] ?? '')];
        // The gate's own words: the article's reason to reschedule rather than cancel.
        if ([one, other].includes('--sure')) modeFromFlags(true, true);
        return usage(SAY.conflict(one, other));
      }
      break;
    case 'commander.excessArguments': {
      const [first = ''] = context.operands;
      return usage(SAY.excessArgument(printable(first), help));
    }
  }
  return new UsageError(printable(message.replace(/^error: /, '')), help);
}
