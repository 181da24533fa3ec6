import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/batal-wawancara.js', import.meta.url));

/** A config folder with no profile in it: a saved profile of the machine running the tests never leaks in. */
export const NO_PROFILE = join(tmpdir(), 'batal-wawancara-tests-no-profile');

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built bin as a user would from a script: no TTY, stdin closed. */
export function runBin(
  args: string[],
  env: Record<string, string | undefined> = {},
  bin = BIN,
): BinResult {
  const base: Record<string, string | undefined> = {
    ...process.env,
    TZ: 'Asia/Jakarta',
    XDG_CONFIG_HOME: NO_PROFILE,
  };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'DISPLAY', 'WAYLAND_DISPLAY', 'SSH_TTY', 'DEBUG']) {
    delete base[key];
  }
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: ROOT,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 15000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The flags of a complete, reproducible scripted run. */
export const SCRIPTED = [
  '--company',
  'PT Maju Jaya',
  '--role',
  'Analis Data',
  '--interviewer',
  'Sari Wulandari',
  '--honorific',
  'ibu',
  '--at',
  '2026-11-27 10:00 WIB',
  '--now',
  '2026-11-25 10:00 WIB',
  '--reason',
  'offer',
  '--name',
  'Budi Santoso',
  '--phone',
  '0812-3456-7890',
  '--email',
  'budi@example.com',
];
