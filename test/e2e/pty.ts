import { spawn, type IPty } from '@lydell/node-pty';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', ctrlC: '\x03', ctrlD: '\x04' };

/** "Done" in the what-next menu: the last of its five actions (copy, email, WhatsApp, .eml, done). */
export const WHAT_NEXT_DONE = KEY.down.repeat(4) + KEY.enter;

/** A program running in a real pseudo-terminal, and what it has drawn so far. */
export interface PtySession {
  /** Everything written to the terminal, escape codes included. */
  raw(): string;
  /** The same without escape codes, whitespace collapsed (the prompt wraps long lines). */
  text(): string;
  /**
   * Waits until `expected` appears after the previous match (a prompt redraws its
   * own line while typing, so earlier text must not match again).
   */
  waitFor(expected: string, timeoutMs?: number): Promise<void>;
  /** Waits for `expected`, then types `keys`. */
  answer(expected: string, keys: string): Promise<void>;
  send(keys: string): void;
  exited: Promise<{ exitCode: number; signal?: number }>;
  kill(): void;
}

const flatten = (s: string) => stripVTControlCharacters(s).replace(/\s+/g, ' ');

/** Starts `file args` in a 200-column pseudo-terminal. */
export function startPty(
  file: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): PtySession {
  const pty: IPty = spawn(file, args, {
    // node-pty sets TERM from the terminal's name, over the environment's.
    name: options.env.TERM ?? 'xterm-256color',
    cols: 200,
    rows: 50,
    cwd: options.cwd,
    env: options.env,
  });
  let raw = '';
  let cursor = 0;
  pty.onData((data) => {
    raw += data;
  });
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => {
    pty.onExit(resolve);
  });
  let done = false;
  void exited.then(() => {
    done = true;
  });

  const session: PtySession = {
    raw: () => raw,
    text: () => flatten(raw),
    async waitFor(expected, timeoutMs = 10000) {
      const wanted = flatten(expected);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const text = flatten(raw);
        const at = text.indexOf(wanted, cursor);
        if (at !== -1) {
          cursor = at + wanted.length;
          return;
        }
        if (done || Date.now() > deadline) {
          throw new Error(
            `${done ? 'exited' : 'timed out'} waiting for "${wanted}"; the terminal shows:\n` +
              text.slice(Math.max(cursor - 200, 0)),
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async answer(expected, keys) {
      await session.waitFor(expected);
      pty.write(keys);
    },
    send: (keys) => pty.write(keys),
    exited,
    kill: () => {
      if (!done) pty.kill();
    },
  };
  return session;
}

/** The environment of a user's terminal: no display (no clipboard), no colour overrides. */
export function terminalEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'DISPLAY', 'WAYLAND_DISPLAY', 'SSH_TTY', 'DEBUG']) {
    delete env[key];
  }
  // No saved profile of the machine running the tests (see run-bin.ts).
  const config = join(tmpdir(), 'batal-wawancara-tests-no-profile');
  return { ...env, TZ: 'Asia/Jakarta', TERM: 'xterm-256color', XDG_CONFIG_HOME: config, ...extra };
}
