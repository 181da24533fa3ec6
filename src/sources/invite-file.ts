import { open } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';
import { COMMAND_LINE } from '../locales/index.js';
import { inviteError } from './invite-error.js';

/** Invitations are small; anything larger is not one (and is not read whole). */
export const MAX_INVITE_BYTES = 1024 * 1024;

const TOO_BIG = (source: string) => inviteError({ code: 'too-large', source });

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
      ? 'missing'
      : code === 'EISDIR'
        ? 'folder'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission'
          : (code ?? 'unreadable');
  return inviteError({ code: 'cannot-read', path, why });
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
      throw inviteError({ code: 'stdin-terminal' });
    }
    return readCapped(stdin as AsyncIterable<Buffer>, COMMAND_LINE.standardInput);
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
