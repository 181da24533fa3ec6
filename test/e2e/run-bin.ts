import { spawn } from 'node:child_process';
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
  /** A new session without a controlling terminal: /dev/tty cannot be opened. */
  detached?: boolean;
}

/** What the machine running the tests may set that would change the output. */
const MACHINE_VARS = ['FORCE_COLOR', 'NO_COLOR', 'DISPLAY', 'WAYLAND_DISPLAY', 'SSH_TTY', 'DEBUG'];

/** Runs the built bin as a user would from a script: no TTY, stdin closed. */
export function runBin(
  args: string[],
  env: Record<string, string | undefined> = {},
  options: RunOptions = {},
): Promise<BinResult> {
  const base: Record<string, string | undefined> = {
    ...process.env,
    TZ: 'Asia/Jakarta',
    XDG_CONFIG_HOME: NO_PROFILE,
  };
  for (const key of MACHINE_VARS) delete base[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.bin ?? BIN, ...args], {
      cwd: ROOT,
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: options.detached ?? false,
      timeout: 15000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
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
