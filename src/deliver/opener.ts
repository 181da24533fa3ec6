import type { ChildProcess } from 'node:child_process';
import { stripControlChars } from '../core/fields.js';

/** Why a link was not handed to an application. */
export type OpenProblem =
  /** A Linux or BSD session without DISPLAY or WAYLAND_DISPLAY: a server, a console. */
  | { code: 'no-display' }
  /** Over SSH without a forwarded display: it would open on the other machine's screen. */
  | { code: 'remote' }
  /** The opener is missing, or said it could not open the link. */
  | { code: 'failed'; detail: string };

export type OpenResult = { opened: true } | { opened: false; problem: OpenProblem };

export interface OpenerIo {
  env: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  /**
   * How long the launcher may take to report a failure. xdg-open, `open` and gio
   * hand over and exit at once; one still running after this has started an application.
   */
  graceMs?: number;
}

const GRACE_MS = 2000;

// Where the opener talks to the desktop itself, not to an X11 or Wayland display.
const OWN_DESKTOP: readonly NodeJS.Platform[] = ['darwin', 'win32', 'android'];

/** Why nothing could be opened here, before trying: no display, or a remote session. */
export function openProblem(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
): OpenProblem | undefined {
  const display = Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  if (display) return undefined;
  if (env.SSH_CONNECTION || env.SSH_CLIENT || env.SSH_TTY) return { code: 'remote' };
  // WSL opens through Windows, which needs no display on the Linux side.
  const wsl = Boolean(env.WSL_DISTRO_NAME || env.WSL_INTEROP);
  if (!OWN_DESKTOP.includes(platform) && !wsl) return { code: 'no-display' };
  return undefined;
}

/** The launcher's exit code, or 'running' when it has not exited within `ms`. */
function exitWithin(child: ChildProcess, ms: number): Promise<number | 'running'> {
  const settled = (code: number | null) => code ?? -1; // killed by a signal: a failure
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(settled(child.exitCode));
  }
  return new Promise((resolve) => {
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      resolve(settled(code));
    };
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve('running');
    }, ms);
    child.once('exit', onExit);
  });
}

/**
 * Hands a `mailto:` or `https:` link to the desktop's opener (the `open` package:
 * its own xdg-open on Linux, `open` on macOS, PowerShell on Windows). Says why
 * when it could not; the caller then prints the link, so it is never lost.
 */
export async function openLink(url: string, io: OpenerIo): Promise<OpenResult> {
  const problem = openProblem(io.env, io.platform ?? process.platform);
  if (problem) return { opened: false, problem };
  try {
    // Loaded only here, and never bundled: it runs the xdg-open script that ships beside it.
    const { default: open } = await import('open');
    const child = await open(url);
    const code = await exitWithin(child, io.graceMs ?? GRACE_MS);
    if (code === 'running' || code === 0) return { opened: true };
    return { opened: false, problem: { code: 'failed', detail: `exit code ${code}` } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const detail = stripControlChars(message.split('\n')[0] ?? '');
    return { opened: false, problem: { code: 'failed', detail } };
  }
}
