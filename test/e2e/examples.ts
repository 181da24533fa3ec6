import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from './run-bin.js';

// Running documented examples as a user would paste them: through bash, with
// `batal-wawancara` on PATH the way `npm link` puts it there (a symlink to the bin).
// Programs outside this project are replaced, and only those: a mail transport at
// the end of a pipe becomes `cat`, jq a JSON check, an opener prints its argument.

/** Programs an example hands its output to, and what stands in for each. */
const OUTSIDE: readonly (readonly [RegExp, string, string])[] = [
  [/\|\s*msmtp\b[^|)]*$/, '| cat', 'msmtp'],
  [/\|\s*sendmail\b[^|)]*$/, '| cat', 'sendmail'],
  [/\|\s*mail\b[^|)]*$/, '| cat', 'mail'],
  // jq reads JSON: its stand-in fails on anything else (npm's banner, say).
  [/\|\s*jq\s+(-r\s+)?'[^']*'/, '| node "$JSON_CHECK"', 'jq'],
  [/^(\s*)xdg-open\s/, "$1printf '%s\\n' ", 'xdg-open'],
];

/** Parses stdin as JSON and prints it back: exit 1 when it is not JSON. */
const JSON_CHECK =
  "process.stdout.write(JSON.stringify(JSON.parse(require('fs').readFileSync(0, 'utf8'))) + '\\n');\n";

/** Setup commands of the README: checked to exist, not run (they install and build). */
const SETUP = /^\s*npm (ci|link|test|run build)\s*$/;

/** Whether a script starts the question flow: one command, and no flag that runs without questions. */
export function isInteractive(script: string): boolean {
  const lines = script.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
  return (
    lines.length === 1 &&
    !/--yes|(^|\s)-y(\s|$)|--demo|\bprofile\b|--help|--version|\$\(|\||\bnpm\b/.test(script)
  );
}

/** The npm setup commands in a script (`npm ci`, `npm run build`, …). */
export function setupCommands(script: string): string[] {
  return script
    .split('\n')
    .filter((l) => SETUP.test(l))
    .map((l) => l.trim());
}

export interface ExampleRun {
  script: string;
  /** The outside programs replaced (e.g. ['jq']). */
  replaced: string[];
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A folder holding `batal-wawancara` (the bin, linked as `npm link` would) and the JSON check. */
export function linkedBin(): { dir: string; rm: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'batal-linked-'));
  symlinkSync(BIN, join(dir, 'batal-wawancara'));
  writeFileSync(join(dir, 'json-check.cjs'), JSON_CHECK);
  return { dir, rm: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs a documented script through bash in the repository, as pasted: every
 * command must succeed (`set -euo pipefail`); outside programs are replaced
 * and setup commands skipped.
 */
export function runExample(script: string, env: { linked: string; config: string }): ExampleRun {
  const replaced: string[] = [];
  const lines = script.split('\n').map((line) => {
    if (SETUP.test(line)) return ':';
    for (const [pattern, stand, name] of OUTSIDE) {
      if (pattern.test(line)) {
        line = line.replace(pattern, stand);
        replaced.push(name);
      }
    }
    return line;
  });
  const base: Record<string, string | undefined> = { ...process.env, TZ: 'Asia/Jakarta' };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'DISPLAY', 'WAYLAND_DISPLAY', 'SSH_TTY', 'DEBUG']) {
    delete base[key];
  }
  const result = spawnSync('bash', ['-c', `set -euo pipefail\n${lines.join('\n')}`], {
    cwd: ROOT,
    env: {
      ...base,
      PATH: `${env.linked}:${process.env.PATH ?? ''}`,
      XDG_CONFIG_HOME: env.config,
      JSON_CHECK: join(env.linked, 'json-check.cjs'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 30000,
  });
  return { script, replaced, code: result.status, stdout: result.stdout, stderr: result.stderr };
}
