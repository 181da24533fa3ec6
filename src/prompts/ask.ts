import { input, select } from '@inquirer/prompts';
import type { ColourLevel } from '../colour.js';
import type { Checked } from '../core/problems.js';
import type { Lang } from '../core/types.js';
import { LOCALES, sayProblem, type PromptWords } from '../locales/index.js';
import { Interrupted, isPromptExit } from '../report.js';
import { noteStyle, promptTheme, type NoteStyle, type PromptTheme } from './theme.js';

/** One choice of a select question. */
export interface Choice<T> {
  value: T;
  name: string;
  /** What the answered question shows, when `name` is long. */
  short?: string;
}

/** What the questions need from the outside world. */
export interface PromptIo {
  stdin: NodeJS.ReadableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

/** The terminal a question is asked on: Inquirer reads `input` and draws on `output`. */
export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  colour: ColourLevel;
  signal?: AbortSignal;
}

/**
 * What a question needs: the two Inquirer prompts bound to the terminal and the
 * theme, the words of one language, and a way to write a note between questions.
 */
export interface Ask {
  lang: Lang;
  locale: PromptWords;
  style: NoteStyle;
  text(config: {
    message: string;
    default?: string;
    validate: (value: string) => true | string;
  }): Promise<string>;
  choose<T>(config: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  /** A line on the terminal (stderr), never on stdout. */
  note(line: string): void;
}

/** Ctrl+C in a question becomes an `Interrupted` that remembers the question's language. */
function stoppedIn(lang: Lang): (error: unknown) => never {
  return (error) => {
    throw isPromptExit(error) ? new Interrupted(lang, { cause: error }) : error;
  };
}

/** Binds Inquirer's `input` and `select` to `terminal`, in `lang`. */
export function makeAsk(terminal: Terminal, lang: Lang): Ask {
  const locale = LOCALES[lang].prompts;
  const theme: PromptTheme = promptTheme(terminal.colour, locale);
  const context = { input: terminal.input, output: terminal.output, signal: terminal.signal };
  return {
    lang,
    locale,
    style: noteStyle(terminal.colour),
    text: (config) => input({ ...config, theme }, context).catch(stoppedIn(lang)),
    choose: <T>(config: { message: string; choices: Choice<T>[]; default?: T }) =>
      select<T>({ ...config, pageSize: 10, loop: false, theme }, context).catch(stoppedIn(lang)),
    note: (line) => {
      terminal.output.write(`${line}\n`);
    },
  };
}

/**
 * An Inquirer `validate` from a core checker: the problem in the user's language,
 * or `true`. An optional question also accepts an empty answer.
 */
export function validator<T>(
  check: (value: string) => Checked<T>,
  lang: Lang,
  optional = false,
): (value: string) => true | string {
  return (value) => {
    if (optional && !value.trim()) return true;
    const checked = check(value);
    return checked.ok || sayProblem(checked.problem, LOCALES[lang]);
  };
}
