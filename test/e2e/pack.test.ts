import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_PROFILE, ROOT } from './run-bin.js';

// The package as users get it: a fresh clone of the committed state (no dist/), `npm ci`,
// `npm pack` (whose prepack builds), the tarball installed into an empty folder, run
// through npx. Uncommitted changes in the working folder are not part of it.

interface PackedFile {
  path: string;
}
interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: PackedFile[];
}

/** npm's own variables from an enclosing `npm test` would point the child npm at this repo. */
function npmEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, TZ: 'Asia/Jakarta' };
  for (const key of Object.keys(env)) {
    if (/^npm_/i.test(key) && !/^npm_config_(cache|registry|userconfig)$/i.test(key)) {
      delete env[key];
    }
  }
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'DISPLAY', 'WAYLAND_DISPLAY', 'SSH_TTY', 'DEBUG']) {
    delete env[key];
  }
  return { ...env, XDG_CONFIG_HOME: NO_PROFILE };
}

function git(args: string[], cwd: string): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function npm(command: 'npm' | 'npx', args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    // npm_config_yes=false: npx runs the installed bin or fails, never downloads one.
    env: { ...npmEnv(), npm_config_yes: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 150_000,
  });
}

/** Apparent size of every file under `dir`, and the packages in it (any depth). */
function footprint(dir: string): { bytes: number; packages: string[] } {
  let bytes = 0;
  const packages: string[] = [];
  const walk = (path: string, inNodeModules: string | undefined) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) {
        if (inNodeModules !== undefined && !entry.name.startsWith('@') && entry.name !== '.bin') {
          packages.push(`${inNodeModules}${entry.name}`);
        }
        const scope = entry.name.startsWith('@') && inNodeModules !== undefined;
        walk(
          full,
          entry.name === 'node_modules' ? '' : scope ? `${inNodeModules}${entry.name}/` : undefined,
        );
      } else {
        bytes += statSync(full).size;
      }
    }
  };
  walk(dir, '');
  return { bytes, packages };
}

let work = '';
let app = '';
let clone = '';
let cloneHadDist = true;
let packed: PackResult;
const npx = (args: string[]) => npm('npx', ['batal-wawancara', ...args], app);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'batal-pack-'));
  app = join(work, 'app');
  clone = join(work, 'clone');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "pack-check", "private": true }\n');

  // The commit checked out here (a branch or a detached HEAD alike), and nothing else.
  git(['init', '--quiet', clone], work);
  git(['fetch', '--quiet', '--depth', '1', pathToFileURL(ROOT).href, 'HEAD'], clone);
  git(['checkout', '--quiet', 'FETCH_HEAD'], clone);
  cloneHadDist = existsSync(join(clone, 'dist'));
  const ci = npm('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], clone);
  expect(ci.status, ci.stderr).toBe(0);

  const pack = npm('npm', ['pack', '--json', '--pack-destination', work], clone);
  expect(pack.status, pack.stderr).toBe(0);
  const [result] = JSON.parse(pack.stdout) as PackResult[];
  if (!result) throw new Error(`npm pack printed no result: ${pack.stdout}`);
  packed = result;

  const install = npm(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed.filename)],
    app,
  );
  expect(install.status, install.stderr).toBe(0);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('comes from a fresh clone of this commit, without a prior build', () => {
    expect(git(['rev-parse', 'HEAD'], clone)).toBe(git(['rev-parse', 'HEAD'], ROOT));
    expect(cloneHadDist).toBe(false);
  });

  it('holds the bin, the build and the templates, and no sources or tests', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'package.json',
        'bin/batal-wawancara.js',
        'bin/package.json',
        'dist/main.cjs',
        'dist/app.cjs',
        'templates/id/email.mustache',
        'templates/en/email.mustache',
      ]),
    );
    expect(paths.filter((p) => /^(src|test|scripts)\//.test(p))).toEqual([]);
  });

  it('runs --help through npx', () => {
    const result = npx(['--help']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Usage: batal-wawancara \[options\]/);
    expect(result.stdout).toContain('Examples:');
  }, 30_000);

  it.each([
    [
      ['--demo', '--lang', 'en'],
      ['3. Email', 'Subject: ', 'Dear '],
    ],
    [['--demo'], ['3. Email', 'Subjek: ', 'Dengan hormat,']],
  ])(
    'renders a plan with the email message: %j',
    (args, expected) => {
      const result = npx(args);
      expect(result.status, result.stderr).toBe(0);
      for (const text of expected) expect(result.stdout).toContain(text);
      expect(result.stderr).toBe('');
    },
    30_000,
  );

  it('installs only its two runtime dependencies, everything else bundled, within budget', () => {
    const { bytes, packages } = footprint(join(app, 'node_modules'));
    const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
    console.log(
      `installed footprint: ${mb(bytes)} in node_modules, ${packages.length} packages ` +
        `(tarball ${mb(packed.size)}, unpacked ${mb(packed.unpackedSize)}): ` +
        packages.sort().join(', '),
    );
    const manifest = (dir: string) =>
      JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
        devDependencies?: Record<string, string>;
      };
    // clipboardy keeps its xsel fallback beside it; open launches the mail client and WhatsApp.
    const installed = manifest(join(app, 'node_modules', 'batal-wawancara'));
    expect(Object.keys(installed.dependencies ?? {}).sort()).toEqual(['clipboardy', 'open']);
    // What the sources build on (Commander, chalk, Inquirer, …) travels inside dist/, never installed.
    const bundled = Object.keys(manifest(ROOT).devDependencies ?? {});
    expect(packages.filter((name) => bundled.includes(name))).toEqual([]);
    // Budgets well above today's size (tarball 0.92 MB, unpacked 2.60 MB of which the
    // code cache 0.61 MB, node_modules 4.96 MB with the invitation and phone bundles): a
    // stray folder or a dependency that drags a tree in shows here.
    expect(packed.size).toBeLessThan(1.4e6);
    expect(packed.unpackedSize).toBeLessThan(4e6);
    expect(bytes).toBeLessThan(7e6);
  });
});
