import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { printable } from '../cli-errors.js';
import {
  formatProfile,
  MAX_PROFILE_BYTES,
  parseProfile,
  type Profile,
  type ProfileProblem,
} from '../core/profile.js';
import { sayProblem, type Locale } from '../locales/index.js';

/** Why the file at the profile's place cannot be used: put into words by `profileWarning`. */
export type ProfileIssue =
  | ProfileProblem
  | { code: 'permission' }
  | { code: 'directory' }
  | { code: 'not-file' }
  | { code: 'too-big' }
  | { code: 'unreadable'; detail: string }
  | { code: 'utf8' };

/** What reading the profile found: nothing (normal), a profile, or a file that cannot be used. */
export type ProfileRead =
  | { status: 'absent'; path: string }
  | { status: 'ok'; path: string; profile: Profile }
  | { status: 'invalid'; path: string; why: ProfileIssue };

/**
 * Where the profile lives: `$XDG_CONFIG_HOME/batal-wawancara/profile.json`, else
 * `~/.config/…` (the XDG rules: a relative XDG_CONFIG_HOME is ignored).
 */
export function profilePath(env: Record<string, string | undefined>): string {
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), '.config');
  return join(base, 'batal-wawancara', 'profile.json');
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads at most MAX_PROFILE_BYTES + 1 bytes: one more than the cap says "too big". */
function readCapped(fd: number): Buffer {
  const buffer = Buffer.alloc(MAX_PROFILE_BYTES + 1);
  let length = 0;
  for (;;) {
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0 || (length += n) === buffer.length) return buffer.subarray(0, length);
  }
}

function describe(error: unknown): ProfileIssue {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return { code: 'permission' };
  if (code === 'EISDIR') return { code: 'directory' };
  return { code: 'unreadable', detail: code ?? String(error) };
}

/** Reads and checks the profile. Never throws: a bad file is `invalid`, with the reason in words. */
export function readProfile(env: Record<string, string | undefined>): ProfileRead {
  const path = profilePath(env);
  let fd: number;
  try {
    // Non-blocking: a FIFO left at the path must not hang the run.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { status: 'absent', path };
    return { status: 'invalid', path, why: describe(error) };
  }
  let bytes: Buffer;
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { status: 'invalid', path, why: { code: 'directory' } };
    if (!stat.isFile()) return { status: 'invalid', path, why: { code: 'not-file' } };
    if (stat.size > MAX_PROFILE_BYTES) return { status: 'invalid', path, why: { code: 'too-big' } };
    bytes = readCapped(fd);
  } catch (error) {
    return { status: 'invalid', path, why: describe(error) };
  } finally {
    closeSync(fd);
  }
  if (bytes.length > MAX_PROFILE_BYTES)
    return { status: 'invalid', path, why: { code: 'too-big' } };
  let text: string;
  try {
    text = UTF8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { status: 'invalid', path, why: { code: 'utf8' } };
  }
  const parsed = parseProfile(text);
  if (parsed.ok) return { status: 'ok', path, profile: parsed.profile };
  return { status: 'invalid', path, why: parsed.problem };
}

/** Why the profile cannot be used, in words. */
function issueText(why: ProfileIssue, locale: Locale): string {
  const words = locale.profileFile;
  switch (why.code) {
    case 'permission':
      return words.permission;
    case 'directory':
      return words.directory;
    case 'not-file':
      return words.notFile;
    case 'too-big':
      return words.tooBig(MAX_PROFILE_BYTES / 1024);
    case 'unreadable':
      return words.unreadable(why.detail);
    case 'utf8':
      return words.utf8;
    case 'json':
      return words.json;
    case 'not-an-object':
      return words.notObject;
    case 'not-text':
      return words.notText(why.key);
    case 'value':
      return words.value(why.key, sayProblem(why.problem, locale));
  }
}

/**
 * Writes the profile atomically: a temporary file in the same directory, mode
 * 0600, flushed, then renamed over the old one. The directory is made 0700.
 */
export function saveProfile(path: string, profile: Profile): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700); // ours alone, even when it was made by hand
  const temp = join(dir, `.profile.json.${process.pid}.${Date.now().toString(36)}.tmp`);
  const bytes = Buffer.from(formatProfile(profile), 'utf8');
  const fd = openSync(temp, 'wx', 0o600);
  try {
    try {
      for (let written = 0; written < bytes.length;) {
        written += writeSync(fd, bytes, written);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** The one warning line about a profile that cannot be used: it is ignored, and left as it is. */
export function profileWarning(read: { path: string; why: ProfileIssue }, locale: Locale): string {
  const said = locale.profileFile.ignoring(printable(read.path), issueText(read.why, locale));
  return `batal-wawancara: ${said.what} (${said.hint})\n`;
}

/** Deletes the profile (an empty directory in its place too); false when there was none. */
export function clearProfile(path: string): boolean {
  let isDirectory: boolean;
  try {
    isDirectory = lstatSync(path).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  if (isDirectory) rmdirSync(path);
  else unlinkSync(path);
  return true;
}
