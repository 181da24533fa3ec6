// Startup benchmark (SPEC §8): a report, not a test. Each case runs alternately with
// `node -e 0` (baseline, target, baseline, target, …) so both see the same machine noise,
// and the goals are ratios of the medians. Usage:
//   node scripts/bench.mjs [--runs 21] [--only help,render,invite,prompt,intl] [--check]
// --check exits 1 when a goal is missed; otherwise the exit code is 0 whatever the figures.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, stripVTControlCharacters } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/batal-wawancara.js');

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '21' },
    only: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});
const RUNS = Number(opts.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`bench: --runs wants a positive whole number, not ${opts.runs}`);
  process.exit(2);
}

// Peak RSS without an extra system package: every node process, baseline and target alike,
// is started with this preload, which writes getrusage's maxRSS (KiB) to a file at exit.
const work = mkdtempSync(join(tmpdir(), 'batal-bench-'));
const PRELOAD = join(work, 'maxrss.cjs');
writeFileSync(
  PRELOAD,
  "'use strict';\nconst f = process.env.BENCH_MAXRSS_FILE;\n" +
    "if (f) process.on('exit', () => require('fs').writeFileSync(f, String(process.resourceUsage().maxRSS)));\n",
);
let serial = 0;

const ENV = { ...process.env, TZ: 'Asia/Jakarta', LANG: 'C.UTF-8' };
delete ENV.NODE_OPTIONS;
delete ENV.DEBUG;

// The full non-interactive render the goal is set on (stdin is /dev/null: never a TTY).
const RENDER_ARGS = [
  ...['--yes', '--format', 'json', '--reason', 'offer', '--sure'],
  ...['--company', 'PT Maju Jaya', '--name', 'Budi Santoso'],
  ...['--at', '2026-12-01 10:00 WIB', '--now', '2026-11-25 09:00 WIB'],
];
// Answering a calendar invitation: reads the .ics with ical.js, writes the iTIP reply.
const INVITE_ARGS = [
  ...['--yes', '--format', 'ics', '--reason', 'offer', '--sure', '--name', 'Budi Santoso'],
  ...['--invite', 'test/fixtures/invites/google-calendar.ics', '--now', '2026-11-25 09:00 WIB'],
];
const INTL_FLOOR =
  "process.stdout.write(new Intl.DateTimeFormat('id-ID', { dateStyle: 'full', " +
  "timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date()) + '\\n');";
const BASELINE = ['-e', '0'];

/** The cases; `goal` holds the ceilings on the ratios to `node -e 0` (SPEC §8). */
const CASES = [
  {
    id: 'help',
    label: '--help',
    args: [BIN, '--help'],
    goal: { wall: 1.2 },
    verify: (r) => r.code === 0 && r.stdout.includes('Usage'),
  },
  {
    id: 'render',
    label: 'render --format json',
    args: [BIN, ...RENDER_ARGS],
    goal: { wall: 1.5, rss: 1.35 },
    verify: (r) => r.code === 0 && parsesOnce(r.stdout),
  },
  {
    id: 'invite',
    label: 'render --invite .ics --format ics',
    args: [BIN, ...INVITE_ARGS],
    goal: {},
    verify: (r) => r.code === 0 && r.stdout.startsWith('BEGIN:VCALENDAR\r\nPRODID:'),
  },
  {
    id: 'prompt',
    label: 'first prompt (pty)',
    args: [BIN],
    pty: true,
    goal: { wall: 1.6 },
    // Ctrl+C at the prompt must end it the documented way (exit 130), which also proves the
    // marker was a live prompt and not, say, a stack trace.
    verify: (r) => r.code === 130,
  },
  {
    id: 'intl',
    label: 'Intl floor (id-ID date)',
    args: ['-e', INTL_FLOOR],
    goal: {},
    verify: (r) => r.code === 0 && /\d{4}/.test(r.stdout),
  },
];

function parsesOnce(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function readRss(file) {
  try {
    return Number(readFileSync(file, 'utf8')) / 1024; // KiB → MiB
  } catch {
    return undefined;
  }
}

function nodeArgs(args, rssFile) {
  return { argv: ['--require', PRELOAD, ...args], env: { ...ENV, BENCH_MAXRSS_FILE: rssFile } };
}

/** Runs node with pipes (stdin is /dev/null, so never a TTY); wall time is spawn → exit. */
function runPiped(args) {
  const rssFile = join(work, `rss-${++serial}`);
  const { argv, env } = nodeArgs(args, rssFile);
  return new Promise((resolve, reject) => {
    const out = [];
    const err = [];
    let ms = 0;
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, argv, {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
async function runPty(args, untilOutput) {
  pty ??= createRequire(import.meta.url)('@lydell/node-pty');
  const rssFile = join(work, `rss-${++serial}`);
  const { argv, env } = nodeArgs(args, rssFile);
  return new Promise((resolve) => {
    let screen = '';
    let ms;
    const start = process.hrtime.bigint();
    const child = pty.spawn(process.execPath, argv, {
      name: 'xterm-256color',
      cols: 100,
      rows: 30,
      cwd: ROOT,
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

function median(xs) {
  const s = xs.filter((x) => x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function summary(xs) {
  const s = xs.filter((x) => x !== undefined && !Number.isNaN(x));
  return { median: median(s), min: Math.min(...s), max: Math.max(...s), n: s.length };
}

async function once(c, target) {
  const args = target ? c.args : BASELINE;
  const r = c.pty ? await runPty(args, target) : await runPiped(args);
  if (target && !c.verify(r)) {
    console.error(`bench: ${c.label} did not run as expected (exit ${r.code}):`);
    console.error((r.stderr || r.stdout).slice(-2000));
    rmSync(work, { recursive: true, force: true });
    process.exit(1);
  }
  return r;
}

const only = opts.only?.split(',');
const cases = CASES.filter((c) => !only || only.includes(c.id));
const samples = new Map(cases.map((c) => [c.id, { base: [], target: [] }]));

// One unmeasured round warms the disk cache and the pty machinery.
for (const c of cases) {
  await once(c, false);
  await once(c, true);
}
for (let i = 1; i <= RUNS; i++) {
  if (process.stderr.isTTY) process.stderr.write(`\rbench: round ${i}/${RUNS}`);
  for (const c of cases) {
    const s = samples.get(c.id);
    s.base.push(await once(c, false));
    s.target.push(await once(c, true));
  }
}
if (process.stderr.isTTY) process.stderr.write('\n');
rmSync(work, { recursive: true, force: true });

const results = cases.map((c) => {
  const s = samples.get(c.id);
  const wall = summary(s.target.map((r) => r.ms));
  const baseWall = summary(s.base.map((r) => r.ms));
  const rss = summary(s.target.map((r) => r.rss));
  const baseRss = summary(s.base.map((r) => r.rss));
  const ratio = { wall: wall.median / baseWall.median, rss: rss.median / baseRss.median };
  const verdicts = Object.entries(c.goal).map(([k, max]) => ({
    goal: `${k} <= ${max.toFixed(2)}x`,
    ok: ratio[k] <= max,
  }));
  return { id: c.id, label: c.label, wall, baseWall, rss, baseRss, ratio, goal: c.goal, verdicts };
});

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const f3 = (x) => (Number.isFinite(x) ? `${x.toFixed(3)}x` : '-');
const rows = [
  [
    'case',
    'median ms',
    'min',
    'max',
    'node -e 0',
    'ratio',
    'RSS MB',
    'node -e 0',
    'ratio',
    'goals',
  ],
  ...results.map((r) => [
    r.label,
    f1(r.wall.median),
    f1(r.wall.min),
    f1(r.wall.max),
    f1(r.baseWall.median),
    f3(r.ratio.wall),
    f1(r.rss.median),
    f1(r.baseRss.median),
    f3(r.ratio.rss),
    r.verdicts.map((v) => `${v.ok ? 'PASS' : 'FAIL'} ${v.goal}`).join(', ') || '(the floor)',
  ]),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
const line = (row) =>
  row
    .map((cell, i) =>
      i === 0 || i === row.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]),
    )
    .join('  ')
    .trimEnd();
console.log(
  `node ${process.version}, ${cpus().length} CPU, ${RUNS} alternating runs per case; ` +
    'wall = spawn to exit (pty: spawn to the first prompt), RSS = peak (maxRSS)',
);
console.log(line(rows[0]));
for (const row of rows.slice(1)) console.log(line(row));

const missed = results.flatMap((r) =>
  r.verdicts.filter((v) => !v.ok).map((v) => `${r.id} ${v.goal}`),
);
console.log(missed.length ? `goals missed: ${missed.join('; ')}` : 'all goals met');

mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(
  join(ROOT, '.bench/latest.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      runs: RUNS,
      results,
    },
    null,
    2,
  ) + '\n',
);
if (opts.check && missed.length) process.exitCode = 1;
