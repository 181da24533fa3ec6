import { createWriteStream, openSync } from 'node:fs';
import { stripControlChars } from '../core/fields.js';
import type { Lang } from '../core/types.js';
import { LOCALES, type ClipboardWords } from '../locales/index.js';
import { OutputError, quiet } from '../stdio.js';
import { osc52Sequence } from './osc52.js';

export interface CopyIo {
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  lang: Lang;
  /** The terminal for OSC 52; defaults to /dev/tty. Returns undefined when there is none. */
  openTty?: () => NodeJS.WritableStream | undefined;
  /**
   * Where the text goes without a clipboard: stdout (the default, for `--copy`), or
   * the terminal (stderr) once stdout holds the product, which must stay whole.
   */
  fallback?: 'stdout' | 'terminal';
}

export type CopyResult = 'copied' | 'osc52' | 'fallback';

// clipboardy talks to pbcopy, Windows, or Termux here; everything else goes through X11/Wayland.
const USES_DISPLAY = !['darwin', 'win32', 'android'].includes(process.platform);

/** Writes `text`; a failure rejects (the stream's own 'error' event is left unheard). */
function writeAll(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    quiet(stream).write(text, (error) => (error ? reject(error) : resolve()));
  });
}

function openDevTty(): NodeJS.WritableStream | undefined {
  try {
    // Opened synchronously so a missing terminal (ENXIO) is known before anything is written.
    return createWriteStream('/dev/tty', { fd: openSync('/dev/tty', 'w') });
  } catch {
    return undefined;
  }
}

/** Why clipboardy failed, as one short line for the warning. */
function describeFailure(error: unknown, env: NodeJS.ProcessEnv, locale: ClipboardWords): string {
  const detail =
    error instanceof Error
      ? `${error.message}\n${String((error as { xselError?: { stderr?: unknown } }).xselError?.stderr ?? '')}`
      : String(error);
  if (/display/iu.test(detail)) {
    return locale.displayUnreachable(env.WAYLAND_DISPLAY || env.DISPLAY || '?');
  }
  if (/find|ENOENT|not found/iu.test(detail)) return locale.noTool;
  // Only the first line, without control characters: it lands on the user's terminal.
  return stripControlChars(detail.split('\n')[0] ?? '');
}

/** A line on stderr; when stderr itself fails there is no one left to tell. */
async function note(io: CopyIo, line: string): Promise<void> {
  await writeAll(io.stderr, `${line}\n`).catch(() => {});
}

async function fallBack(text: string, cause: string, io: CopyIo, locale: ClipboardWords) {
  // On a terminal, end the text's last line so the warning starts on its own;
  // piped, the bytes stay exactly the text.
  const out = io.fallback === 'terminal' ? io.stderr : io.stdout;
  const onTerminal = io.fallback === 'terminal' || (out as { isTTY?: boolean }).isTTY === true;
  try {
    await writeAll(out, onTerminal && !text.endsWith('\n') ? `${text}\n` : text);
  } catch (error) {
    // A reader that went away ends the output quietly; anything else is said, never dropped.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 'fallback' as const;
    throw new OutputError(error as NodeJS.ErrnoException);
  }
  await note(io, io.fallback === 'terminal' ? locale.shownAbove(cause) : locale.fallback(cause));
  return 'fallback' as const;
}

/**
 * Puts `text` on the clipboard and says so on stderr: OSC 52 over SSH or when
 * asked, else the system clipboard. When neither works, the text goes to
 * stdout unchanged with a one-line warning — it is never lost.
 */
export async function copyOutput(
  text: string,
  how: 'auto' | 'osc52',
  io: CopyIo,
): Promise<CopyResult> {
  const locale = LOCALES[io.lang].clipboard;

  if (how === 'osc52' || io.env.SSH_TTY) {
    const tty = (io.openTty ?? openDevTty)();
    if (!tty) return fallBack(text, locale.noTty, io, locale);
    try {
      await writeAll(tty, osc52Sequence(text));
    } catch (error) {
      return fallBack(text, describeFailure(error, io.env, locale), io, locale);
    } finally {
      // The write callback means the bytes reached the terminal; closing can go on in the background.
      if (!io.openTty) tty.end();
    }
    await note(io, locale.osc52);
    return 'osc52';
  }

  // On X11/Wayland systems no display means xsel and wl-copy can only fail: say why instead.
  if (USES_DISPLAY && !io.env.DISPLAY && !io.env.WAYLAND_DISPLAY) {
    return fallBack(text, locale.noDisplay, io, locale);
  }

  try {
    // Loaded only here: clipboardy and its xsel fallback stay outside the bundle.
    // It reads the display from process.env, which main passes in as io.env.
    const { default: clipboard } = await import('clipboardy');
    await clipboard.write(text);
  } catch (error) {
    return fallBack(text, describeFailure(error, io.env, locale), io, locale);
  }
  await note(io, locale.copied);
  return 'copied';
}
