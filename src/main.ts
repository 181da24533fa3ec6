import { parseCommandLine } from './cli.js';
import { reportError } from './report.js';

declare const __VERSION__: string | undefined;
const version = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

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
  if (parsed.kind === 'run') {
    const { run } = await import('./run.js');
    const { DateTime } = await import('luxon');
    await run(parsed.line, {
      env: process.env,
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      clock: () => ({
        now: DateTime.now(),
        systemZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }),
      templatesRoot: new URL('../templates/', import.meta.url),
    });
  }
} catch (error) {
  process.exitCode = reportError(error, process.stderr, process.env);
}
