import { formatISO } from 'date-fns/formatISO';
import type { Clock } from '../core/clock.js';
import { fallbackZone, readInterview } from '../core/interview-time.js';
import { inZone } from '../core/time.js';
import type { Answers, InviteReply, Lang } from '../core/types.js';
import type { InviteAnswers } from './invite.js';
import { readInviteBytes } from './invite-file.js';
import { LOCALES } from '../locales/index.js';
import { inviteError } from './invite-error.js';

/** An invitation read for a run: the answers it gives, and what a reply to it needs. */
export interface LoadedInvitation {
  /** As a user would type them; a UTC start already shown in `--tz` or the system zone. */
  answers: InviteAnswers;
  reply: InviteReply;
}

export interface InviteIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdinIsTTY: boolean;
  clock: Clock;
}

const ORDER: (keyof InviteAnswers)[] = ['at', 'company', 'role', 'interviewer', 'to', 'email'];

/** Whether the bytes start like iCalendar (else they are read as an email). */
function isCalendar(text: string): boolean {
  return /^\uFEFF?\s*BEGIN:VCALENDAR\r?\n/i.test(text);
}

/** A UTC start shown in the interview's zone (`--tz`, else the system zone), without a zone token. */
function wallTimeInZone(iso: string, answers: Answers, clock: Clock): string {
  const zone = fallbackZone(answers, clock);
  if (!zone) {
    throw inviteError({ code: 'utc-without-zone' });
  }
  const wall = inZone(Date.parse(iso), zone);
  // "2026-11-27T10:00:00+07:00" → "2026-11-27 10:00", the way a user would type it.
  return formatISO(wall)
    .slice(0, wall.getSeconds() ? 19 : 16)
    .replace('T', ' ');
}

/**
 * Reads `--invite` (a file or `-`): the answers it gives. `answers` (flags and
 * profile) pick the user's attendee, `--tz` and `--now`. A bad invitation, or one
 * whose interview has passed, is a usage error.
 */
export async function loadInvitation(answers: Answers, io: InviteIo): Promise<LoadedInvitation> {
  const bytes = await readInviteBytes(answers.invite ?? '-', io.stdin, io.stdinIsTTY);
  const text = bytes.toString('utf8');
  let calendar = text;
  let email: { messageId?: string; subject?: string } = {};
  if (!isCalendar(text)) {
    // A header line first ("Received: …", "From: …"): an email to look inside.
    if (!/^[\x21-\x39\x3b-\x7e]+:/.test(text)) throw inviteError({ code: 'not-icalendar' });
    const { invitationOfEmail } = await import('./invite-eml.js');
    // A MIME parser may give up on a damaged email: that is a file it cannot read, not a crash.
    const found = await invitationOfEmail(bytes).catch(() => {
      throw inviteError({ code: 'not-icalendar' });
    });
    if (!found) throw inviteError({ code: 'no-calendar' });
    ({ calendar, ...email } = found);
  }
  const { parseInvitation } = await import('./invite.js');
  const read = await parseInvitation(calendar, answers.email);
  if (!read.ok) throw inviteError(read.problem);
  const { event, atIsInstant } = read.value;
  const fromInvite: InviteAnswers = { ...read.value.answers };
  if (fromInvite.at && atIsInstant)
    fromInvite.at = wallTimeInZone(fromInvite.at, answers, io.clock);

  if (fromInvite.at) {
    const interview = readInterview(fromInvite.at, answers, io.clock);
    if (interview.ok && interview.value.at <= interview.value.now) {
      throw inviteError({ code: 'begun', at: fromInvite.at });
    }
  }
  return { answers: fromInvite, reply: { event, ...email } };
}

/**
 * Merges an invitation's answers over `answers` (the profile's and the flags') and
 * under `flags`: flags win. `taken` is what only the invitation answered, in a stable order.
 */
export function mergeInvitation(
  answers: Answers,
  flags: Answers,
  fromInvite: InviteAnswers,
): { answers: Answers; taken: (keyof InviteAnswers)[] } {
  // What the profile already said (the invitation naming the same address) was not taken from it.
  const taken = ORDER.filter(
    (key) =>
      fromInvite[key] !== undefined && flags[key] === undefined && fromInvite[key] !== answers[key],
  );
  return { answers: { ...answers, ...fromInvite, ...flags }, taken };
}

/** The one line that says what the invitation answered ("From the invitation: interview time, …"). */
export function takenNote(taken: (keyof InviteAnswers)[], lang: Lang): string | undefined {
  if (!taken.length) return undefined;
  const words = LOCALES[lang].invitation;
  return `${words.from}: ${taken.map((key) => words.fields[key]).join(', ')}.`;
}
