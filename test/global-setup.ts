import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds dist/ once before any test file runs: the end-to-end tests run the
 * built bin, and building inside each file would race the others.
 *
 * Every test (and every program it starts) gets a temporary folder of its own
 * run: whatever a test leaves in it fails the run, so no copy of dist/ or
 * scratch file piles up in the machine's temporary folder.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
  });
  const scratch = mkdtempSync(join(tmpdir(), 'batal-tests-'));
  process.env.TMPDIR = scratch;
  return () => {
    // tsx keeps its compile cache there (tsx-<uid>): a cache, not a leak.
    const left = readdirSync(scratch).filter((name) => !/^tsx-\d+$/.test(name));
    rmSync(scratch, { recursive: true, force: true });
    if (left.length) {
      // A throw here is only logged by vitest: the exit code is what CI sees.
      console.error(`tests left temporary files behind: ${left.join(', ')}`);
      process.exitCode = 1;
    }
  };
}
