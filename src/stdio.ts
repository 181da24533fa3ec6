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

/**
 * Writes the whole text to stdout in one go. A reader that went away (EPIPE,
 * `… | head -1`) ends the output quietly; a non-blocking pipe that is full
 * (EAGAIN) hands the rest to the stream, which waits for it to drain.
 */
export function writeStdout(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return;
    if (code !== 'EAGAIN') throw error;
    process.stdout.on('error', () => {}); // EPIPE later: the reader is gone, nothing to report
    process.stdout.write(bytes.subarray(written));
  }
}
