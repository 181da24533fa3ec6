// How scripts/bench.mjs runs one process and measures it: wall time from spawn to exit (or,
// in a pseudo-terminal, to the first printed character) and peak RSS, read by a preload
// that every node process (baseline and target alike) is started with.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

// Made on the first run, so that a process which measures nothing (a bad option, the bench
// starting itself again pinned to a CPU) leaves no folder behind.
let work;
function workFolder() {
  if (!work) {
    work = mkdtempSync(join(tmpdir(), 'batal-bench-'));
    writeFileSync(
      join(work, 'maxrss.cjs'),
      "'use strict';\nconst f = process.env.BENCH_MAXRSS_FILE;\n" +
        "if (f) process.on('exit', () => require('fs').writeFileSync(f, String(process.resourceUsage().maxRSS)));\n",
    );
  }
  return work;
}
let serial = 0;

const ENV = { ...process.env, TZ: 'Asia/Jakarta', LANG: 'C.UTF-8' };
delete ENV.NODE_OPTIONS;
delete ENV.DEBUG;

/** Removes the preload's folder. */
export function cleanUp() {
  if (work) rmSync(work, { recursive: true, force: true });
}

function readRss(file) {
  try {
    return Number(readFileSync(file, 'utf8')) / 1024; // KiB → MiB
  } catch {
    return undefined;
  }
}

/** The node arguments and environment of one measured run, and where its peak RSS goes. */
function nodeArgs(args) {
  const folder = workFolder();
  const rssFile = join(folder, `rss-${++serial}`);
  const argv = ['--require', join(folder, 'maxrss.cjs'), ...args];
  return { argv, env: { ...ENV, BENCH_MAXRSS_FILE: rssFile }, rssFile };
}

/** Runs node with pipes (stdin is /dev/null, so never a TTY); wall time is spawn → exit. */
export function runPiped(args, cwd) {
  const { argv, env, rssFile } = nodeArgs(args);
  return new Promise((resolve, reject) => {
    const out = [];
    const err = [];
    let ms = 0;
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('exit', () => (ms = Number(process.hrtime.bigint() - start) / 1e6));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        ms,
        code,
        rss: readRss(rssFile),
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
      }),
    );
  });
}

let pty;
/**
 * Runs node in a pseudo-terminal. With `untilOutput`, wall time is spawn → the first printed
 * character (the first prompt), then Ctrl+C is typed; otherwise spawn → exit.
 */
export async function runPty(args, cwd, untilOutput) {
  pty ??= createRequire(import.meta.url)('@lydell/node-pty');
  const { argv, env, rssFile } = nodeArgs(args);
  return new Promise((resolve) => {
    let screen = '';
    let ms;
    const start = process.hrtime.bigint();
    const child = pty.spawn(process.execPath, argv, {
      name: 'xterm-256color',
      cols: 100,
      rows: 30,
      cwd,
      env: { ...env, TERM: 'xterm-256color' },
    });
    const stop = setTimeout(() => child.kill('SIGKILL'), 15000);
    child.onData((data) => {
      screen += data;
      if (!untilOutput || ms !== undefined) return;
      // Escape codes (some hold a '?', e.g. ESC[?25l) are not yet the prompt: the first
      // printed character is.
      if (/\S/.test(stripVTControlCharacters(screen))) {
        ms = Number(process.hrtime.bigint() - start) / 1e6;
        child.write('\x03');
      }
    });
    child.onExit(({ exitCode }) => {
      if (!untilOutput) ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(stop);
      resolve({ ms: ms ?? NaN, code: exitCode, rss: readRss(rssFile), stdout: screen, stderr: '' });
    });
  });
}
