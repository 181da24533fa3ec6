import { parseCommandLine } from './cli.js';
import { reportError } from './report.js';

declare const __VERSION__: string | undefined;
const version = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** Wires the real world into the app; the only place that sets the exit code. */
async function main(): Promise<void> {
  // Broken pipes (`… | head -1`) end the output quietly instead of crashing.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  try {
    const parsed = parseCommandLine(process.argv, version, {
      out: (s) => process.stdout.write(s),
      err: (s) => process.stderr.write(s),
    });
    // Everything past --help and --version is loaded only when needed: dates, templates, prompts.
    if (parsed.kind !== 'run') return;
    const [{ run }, { DateTime }, { isatty }] = await Promise.all([
      import('./run.js'),
      import('luxon'),
      import('node:tty'),
    ]);
    await run(parsed.line, {
      env: process.env,
      // A getter: touching process.stdin builds a stream (~5 ms, ~1 MB) the scripted path never reads.
      get stdin() {
        return process.stdin;
      },
      stdinIsTTY: isatty(0),
      stdout: process.stdout,
      stderr: process.stderr,
      clock: () => ({
        now: DateTime.now(),
        systemZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }),
      templatesRoot: new URL('../templates/', import.meta.url),
    });
  } catch (error) {
    process.exitCode = reportError(error, process.stderr, process.env);
  }
}

void main();
