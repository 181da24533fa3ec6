import { Readable } from 'node:stream';
import { parseCommandLine } from '../../src/cli.js';
import { reportError } from '../../src/report.js';
import { run } from '../../src/run.js';
import { capture } from '../deliver/support/streams.js';
import { NO_PROFILE } from '../e2e/run-bin.js';

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The clock of every in-process run: Wednesday 25 November 2026, 09:00 WIB. */
const CLOCK = { now: new Date('2026-11-25T09:00:00+07:00'), systemZone: 'Asia/Jakarta' };

/**
 * The command line in-process, as main.ts wires it but with fake streams:
 * stdin is not a terminal (nothing is asked), stdout and stderr are captured,
 * and the exit code is what main would set.
 */
export async function runInProcess(
  args: string[],
  env: Record<string, string> = {},
): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  // No saved profile of the machine running the tests.
  const world = { XDG_CONFIG_HOME: NO_PROFILE, ...env };
  const out = capture();
  const err = capture();
  let code = 0;
  try {
    const parsed = parseCommandLine(['node', 'batal-wawancara', ...args], '0.0.0-test', {
      out: (s) => (stdout += s),
      err: (s) => (stderr += s),
    });
    if (parsed.kind === 'run') {
      await run(parsed.line, {
        env: world,
        stdin: Object.assign(Readable.from([]), { isTTY: false }),
        stdout: out.stream,
        stderr: err.stream,
        clock: () => CLOCK,
        isTTY: { stdin: false, stdout: false },
        writeOut: (text) => {
          stdout += text;
        },
        templatesRoot: new URL('../../templates/', import.meta.url),
      });
    }
  } catch (error) {
    code = reportError(error, { write: (s) => (stderr += s), env });
  }
  return { code, stdout: stdout + out.text(), stderr: stderr + err.text() };
}
