import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';

// Why not process.stdout and tty.isatty? Building the stdout stream and
// loading node:tty (which loads node:net) cost about 10 ms of a ~180 ms run;
// a scripted render needs neither.

const NULL_DEVICE = process.platform === 'win32' ? undefined : '/dev/null';

/** Whether file descriptor `fd` is a terminal; pipes, files and /dev/null are answered by one stat. */
export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    if (NULL_DEVICE && stat.rdev === statSync(NULL_DEVICE).rdev) return false;
  } catch {
    return false; // closed
  }
  const require = createRequire(import.meta.url);
  const { isatty } = require('node:tty') as typeof import('node:tty');
  return isatty(fd);
}

/** The product could not be written (a full disk, an I/O error): exit 1 with one line. */
export class OutputError extends Error {
  override name = 'OutputError';
  /** The system's code, e.g. ENOSPC or EIO. */
  readonly code: string;
  constructor(cause: NodeJS.ErrnoException) {
    super(cause.message.replace(/^\w+: /u, '').replace(/, write$/u, ''));
    this.code = cause.code ?? 'EIO';
  }
}

const asOutputError = (error: unknown) =>
  error instanceof Error ? new OutputError(error as NodeJS.ErrnoException) : error;

/**
 * Writes the whole text to stdout in one go. A reader that went away (EPIPE,
 * `… | head -1`) ends the output quietly; a non-blocking pipe that is full
 * (EAGAIN) hands the rest to the stream, which waits for it to drain. Any other
 * failure (ENOSPC, EIO) rejects with an `OutputError`: text is never dropped silently.
 */
export async function writeStdout(text: string): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return;
    if (code !== 'EAGAIN') throw asOutputError(error);
  }
  await new Promise<void>((resolve, reject) => {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      // The reader is gone: nothing to report.
      if (error.code === 'EPIPE') resolve();
      else reject(asOutputError(error));
    });
    process.stdout.write(bytes.subarray(written), (error) => {
      if (!error) resolve();
    });
  });
}

/**
 * Writes a line to stderr. When stderr itself cannot be written (`2>/dev/full`,
 * a closed descriptor) there is nowhere left to say so: the line is dropped and
 * the exit code stays what the run decided.
 */
export function writeStderr(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(2, bytes, written);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return;
    quiet(process.stderr).write(bytes.subarray(written));
  }
}

const quieted = new WeakSet<NodeJS.WritableStream>();

/** `stream`, with its write errors ignored: for stderr, which has no one left to tell. */
export function quiet<T extends NodeJS.WritableStream>(stream: T): T {
  if (!quieted.has(stream)) {
    quieted.add(stream);
    stream.on('error', () => {});
  }
  return stream;
}
