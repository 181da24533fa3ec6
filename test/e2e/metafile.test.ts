import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Module from 'node:module';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  modulesIn,
  outputsOf,
  outsideOf,
  unneededModules,
  type Metafile,
} from './metafile-check.js';
import { BIN, ROOT } from './run-bin.js';

// SPEC §8: the split into bundles holds only while nothing innocent is imported across it.
// The build writes esbuild's metafiles to .build/meta/ (the global setup builds); what a
// run loads is measured, from the real bin, by a preload that lists require()'s cache.

/**
 * What dist/main.cjs may hold: the command line (its flags, help and errors, the help's
 * words), the few core tables it names in them (reasons, the gate's reason, the types'
 * lists), what reports errors, and Commander.
 */
const COMMAND_LINE = [
  /^src\/(main|cli|cli-[a-z]+|report|stdio)\.ts$/,
  /^src\/locales\/help\.ts$/,
  /^src\/core\/(errors|types|reasons|gate)\.ts$/,
  /^node_modules\/commander\//,
];

/**
 * Modules a JSON render never runs: the other outputs, colour, the clipboard, the prompts,
 * Mustache (the build compiles the templates) and the invitation parser (SPEC §8).
 */
const NOT_ON_THE_JSON_PATH = [
  /^node_modules\/chalk\//,
  /^src\/deliver\/(text|eml|mailto|wa|clipboard|osc52)\.ts$/,
  /^node_modules\/nodemailer\//,
  /^node_modules\/clipboardy\//,
  /^node_modules\/@inquirer\//,
  /^node_modules\/mustache\//,
  /^src\/prompts\//,
  /^node_modules\/(ical\.js|windows-iana)\//,
];
/** Of those, what no bundle holds: compiled away, never bundled, or not used yet. */
const IN_NO_BUNDLE = /mustache|clipboardy|ical/;

const RENDER = [
  ...['--yes', '--format', 'json', '--reason', 'offer', '--sure'],
  ...['--company', 'PT Maju Jaya', '--name', 'Budi Santoso'],
  ...['--at', '2026-12-01 10:00 WIB', '--now', '2026-11-25 09:00 WIB'],
];

/** The loader of the code cache, which the bin reads first where Node has no cache of its own. */
const CODE_CACHE = 'enableCompileCache' in Module ? [] : ['dist/code-cache.cjs'];

let work = '';
let preload = '';
let metafiles: Metafile[] = [];

/** Runs the built bin and lists the files of dist/ it loaded, in the order it loaded them. */
function loads(
  args: string[],
  node: string[] = [BIN],
): {
  code: number | null;
  stdout: string;
  loaded: string[];
  esm: boolean;
  streams: boolean;
} {
  const record = join(work, `loaded-${Math.random().toString(36).slice(2)}.json`);
  const result = spawnSync(process.execPath, ['--require', preload, ...node, ...args], {
    cwd: ROOT,
    env: { ...process.env, TZ: 'Asia/Jakarta', RECORD_LOADS: record },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 15000,
  });
  const { files, esm, streams } = JSON.parse(readFileSync(record, 'utf8')) as {
    files: string[];
    esm: boolean;
    streams: boolean;
  };
  const loaded = files
    .map((file) => relative(ROOT, file).replaceAll('\\', '/'))
    .filter((file) => file.startsWith('dist/'));
  return { code: result.status, stdout: result.stdout, loaded, esm, streams };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'batal-loads-'));
  preload = join(work, 'record-loads.cjs');
  writeFileSync(
    preload,
    [
      "'use strict';",
      // import() bypasses require's cache; Node 20 loads its ES module jobs only for one.
      "process.on('exit', () => require('node:fs').writeFileSync(process.env.RECORD_LOADS,",
      '  JSON.stringify({ files: Object.keys(require.cache),',
      "    esm: process.moduleLoadList.some((m) => m.endsWith('esm/module_job')),",
      // node:stream comes with the first process.stdout, stderr or stdin (a few ms).
      "    streams: process.moduleLoadList.includes('NativeModule stream') })));",
      '',
    ].join('\n'),
  );
  const dir = join(ROOT, '.build/meta');
  metafiles = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Metafile);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the build', () => {
  it('dist/main.cjs holds only the command line and Commander', () => {
    expect(modulesIn(metafiles, 'dist/main.cjs')).toContain('src/cli.ts');
    expect(outsideOf(metafiles, 'dist/main.cjs', COMMAND_LINE)).toEqual([]);
  });

  it('dist/code-cache.cjs holds only the code-cache loader', () => {
    expect(modulesIn(metafiles, 'dist/code-cache.cjs')).toEqual(['src/code-cache.ts']);
  });

  it.each([['--help'], ['--version']])('%s reads dist/main.cjs and nothing else', (flag) => {
    const run = loads([flag]);
    expect(run.code).toBe(0);
    expect(run.loaded).toEqual([...CODE_CACHE, 'dist/main.cjs']);
    expect(run.esm).toBe(false);
    // Written with writeSync: no stdout stream is built (nor node:stream loaded) for it.
    expect(run.streams).toBe(false);
  });

  it.each([
    ['id', []],
    ['en', ['--lang', 'en']],
  ])('the JSON render in %s loads no module it does not run', (lang, flags) => {
    const run = loads([...RENDER, ...flags]);
    expect(run.code).toBe(0);
    const { messages } = JSON.parse(run.stdout) as { messages: unknown[] };
    expect(messages).toHaveLength(5);
    // Every file it loaded is described by a metafile: no code the checks cannot see.
    expect(run.loaded.filter((file) => !outputsOf(metafiles).includes(file))).toEqual([]);
    expect(run.loaded.filter((file) => file.startsWith('dist/templates/'))).toEqual([
      `dist/templates/${lang}.cjs`,
    ]);
    expect(unneededModules(metafiles, run.loaded, NOT_ON_THE_JSON_PATH)).toEqual([]);
    // Nor any ES module (clipboardy, open…: imported, never bundled), nor the ESM loader,
    // nor a stdio stream.
    expect(run.esm).toBe(false);
    expect(run.streams).toBe(false);
  });

  it('the recorder does see an import(), a require() and a stream', () => {
    const script =
      "require('./dist/templates/en.cjs'); import('./dist/templates/id.cjs'); process.stdout;";
    const run = loads([], ['-e', script]);
    expect(run.code).toBe(0);
    expect(run.esm).toBe(true);
    expect(run.streams).toBe(true);
    expect(run.loaded).toEqual(['dist/templates/en.cjs', 'dist/templates/id.cjs']);
  });

  it('holds each module in one bundle only', () => {
    const holders = new Map<string, string[]>();
    for (const output of outputsOf(metafiles)) {
      for (const module of modulesIn(metafiles, output)) {
        holders.set(module, [...(holders.get(module) ?? []), output]);
      }
    }
    expect(holders.get('src/run.ts')).toEqual(['dist/app.cjs']);
    // One copy of each module: one UsageError class, so `instanceof` holds across bundles.
    expect([...holders].filter(([, outputs]) => outputs.length > 1)).toEqual([]);
  });

  it.each(NOT_ON_THE_JSON_PATH.filter((p) => !IN_NO_BUNDLE.test(p.source)))(
    'the build does hold %s somewhere (the check is not looking for a name that went away)',
    (pattern) => {
      const all = outputsOf(metafiles).flatMap((output) => modulesIn(metafiles, output));
      expect(all.filter((module) => pattern.test(module))).not.toEqual([]);
    },
  );
});

describe('the checks', () => {
  const output = (...modules: string[]) => ({
    inputs: Object.fromEntries(modules.map((m) => [m, { bytesInOutput: 10 }])),
  });
  const synthetic: Metafile[] = [
    {
      outputs: {
        'dist/main.cjs': output('src/main.ts', 'src/cli.ts', 'node_modules/commander/index.js'),
      },
    },
    {
      outputs: {
        'dist/app.cjs': output('src/run.ts', 'bundle-ref:main#m0', '<app>'),
        'dist/lazy/text.cjs': output('src/deliver/text.ts'),
      },
    },
  ];
  const withModule = (target: string, module: string): Metafile[] => [
    ...synthetic,
    { outputs: { [target]: output(module) } },
  ];
  const loaded = ['dist/main.cjs', 'dist/app.cjs'];

  it('pass a build that keeps the split', () => {
    expect(outsideOf(synthetic, 'dist/main.cjs', COMMAND_LINE)).toEqual([]);
    expect(unneededModules(synthetic, loaded, NOT_ON_THE_JSON_PATH)).toEqual([]);
  });

  it.each([
    ['node_modules/chalk/source/index.js'],
    ['src/run.ts'],
    ['node_modules/luxon/build/es6/luxon.mjs'],
  ])('fail when dist/main.cjs holds %s', (module) => {
    expect(outsideOf(withModule('dist/main.cjs', module), 'dist/main.cjs', COMMAND_LINE)).toEqual([
      module,
    ]);
  });

  it.each([
    ['node_modules/chalk/source/index.js', 'matches /^node_modules\\/chalk\\//'],
    ['node_modules/mustache/mustache.js', 'matches /^node_modules\\/mustache\\//'],
    ['src/prompts/flow.ts', 'matches /^src\\/prompts\\//'],
    [
      'src/deliver/text.ts',
      'matches /^src\\/deliver\\/(text|eml|mailto|wa|clipboard|osc52)\\.ts$/',
    ],
    ['src/invite/read.ts', undefined],
  ])('fail when the JSON path holds %s', (module, why) => {
    // A module with no pattern is still caught when the build placed it in another output.
    const metafiles = withModule('dist/app.cjs', module);
    if (!why) metafiles.push({ outputs: { 'dist/lazy/invite.cjs': output(module) } });
    expect(unneededModules(metafiles, loaded, NOT_ON_THE_JSON_PATH)).toEqual([
      { output: 'dist/app.cjs', module, why: why ?? 'belongs to dist/lazy/invite.cjs' },
    ]);
  });
});
