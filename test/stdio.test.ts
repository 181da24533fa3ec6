import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTerminal } from '../src/stdio.js';

const here = new URL('.', import.meta.url);

/** Runs a snippet in a child whose stdin/stdout are what the test says. */
function child(code: string, stdio: ['ignore' | 'pipe' | number, 'pipe' | number]) {
  return spawnSync(process.execPath, ['--import', 'tsx', '-e', code], {
    cwd: new URL('..', here),
    stdio: [stdio[0], stdio[1], 'pipe'],
    encoding: 'utf8',
  });
}

describe('isTerminal', () => {
  it.each([
    ['/dev/null', 'ignore'],
    ['a pipe', 'pipe'],
  ] as const)('stdin from %s is not a terminal', (_name, stdin) => {
    const run = child(
      "import('./src/stdio.ts').then((m) => process.stdout.write(String(m.isTerminal(0))))",
      [stdin, 'pipe'],
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('false');
  });

  it('a closed descriptor is not a terminal', () => {
    expect(isTerminal(987)).toBe(false);
  });
});

describe('writeStdout', () => {
  it('writes large output whole to a file and to a pipe', () => {
    const line = 'Yth. Ibu Sari — é 🙏\n';
    const text = line.repeat(20000); // ~500 kB: more than a pipe holds
    const code = `import('./src/stdio.ts').then((m) => m.writeStdout(${JSON.stringify(line)}.repeat(20000)))`;
    const piped = child(code, ['ignore', 'pipe']);
    expect(piped.stdout).toBe(text);
    const dir = mkdtempSync(join(tmpdir(), 'bw-stdio-'));
    try {
      const file = join(dir, 'out.txt');
      const fd = openSync(file, 'w');
      child(code, ['ignore', fd]);
      closeSync(fd);
      expect(readFileSync(file, 'utf8')).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends quietly when the reader has gone (EPIPE)', () => {
    const run = spawnSync(
      'sh',
      [
        '-c',
        `${process.execPath} --import tsx -e "import('./src/stdio.ts').then((m) => m.writeStdout('x\\n'.repeat(200000)))" | head -1`,
      ],
      { cwd: new URL('..', here), encoding: 'utf8' },
    );
    expect(run.stdout).toBe('x\n');
    expect(run.stderr).toBe('');
  });
});
