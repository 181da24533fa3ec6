import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isInteractive, linkedBin, runExample, setupCommands } from './examples.js';
import { KEY, startPty, terminalEnv, type PtySession } from './pty.js';
import { ROOT, runBin } from './run-bin.js';

// Every command the README and --help show runs as written: each ```sh block of the
// README and each example of --help, pasted into bash with `batal-wawancara` linked
// on PATH. Mail tools and jq at the end of a pipe are replaced (see examples.ts).

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const BLOCKS = [...README.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');

/** --help's examples: under "Examples:", a description line, then the command indented by 4. */
function helpExamples(): string[] {
  const help = runBin(['--help']).stdout;
  const section = help.slice(help.indexOf('\nExamples:\n'), help.indexOf('\nEnvironment:\n'));
  return section
    .split('\n\n')
    .map((example) =>
      example
        .split('\n')
        .filter((line) => line.startsWith('    '))
        .map((line) => line.slice(4))
        .join('\n'),
    )
    .filter(Boolean);
}
const HELP = helpExamples();

/** The lines of a script that are commands (not blank, not comments). */
const shellLines = (script: string) =>
  script.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));

const linked = linkedBin();
afterAll(() => linked.rm());
let config = '';
beforeEach(() => {
  config = mkdtempSync(join(tmpdir(), 'batal-readme-'));
});
afterEach(() => rmSync(config, { recursive: true, force: true }));

let session: PtySession | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

function expectRuns(script: string) {
  const run = runExample(script, { linked: linked.dir, config });
  // A warning (a proposed time that falls on a weekend, say) depends on the day it runs.
  expect(run.stderr, script).not.toMatch(
    /^batal-wawancara: (?!.*clipboard)(?!warning: |peringatan: )/m,
  );
  expect(run.code, `${script}\n${run.stderr}`).toBe(0);
  expect(run.stdout.trim(), script).not.toBe('');
  expect(run.stdout, script).not.toContain('\u001b');
}

async function expectQuestions(script: string) {
  session = startPty('bash', ['-c', script], {
    cwd: ROOT,
    env: terminalEnv({ PATH: `${linked.dir}:${process.env.PATH ?? ''}`, XDG_CONFIG_HOME: config }),
  });
  await session.answer('Bahasa / Language', KEY.ctrlC);
  expect(await session.exited).toMatchObject({ exitCode: 130 });
}

describe('the README', () => {
  it('shows shell examples, none with a placeholder', () => {
    expect(BLOCKS.length).toBeGreaterThanOrEqual(6);
    for (const block of BLOCKS) expect(block).not.toMatch(/…|<[a-z-]+>/);
  });

  it('names only npm commands the package has', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const shown = BLOCKS.flatMap(setupCommands);
    expect(shown).toEqual(expect.arrayContaining(['npm ci', 'npm run build', 'npm link']));
    for (const command of shown) {
      const script = /^npm (?:run )?(build|test)$/.exec(command)?.[1];
      if (script) expect(scripts[script], command).toBeTruthy();
    }
  });

  // Blocks of setup commands alone (npm ci, npm test) are checked above, not run.
  const runnable = BLOCKS.filter((b) => shellLines(b).length > setupCommands(b).length);
  it.each(runnable.filter((b) => !isInteractive(b)))('runs as written:\n%s', (script) => {
    expectRuns(script);
  });

  it.each(runnable.filter(isInteractive))('starts the questions:\n%s', async (script) => {
    await expectQuestions(script);
  });
});

describe('the examples of --help', () => {
  it('are there, none with a placeholder', () => {
    expect(HELP.length).toBeGreaterThanOrEqual(6);
    for (const example of HELP) expect(example).not.toMatch(/…|<[a-z-]+>/);
  });

  it.each(HELP.filter((e) => !isInteractive(e)))('runs as written:\n%s', (script) => {
    expectRuns(script);
  });

  it.each(HELP.filter(isInteractive))('starts the questions:\n%s', async (script) => {
    await expectQuestions(script);
  });
});
