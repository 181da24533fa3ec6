import { formatISO } from 'date-fns';
import { UsageError } from '../core/errors.js';
import { stripControlChars } from '../core/fields.js';
import type { Clock } from '../core/clock.js';
import { fallbackZone, readInterview } from '../core/interview-time.js';
import { inZone } from '../core/time.js';
import type { Answers, InviteReply, Lang } from '../core/types.js';
import type { InviteAnswers, InviteProblem } from './invite.js';
import { readInviteBytes } from './invite-file.js';

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

/** A field of the file, safe in one line of a message. */
function shown(value: string): string {
  const clean = stripControlChars(value);
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}

const GIVE_AT = 'give the time with --at instead of --invite';

/** The problem as one usage error line. */
export function inviteError(problem: InviteProblem | { code: 'no-calendar' }): UsageError {
  const say = (what: string, hint: string) => new UsageError(`--invite: ${what}`, hint);
  switch (problem.code) {
    case 'not-icalendar':
      return say(
        'not an iCalendar invitation (.ics), nor an email carrying one',
        'give the .ics file, or the invitation email saved as .eml',
      );
    case 'no-calendar':
      return say(
        'the email carries no calendar invitation (no text/calendar part, no .ics attachment)',
        'give the email that holds the invitation, or its .ics file',
      );
    case 'not-invitation':
      return say(
        `the calendar is a ${shown(problem.method)}, not an invitation`,
        'give the invitation itself (METHOD:REQUEST)',
      );
    case 'no-event':
      return say('the calendar holds no event', "give the interview's invitation");
    case 'several-events':
      return say(
        `the calendar holds ${problem.count} events, not one interview`,
        "save the interview's event on its own",
      );
    case 'recurring':
      return say('the event repeats (RRULE or RDATE), an interview happens once', GIVE_AT);
    case 'all-day':
      return say('the event lasts all day and has no start time', GIVE_AT);
    case 'cancelled':
      return say(
        'the invitation is cancelled (METHOD:CANCEL or STATUS:CANCELLED)',
        'the recruiter has already called the interview off',
      );
    case 'no-start':
      return say('the event has no start time (DTSTART)', GIVE_AT);
    case 'no-uid':
      return say('the event has no UID, so no calendar could match a reply to it', GIVE_AT);
    case 'unknown-zone':
      return say(
        `unknown time zone "${shown(problem.tzid)}", defined nowhere in the file`,
        GIVE_AT,
      );
  }
}

/** Whether the bytes start like iCalendar (else they are read as an email). */
function isCalendar(text: string): boolean {
  return /^\uFEFF?\s*BEGIN:VCALENDAR\r?\n/i.test(text);
}

/** A UTC start shown in the interview's zone (`--tz`, else the system zone), without a zone token. */
function wallTimeInZone(iso: string, answers: Answers, clock: Clock): string {
  const zone = fallbackZone(answers, clock);
  if (!zone) {
    throw new UsageError(
      '--invite: the invitation gives the time in UTC, and the system time zone (TZ) cannot be read',
      'give the zone to show it in with --tz, e.g. --tz Asia/Jakarta',
    );
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
      throw new UsageError(
        `--invite: the interview in the invitation (${fromInvite.at}) has already begun`,
        'check that this is the right invitation, and --now if you gave it',
      );
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

const FIELD_WORDS: Record<Lang, Record<keyof InviteAnswers, string> & { from: string }> = {
  id: {
    from: 'Dari undangan',
    at: 'waktu wawancara',
    company: 'perusahaan',
    role: 'posisi',
    interviewer: 'pewawancara',
    to: 'email perekrut',
    email: 'email Anda',
  },
  en: {
    from: 'From the invitation',
    at: 'interview time',
    company: 'company',
    role: 'role',
    interviewer: 'interviewer',
    to: "recruiter's email",
    email: 'your email',
  },
};

/** The one line that says what the invitation answered ("From the invitation: interview time, …"). */
export function takenNote(taken: (keyof InviteAnswers)[], lang: Lang): string | undefined {
  if (!taken.length) return undefined;
  const words = FIELD_WORDS[lang];
  return `${words.from}: ${taken.map((key) => words[key]).join(', ')}.`;
}
