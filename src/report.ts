import { UsageError } from './core/errors.js';
import { printable } from './cli-errors.js';
import type { Lang } from './core/types.js';
import { OutputError } from './stdio.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

/** What is known about the run when it ends: its language, once chosen. */
export interface Session {
  lang?: Lang;
}

/** Where the report goes, and what decides its words. */
export interface ReportIo {
  /** Writes to stderr; a failure to write must not throw. */
  write: (text: string) => void;
  env: Record<string, string | undefined>;
  session: Session;
}

// Ctrl+C is "stopped", never "cancelled": in a tool about cancelling an
// interview, "cancelled" would read as if the interview had been. It is said in
// the session's language; the lines a script may read (exit 1 and 2) stay in
// English, like every usage error.
const STOPPED: Readonly<Record<Lang, string>> = { id: 'dihentikan', en: 'stopped' };
const DEBUG_HINT = 'run again with DEBUG=batal-wawancara for details';

/**
 * Turns any error into one line on stderr and an exit code: UsageError → 2,
 * Ctrl+C in a prompt (Inquirer's ExitPromptError) → 130, output that could not
 * be written → 1, anything else → 1 with the stack only when DEBUG names
 * batal-wawancara. A failure to write the line itself changes nothing.
 */
export function reportError(error: unknown, io: ReportIo): number {
  const say = (line: string) => io.write(`batal-wawancara: ${printable(line)}\n`);
  if (error instanceof UsageError) {
    say(error.hint ? `${error.message} (${error.hint})` : error.message);
    return EXIT_USAGE;
  }
  if (
    error instanceof Error &&
    (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')
  ) {
    // The prompt leaves the cursor on its line. Before a language is chosen the
    // question itself is bilingual, and so is this line.
    const { lang } = io.session;
    const stopped = lang ? STOPPED[lang] : `${STOPPED.id} / ${STOPPED.en}`;
    io.write(`\nbatal-wawancara: ${stopped}\n`);
    return EXIT_INTERRUPTED;
  }
  if (error instanceof OutputError) {
    say(`the text could not be written to standard output (${error.code}: ${error.message})`);
    return EXIT_FAILURE;
  }
  const message = error instanceof Error ? error.message : String(error);
  const debug = /(^|,)\s*(batal-wawancara|\*)\s*(,|$)/.test(io.env.DEBUG ?? '');
  say(`unexpected failure: ${message}${debug ? '' : ` (${DEBUG_HINT})`}`);
  if (debug && error instanceof Error && error.stack) io.write(`${error.stack}\n`);
  return EXIT_FAILURE;
}
