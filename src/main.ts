import { parseCommandLine } from './cli.js';
import { reportError } from './report.js';
import { isTerminal, writeStdout } from './stdio.js';

declare const __VERSION__: string | undefined;
const version = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** Wires the real world into the app; the only place that sets the exit code. */
async function main(): Promise<void> {
  try {
    const parsed = parseCommandLine(process.argv, version, {
      out: writeStdout,
      err: (s) => process.stderr.write(s),
    });
    // Everything past --help and --version is loaded only when needed: dates, templates, prompts.
    if (parsed.kind === 'done') return;
    if (parsed.kind === 'profile') {
      const { runProfileCommand } = await import('./profile-command.js');
      runProfileCommand(parsed.command, {
        env: process.env,
        out: writeStdout,
        err: (s) => process.stderr.write(s),
      });
      return;
    }
    const { run } = await import('./run.js');
    await run(parsed.line, {
      env: process.env,
      // Getters: each stream is built (a few ms each) only on the paths that use it.
      get stdin() {
        return process.stdin;
      },
      get stdout() {
        return process.stdout;
      },
      get stderr() {
        return process.stderr;
      },
      isTTY: { stdin: isTerminal(0), stdout: isTerminal(1) },
      writeOut: writeStdout,
      clock: () => ({
        now: new Date(),
        systemZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }),
      templatesRoot: new URL('../templates/', import.meta.url),
    });
  } catch (error) {
    process.exitCode = reportError(error, process.stderr, process.env);
  }
}

void main();
