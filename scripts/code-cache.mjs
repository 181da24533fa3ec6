// Writes dist/code-cache/: the V8 code cache of each bundle (src/code-cache.ts reads it).
// A cache holds the bytecode of the functions that had run when it was made, so the build
// runs the bin on the paths people take, one process each, and each run starts from the
// caches the runs before it wrote: what they compiled is kept, what it compiles is added.
// The runs are isolated: a scratch HOME and config folder, stdin /dev/null, nothing kept.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const INTERVIEW = ['--at', '2026-12-01 10:00 WIB', '--now', '2026-11-25 09:00 WIB'];
const SENDER = ['--company', 'PT Maju Jaya', '--name', 'Budi Santoso', '--phone', '0812-3456-7890'];
const RECRUITER = [
  '--interviewer',
  'Sari Wulandari',
  '--honorific',
  'ibu',
  '--to',
  'hr@example.com',
];

/** The runs, in order of how often people take them; `code` is the exit each must give. */
export const TRAINING_RUNS = [
  { args: ['--yes', '--format', 'json', '--reason', 'offer', '--sure', ...SENDER, ...INTERVIEW] },
  {
    args: ['--yes', '--reason', 'health', '--reschedule', ...SENDER, ...RECRUITER, ...INTERVIEW],
    env: { FORCE_COLOR: '1' },
  },
  {
    args: [
      ...['--yes', '--lang', 'en', '--reason', 'conflict', '--reschedule'],
      ...['--slot', '2026-12-02 10:00 WIB', '--slot', '2026-12-03 14:00 WIB'],
      ...[...SENDER, '--email', 'budi@example.com', ...RECRUITER, ...INTERVIEW],
      ...['--format', 'eml'],
    ],
  },
  // The clipboard path, whose import() of clipboardy must work from cached code: without a
  // display it falls back to stdout, as it does for a user over plain SSH.
  {
    args: ['--yes', '--reason', 'offer', '--sure', ...SENDER, ...INTERVIEW, '--copy'],
    env: { DISPLAY: ':1999' },
  },
  { args: ['--help'] },
  { args: ['--lang', 'fr'], code: 2 },
];

/** Runs the training runs with `runner` (scripts/code-cache-run.mjs), each in its own process. */
export function writeCodeCache({ root, dist, runner }) {
  const scratch = mkdtempSync(join(tmpdir(), 'batal-code-cache-'));
  try {
    const env = {
      PATH: process.env.PATH,
      HOME: scratch,
      XDG_CONFIG_HOME: scratch,
      TMPDIR: scratch,
      TZ: 'Asia/Jakarta',
      LANG: 'C.UTF-8',
    };
    for (const run of TRAINING_RUNS) {
      const result = spawnSync(process.execPath, [runner, dist, ...run.args], {
        cwd: root,
        env: { ...env, ...run.env },
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
        timeout: 60_000,
      });
      if (result.status !== (run.code ?? 0)) {
        throw new Error(
          `the code-cache run ${run.args.join(' ')} exited ${result.status}: ${result.stderr}`,
        );
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
