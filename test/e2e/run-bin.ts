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

export interface RunOptions {
  /** Another copy of the bin (e.g. a broken build). */
  bin?: string;
  /**
   * In a new session without a controlling terminal (util-linux `setsid`), so
   * /dev/tty cannot be opened, as on a server with no terminal.
   */
  detached?: boolean;
}

/** What the machine running the tests may set that would change the output. */
const MACHINE_VARS = ['FORCE_COLOR', 'NO_COLOR', 'DISPLAY', 'WAYLAND_DISPLAY', 'SSH_TTY', 'DEBUG'];

/** Runs the built bin as a user would from a script: no TTY, stdin closed. */
export function runBin(
  args: string[],
  env: Record<string, string | undefined> = {},
  options: RunOptions = {},
): BinResult {
  const base: Record<string, string | undefined> = {
    ...process.env,
    TZ: 'Asia/Jakarta',
    XDG_CONFIG_HOME: NO_PROFILE,
  };
  for (const key of MACHINE_VARS) delete base[key];
  const command = [process.execPath, options.bin ?? BIN, ...args];
  const [file = '', ...rest] = options.detached ? ['setsid', '--wait', ...command] : command;
  const result = spawnSync(file, rest, {
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
