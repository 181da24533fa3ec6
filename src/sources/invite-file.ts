import { open } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';
import { stripControlChars } from '../core/fields.js';

/** Invitations are small; anything larger is not one (and is not read whole). */
export const MAX_INVITE_BYTES = 1024 * 1024;

const TOO_BIG = (source: string) =>
  new UsageError(
    `--invite: ${stripControlChars(source)} is larger than 1 MiB, too large for an invitation`,
    'give the .ics file or the invitation email itself',
  );

async function readCapped(chunks: AsyncIterable<Buffer | string>, source: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const part = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += part.length;
    if (size > MAX_INVITE_BYTES) throw TOO_BIG(source);
    parts.push(part);
  }
  return Buffer.concat(parts);
}

function cannotRead(path: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a folder'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : (code ?? 'unreadable');
  return new UsageError(
    `--invite: cannot read ${stripControlChars(path)} (${why})`,
    'give the path of an .ics or .eml file',
  );
}

/**
 * The bytes of the invitation: the file at `path`, or standard input for `-`.
 * At most 1 MiB is read; more, a missing file or a terminal on stdin is a usage error.
 */
export async function readInviteBytes(
  path: string,
  stdin: NodeJS.ReadableStream & { isTTY?: boolean },
  stdinIsTTY: boolean,
): Promise<Buffer> {
  if (path === '-') {
    if (stdinIsTTY) {
      throw new UsageError(
        '--invite -: standard input is a terminal, not an invitation',
        'pipe the invitation in (… < invite.ics), or give its file name',
      );
    }
    return readCapped(stdin as AsyncIterable<Buffer>, 'standard input');
  }
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw cannotRead(path, { code: 'EISDIR' });
    if (stat.size > MAX_INVITE_BYTES) throw TOO_BIG(path);
    // The size can change under us (a growing file, a FIFO): the read itself is capped too.
    return await readCapped(
      handle.createReadStream({ end: MAX_INVITE_BYTES, autoClose: false }),
      path,
    );
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw cannotRead(path, error);
  } finally {
    await handle.close();
  }
}
