import type { ProfileCommand } from './cli.js';
import { printable } from './cli-errors.js';
import { COMMAND_LINE, LOCALES } from './locales/index.js';
import { mergeProfile, PROFILE_KEYS, type Profile } from './core/profile.js';
import {
  clearProfile,
  profilePath,
  profileWarning,
  readProfile,
  saveProfile,
} from './sources/profile.js';

/** The profile command's words: English, as the command line is. */
const SAY = COMMAND_LINE.profile;

/** What `batal-wawancara profile` needs from the world. */
export interface ProfileIo {
  env: Record<string, string | undefined>;
  /** The product (the profile shown) goes to stdout. */
  out: (text: string) => void;
  /** Warnings go to stderr. */
  err: (text: string) => void;
}

function listing(path: string, profile: Profile, heading: string): string {
  const keys = PROFILE_KEYS.filter((k) => profile[k]);
  const width = Math.max(...keys.map((k) => k.length)) + 2;
  const lines = keys.map((k) => `  ${k.padEnd(width)}${profile[k] ?? ''}`);
  return [`${heading}: ${printable(path)}`, ...lines].join('\n') + '\n';
}

/** Shows, saves or clears the profile (SPEC §10). Bad values are a UsageError before anything is written. */
export function runProfileCommand(command: ProfileCommand, io: ProfileIo): void {
  const path = profilePath(io.env);
  if (command.action === 'clear') {
    const removed = clearProfile(path);
    io.out(`${removed ? SAY.deleted : SAY.nothingToDelete}: ${printable(path)}\n`);
    return;
  }
  const read = readProfile(io.env);
  // The profile command speaks English, as its listing does.
  if (read.status === 'invalid') io.err(profileWarning(read, LOCALES.en));
  const saved = read.status === 'ok' ? read.profile : {};
  if (command.action === 'show') {
    if (read.status === 'invalid') return; // the warning said it all
    if (read.status === 'ok' && PROFILE_KEYS.some((k) => saved[k])) {
      io.out(listing(path, saved, SAY.shown));
    } else {
      io.out(`${SAY.none}: ${printable(path)}\n${SAY.saveHint}\n`);
    }
    return;
  }
  const profile = mergeProfile(saved, command.values);
  saveProfile(path, profile);
  io.out(listing(path, profile, SAY.saved));
}
