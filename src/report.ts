import { UsageError } from './core/errors.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

/**
 * Turns any error into one line on stderr and an exit code: UsageError → 2,
 * Ctrl+C in a prompt (Inquirer's ExitPromptError) → 130, anything else → 1,
 * with the stack only when DEBUG names batal-wawancara.
 */
export function reportError(
  error: unknown,
  stderr: NodeJS.WritableStream,
  env: Record<string, string | undefined>,
): number {
  const debug = /(^|,)\s*(batal-wawancara|\*)\s*(,|$)/.test(env.DEBUG ?? '');
  if (error instanceof UsageError) {
    const hint = error.hint ? ` (${error.hint})` : '';
    stderr.write(`batal-wawancara: ${error.message}${hint}\n`);
    return EXIT_USAGE;
  }
  if (
    error instanceof Error &&
    (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')
  ) {
    stderr.write('\nbatal-wawancara: cancelled\n');
    return EXIT_INTERRUPTED;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`batal-wawancara: unexpected failure: ${message}\n`);
  if (debug && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  else stderr.write('Run again with DEBUG=batal-wawancara for details.\n');
  return EXIT_FAILURE;
}
