import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { MAX_INVITE_BYTES, readInviteBytes } from '../../src/sources/invite-file.js';
import { fixture, INVITES } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'batal-invite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const noStdin = Readable.from([]);

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UsageError) return `${error.message} (${error.hint})`;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('readInviteBytes', () => {
  it('reads a file as it is, CRLF and all', async () => {
    const bytes = await readInviteBytes(`${INVITES}outlook-exchange.ics`, noStdin, false);
    expect(bytes.equals(fixture('outlook-exchange.ics'))).toBe(true);
  });

  it('reads standard input for -', async () => {
    const stdin = Readable.from([
      fixture('google-calendar.ics').subarray(0, 100),
      fixture('google-calendar.ics').subarray(100),
    ]);
    const bytes = await readInviteBytes('-', stdin, false);
    expect(bytes.equals(fixture('google-calendar.ics'))).toBe(true);
  });

  it.each([
    ['exactly 1 MiB is read', MAX_INVITE_BYTES, true],
    ['one byte more is refused', MAX_INVITE_BYTES + 1, false],
  ])('%s (file)', async (_label, size, ok) => {
    const path = join(dir, `size-${size}.ics`);
    writeFileSync(path, Buffer.alloc(size, 0x41));
    const read = readInviteBytes(path, noStdin, false);
    if (ok) expect((await read).length).toBe(size);
    else expect(await refusal(read)).toMatch(/^--invite: .+ is larger than 1 MiB/);
  });

  it('standard input over 1 MiB is refused without reading it all', async () => {
    let pulled = 0;
    const stdin = new Readable({
      read() {
        pulled += 64 * 1024;
        this.push(Buffer.alloc(64 * 1024, 0x41));
      },
    });
    expect(await refusal(readInviteBytes('-', stdin, false))).toMatch(
      /^--invite: standard input is larger than 1 MiB/,
    );
    expect(pulled).toBeLessThan(MAX_INVITE_BYTES * 2);
  });

  it('a FIFO that never ends is cut at 1 MiB', async () => {
    const path = join(dir, 'fifo');
    execFileSync('mkfifo', [path]);
    // A writer that never stops: the reader must stop by itself.
    const out = createWriteStream(path);
    out.on('error', () => {});
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    const pump = () => {
      while (!out.destroyed && out.write(chunk));
      if (!out.destroyed) out.once('drain', pump);
    };
    out.once('open', pump);
    expect(await refusal(readInviteBytes(path, noStdin, false))).toMatch(/larger than 1 MiB/);
    out.destroy();
  });

  it.each([
    ['a missing file', join(dir, 'nope.ics'), 'no such file'],
    ['a folder', dir, 'it is a folder'],
  ])('%s', async (_label, path, why) => {
    expect(await refusal(readInviteBytes(path, noStdin, false))).toBe(
      `--invite: cannot read ${path} (${why}) (give the path of an .ics or .eml file)`,
    );
  });

  it('a file name with escape codes is shown without them', async () => {
    const path = join(dir, 'x\u001b[2Jy.ics');
    expect(await refusal(readInviteBytes(path, noStdin, false))).toBe(
      `--invite: cannot read ${join(dir, 'x[2Jy.ics')} (no such file) (give the path of an .ics or .eml file)`,
    );
  });

  it('- on a terminal is refused rather than waiting for typing', async () => {
    expect(await refusal(readInviteBytes('-', noStdin, true))).toMatch(
      /^--invite -: standard input is a terminal/,
    );
  });
});
