import { InputError, UsageError } from './core/errors.js';
import { langOrDefault } from './core/flags.js';
import type { Lang } from './core/types.js';
import { LOCALES, sayInput } from './locales/index.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

/** The user stopped a question (Ctrl+C): reported in the language it was asked in (exit 130). */
export class Interrupted extends Error {
  override name = 'Interrupted';
  constructor(
    readonly lang: Lang,
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

/**
 * Turns any error into one line on stderr and an exit code, in `lang` (the
 * session's language, when known): UsageError and InputError → 2, Ctrl+C in a
 * question → 130 (said in the question's language), anything else → 1, with
 * the stack only when DEBUG names batal-wawancara.
 */
export function reportError(
  error: unknown,
  stderr: NodeJS.WritableStream,
  env: Record<string, string | undefined>,
  lang?: string,
): number {
  const locale = LOCALES[langOrDefault(error instanceof InputError ? (error.lang ?? lang) : lang)];
  const debug = /(^|,)\s*(batal-wawancara|\*)\s*(,|$)/.test(env.DEBUG ?? '');
  const usage = (what: string, hint?: string) => {
    stderr.write(`batal-wawancara: ${what}${hint ? ` (${hint})` : ''}\n`);
    return EXIT_USAGE;
  };
  if (error instanceof UsageError) return usage(error.message, error.hint);
  if (error instanceof InputError) {
    const said = sayInput(error.problem, locale);
    return usage(said.what, said.hint);
  }
  if (error instanceof Interrupted || isPromptExit(error)) {
    const words = error instanceof Interrupted ? LOCALES[error.lang] : locale;
    stderr.write(`\nbatal-wawancara: ${words.report.cancelled}\n`);
    return EXIT_INTERRUPTED;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`batal-wawancara: ${locale.report.unexpected(message)}\n`);
  if (debug && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  else stderr.write(`${locale.report.details}\n`);
  return EXIT_FAILURE;
}
