import { parseCommandLine } from './cli.js';
import { isTerminal, quiet, writeStderr, writeStdout } from './stdio.js';

declare const __VERSION__: string | undefined;
const version = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** Wires the real world into the app; the only place that sets the exit code. */
async function main(): Promise<void> {
  try {
    const help: Promise<void>[] = [];
    const parsed = parseCommandLine(process.argv, version, {
      out: (s) => help.push(writeStdout(s)),
      err: writeStderr,
    });
    await Promise.all(help);
    // Everything past --help and --version is loaded only when needed: dates, templates, prompts.
    if (parsed.kind === 'done') return;
    if (parsed.kind === 'profile') {
      const { runProfileCommand } = await import('./profile-command.js');
      const written: Promise<void>[] = [];
      runProfileCommand(parsed.command, {
        env: process.env,
        out: (s) => written.push(writeStdout(s)),
        err: writeStderr,
      });
      await Promise.all(written);
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
        // Nothing is left to tell when stderr fails (2>/dev/full): the exit code stays the run's.
        return quiet(process.stderr);
      },
      isTTY: { stdin: isTerminal(0), stdout: isTerminal(1) },
      writeOut: writeStdout,
      clock: () => ({
        now: new Date(),
        systemZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }),
      // Read only when running from source: the build compiles the templates in.
      get templatesRoot() {
        return new URL('../templates/', import.meta.url);
      },
    });
  } catch (error) {
    // The report and its words are read only on failure, so --help never loads them.
    const { reportError } = await import('./report.js');
    process.exitCode = reportError(error, { write: writeStderr, env: process.env });
  }
}

void main();
