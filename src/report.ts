import { InputError, UsageError } from './core/errors.js';
import { printable } from './cli-errors.js';
import { LANGS, type Lang } from './core/types.js';
import { COMMAND_LINE, LOCALES, sayInput } from './locales/index.js';
import { OutputError } from './stdio.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

/**
 * The user stopped a question (Ctrl+C, Ctrl+D): reported in the language it was
 * asked in, or in every language before one is chosen (the language question
 * speaks them all). Exit 130.
 */
export class Interrupted extends Error {
  override name = 'Interrupted';
  constructor(
    readonly lang: Lang | undefined,
    options?: { cause?: unknown },
  ) {
    super('interrupted', options);
  }
}

/** Whether `error` is Inquirer's way of saying the user stopped a question (Ctrl+C, Ctrl+D). */
export function isPromptExit(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')
  );
}

/** Where the report goes. */
export interface ReportIo {
  /** Writes to stderr; a failure to write must not throw. */
  write: (text: string) => void;
  env: Record<string, string | undefined>;
}

/**
 * Turns any error into one line on stderr and an exit code: a usage error
 * (UsageError, or core's InputError put into words) → 2, Ctrl+C in a question
 * → 130, output that could not be written → 1, anything else → 1 with the
 * stack only when DEBUG names batal-wawancara. The lines a script reads (exit 2
 * and 1) are the command line's, in English; the Ctrl+C line is said to the
 * person at the terminal, in the question's language. A failure to write the
 * line itself changes nothing.
 */
export function reportError(error: unknown, io: ReportIo): number {
  const say = (line: string) => io.write(`batal-wawancara: ${printable(line)}\n`);
  if (error instanceof UsageError) {
    say(`${error.message} (${error.hint})`);
    return EXIT_USAGE;
  }
  if (error instanceof InputError) {
    const said = sayInput(error.problem);
    say(`${said.what} (${said.hint})`);
    return EXIT_USAGE;
  }
  if (error instanceof Interrupted || isPromptExit(error)) {
    const lang = error instanceof Interrupted ? error.lang : undefined;
    const langs = lang ? [lang] : LANGS;
    // The prompt leaves the cursor on its line.
    io.write(`\nbatal-wawancara: ${langs.map((l) => LOCALES[l].report.stopped).join(' / ')}\n`);
    return EXIT_INTERRUPTED;
  }
  if (error instanceof OutputError) {
    say(COMMAND_LINE.notWritten(error.code, error.message));
    return EXIT_FAILURE;
  }
  const message = error instanceof Error ? error.message : String(error);
  const debug = /(^|,)\s*(batal-wawancara|\*)\s*(,|$)/.test(io.env.DEBUG ?? '');
  const unexpected = COMMAND_LINE.unexpected(message);
  say(debug ? unexpected : `${unexpected} (${COMMAND_LINE.details})`);
  if (debug && error instanceof Error && error.stack) io.write(`${error.stack}\n`);
  return EXIT_FAILURE;
}
