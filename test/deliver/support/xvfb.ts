import { afterAll, beforeAll } from 'vitest';
import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';

export interface Xvfb {
  /** The DISPLAY value, e.g. ":7". */
  display: string;
  stop(): Promise<void>;
}

/** Starts a private Xvfb; `-displayfd` lets the server pick a free display, race-free. */
export async function startXvfb(): Promise<Xvfb> {
  const child = spawn(
    'Xvfb',
    ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '320x240x24'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    const fd3 = child.stdio[3] as NodeJS.ReadableStream;
    fd3.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^(\d+)\n/u.exec(out);
      if (match) resolve(`:${match[1]}`);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${log}`)));
  });
  return {
    display,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The X CLIPBOARD selection, as raw bytes, read with the system xsel. */
export async function readClipboard(display: string): Promise<Buffer> {
  const { stdout } = await promisify(execFile)('xsel', ['--clipboard', '--output'], {
    env: { ...process.env, DISPLAY: display },
    encoding: 'buffer',
    timeout: 10_000,
  });
  return stdout;
}

/** A private Xvfb for the enclosing describe block: started before its tests, killed after. */
export function useXvfb(): () => Xvfb {
  let xvfb: Xvfb | undefined;
  beforeAll(async () => {
    xvfb = await startXvfb();
  });
  afterAll(async () => {
    await xvfb?.stop();
  });
  return () => {
    if (!xvfb) throw new Error('Xvfb is not running (used outside a test?)');
    return xvfb;
  };
}
