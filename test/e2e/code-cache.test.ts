import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBin, SCRIPTED } from './run-bin.js';

// The V8 code cache the build writes into dist/code-cache/ (src/code-cache.ts,
// scripts/code-cache.mjs): V8 accepts it, the output is the output without it, a cache V8
// cannot use is ignored, import() works from cached code, and a run never writes one.

const DIST = join(ROOT, 'dist');
const CACHE = join(DIST, 'code-cache');

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * Whether V8 accepts each cache for its bundle, asked in a plain `node` (the test runner's
 * own process may run with other flags, which V8 counts in).
 */
function acceptance(dist: string, flags: string[] = []): Record<string, boolean> {
  const script = [
    "const { readFileSync } = require('node:fs');",
    "const { join } = require('node:path');",
    'const [dist, ...bundles] = process.argv.slice(1);',
    "const { compileBundle } = require(join(dist, 'code-cache.cjs'));",
    'const out = {};',
    'for (const b of bundles) {',
    '  const file = join(dist, b);',
    "  const data = readFileSync(join(dist, 'code-cache', b + '.bin'));",
    "  out[b] = !compileBundle(readFileSync(file, 'utf8'), file, data).cachedDataRejected;",
    '}',
    'process.stdout.write(JSON.stringify(out));',
  ].join('\n');
  const bundles = filesUnder(join(dist, 'code-cache')).map((f) => f.replace(/\.bin$/, ''));
  const result = spawnSync(process.execPath, [...flags, '-e', script, dist, ...bundles], {
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, boolean>;
}

const JSON_RUN = [...SCRIPTED, '--sure', '--format', 'json'];
const TEXT_RUN = [...SCRIPTED, '--reschedule', '--slot', '2026-11-30 09:00 WIB', '--lang', 'en'];

describe('the code cache the build writes', () => {
  it('covers the bundles of a render, the text plan, eml and an error', () => {
    expect(filesUnder(CACHE)).toEqual(
      expect.arrayContaining([
        'main.cjs.bin',
        'app.cjs.bin',
        'templates/id.cjs.bin',
        'templates/en.cjs.bin',
        'lazy/deliver-text.cjs.bin',
        'lazy/chalk.cjs.bin',
        'lazy/deliver-eml.cjs.bin',
        'lazy/report.cjs.bin',
      ]),
    );
  });

  it('leaves out the bundles that hold an import() (cached code cannot run one on Node 20)', () => {
    const importing = filesUnder(DIST).filter(
      (f) => f.endsWith('.cjs') && readFileSync(join(DIST, f), 'utf8').includes('import('),
    );
    expect(importing).toEqual(expect.arrayContaining(['lazy/deliver-clipboard.cjs']));
    expect(filesUnder(CACHE).filter((f) => importing.includes(f.replace(/\.bin$/, '')))).toEqual(
      [],
    );
  });

  it('is accepted by V8 for every bundle it is written for', () => {
    const accepted = acceptance(DIST);
    expect(Object.keys(accepted).length).toBeGreaterThanOrEqual(9);
    expect(Object.entries(accepted).filter(([, ok]) => !ok)).toEqual([]);
  });

  it('holds no bundle that calls require() for more than a module (the loader gives only that)', () => {
    for (const file of filesUnder(DIST).filter((f) => f.endsWith('.cjs'))) {
      const source = readFileSync(join(DIST, file), 'utf8');
      expect(source, file).not.toMatch(/\brequire\s*\.\s*(resolve|cache|main|extensions)\b/);
    }
  });
});

describe('a run with the code cache', () => {
  // Copies of the build inside the project (so clipboardy and open still resolve from
  // node_modules): one without a cache, one whose caches V8 must refuse.
  let work = '';
  const copy = (name: string): string => {
    const dir = join(work, name);
    cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
    cpSync(DIST, join(dir, 'dist'), { recursive: true });
    return dir;
  };
  let bare = '';
  let spoilt = '';
  beforeAll(() => {
    mkdirSync(join(ROOT, '.build'), { recursive: true });
    work = mkdtempSync(join(ROOT, '.build', 'code-cache-test-'));
    bare = copy('bare');
    rmSync(join(bare, 'dist', 'code-cache'), { recursive: true });
    spoilt = copy('spoilt');
    const cache = join(spoilt, 'dist', 'code-cache');
    const main = readFileSync(join(cache, 'main.cjs.bin'));
    // Garbage, a cut-off cache, and another bundle's cache (V8 checks the source's length).
    writeFileSync(join(cache, 'app.cjs.bin'), Buffer.alloc(4096, 0x5a));
    writeFileSync(join(cache, 'main.cjs.bin'), main.subarray(0, main.length >> 1));
    writeFileSync(join(cache, 'templates', 'id.cjs.bin'), main);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const bin = (dir: string) => join(dir, 'bin', 'batal-wawancara.js');

  it.each([
    ['JSON', JSON_RUN],
    ['the text plan', TEXT_RUN],
    ['eml', [...TEXT_RUN, '--to', 'hr@example.com', '--format', 'eml']],
  ])('prints exactly what a run without it prints: %s', (_, args) => {
    // An email's Message-ID is new every run.
    const run = (options = {}) => {
      const result = runBin(args, {}, options);
      return { ...result, stdout: result.stdout.replace(/^Message-ID: .*$/m, 'Message-ID') };
    };
    const cached = run();
    const uncached = run({ bin: bin(bare) });
    expect(cached.code, cached.stderr).toBe(0);
    expect(cached.stdout.length).toBeGreaterThan(500);
    expect(cached).toEqual(uncached);
  });

  it('ignores caches V8 refuses: garbage, cut off, another bundle’s', () => {
    const accepted = acceptance(join(spoilt, 'dist'));
    expect(accepted['app.cjs']).toBe(false);
    expect(accepted['main.cjs']).toBe(false);
    expect(accepted['templates/id.cjs']).toBe(false);
    expect(runBin(JSON_RUN, {}, { bin: bin(spoilt) })).toEqual(runBin(JSON_RUN));
  });

  it('ignores the cache under other V8 flags, and the run is the same', () => {
    const refused = Object.values(acceptance(DIST, ['--no-opt']));
    expect(refused.length).toBeGreaterThanOrEqual(9);
    expect(refused.every((ok) => !ok)).toBe(true);
    const result = spawnSync(process.execPath, ['--no-opt', bin(ROOT), ...JSON_RUN], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'Asia/Jakarta' },
      encoding: 'utf8',
    });
    const plain = runBin(JSON_RUN);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(plain.stdout);
  });

  it('keeps import() working: --copy loads clipboardy, which finds no display; printed', () => {
    const args = [...SCRIPTED, '--sure', '--lang', 'en', '--copy'];
    const { code, stdout, stderr } = runBin(args, { DISPLAY: ':1999' });
    expect(code, stderr).toBe(0);
    // The display named in the warning comes from clipboardy's own error: it was imported.
    expect(stderr).toMatch(/clipboard.*:1999/);
    expect(stdout).toBe(runBin([...SCRIPTED, '--sure', '--lang', 'en']).stdout);
  });

  it('never writes a cache: the build’s files stay as they were', () => {
    const dist = join(spoilt, 'dist');
    const before = filesUnder(dist).map((f) => [f, statSync(join(dist, f)).mtimeMs]);
    for (const args of [JSON_RUN, TEXT_RUN, ['--help']]) {
      expect(runBin(args, {}, { bin: bin(spoilt) }).code).toBe(0);
    }
    const after = filesUnder(dist).map((f) => [f, statSync(join(dist, f)).mtimeMs]);
    expect(after).toEqual(before);
  });
});
