import ICAL from 'ical.js';
import { checkEmail, checkLine, MAX_NAME } from '../core/fields.js';
import type { InviteProblem } from '../core/problems.js';
import type { Answers, InviteEvent } from '../core/types.js';
import { pad } from '../core/wall-clock.js';
import { companyRole } from './invite-summary.js';
import { zoneOfTzid } from './invite-zone.js';

export type { InviteProblem } from '../core/problems.js';

export type Read<T> = { ok: true; value: T } | { ok: false; problem: InviteProblem };

/** The answers an invitation gives, as raw strings the way a user would type them. */
export type InviteAnswers = Pick<
  Answers,
  'at' | 'interviewer' | 'to' | 'email' | 'company' | 'role'
>;

/** A readable invitation: the answers it gives and what a reply needs. */
export interface Invitation {
  /**
   * `at` is "YYYY-MM-DD HH:mm <zone>" (an IANA name or ±HH:MM), or without a zone
   * for a floating time — except when `atIsInstant`: then it is a UTC instant
   * ("2026-11-27T03:00:00Z") for the caller to show in `--tz` or the system zone.
   */
  answers: InviteAnswers;
  atIsInstant: boolean;
  event: InviteEvent;
}

const ACCEPTED_METHODS = ['REQUEST', 'PUBLISH', 'ADD'];
const NOT_PEOPLE = ['ROOM', 'RESOURCE', 'GROUP'];

function fail<T>(problem: InviteProblem): Read<T> {
  return { ok: false, problem };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function mailto(uri: unknown): string | undefined {
  const match = /^mailto:(.+)$/i.exec(text(uri)?.trim() ?? '');
  if (!match?.[1]) return undefined;
  const checked = checkEmail(match[1]);
  return checked.ok ? checked.value : undefined;
}

/** A one-line value fit for an answer; anything a flag could not hold is left out. */
function line(value: unknown): string | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  const checked = checkLine(raw, MAX_NAME);
  return checked.ok ? checked.value : undefined;
}

function wallText(time: ICAL.Time): string {
  const date = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
  const seconds = time.second ? `:${pad(time.second)}` : '';
  return `${date} ${pad(time.hour)}:${pad(time.minute)}${seconds}`;
}

function offsetText(seconds: number): string | undefined {
  if (seconds % 60 !== 0) return undefined;
  const minutes = Math.abs(seconds) / 60;
  return `${seconds < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The start as core reads it: an IANA or Windows zone, the file's own VTIMEZONE,
 * floating, or UTC (`Z`, or a TZID that names UTC, as Exchange often writes).
 */
async function startAnswer(
  start: ICAL.Time,
  tzid: string | undefined,
): Promise<Read<{ at: string; utc: boolean }>> {
  const iana = tzid === undefined ? undefined : await zoneOfTzid(tzid);
  if ((tzid === undefined && start.zone?.tzid === 'UTC') || iana === 'UTC') {
    const iso = `${wallText(start).replace(' ', 'T')}${start.second ? '' : ':00'}Z`;
    return { ok: true, value: { at: iso, utc: true } };
  }
  if (tzid === undefined) return { ok: true, value: { at: wallText(start), utc: false } };
  if (iana) return { ok: true, value: { at: `${wallText(start)} ${iana}`, utc: false } };
  // A zone only this file defines: its offset at the start, as ical.js reads the VTIMEZONE.
  const offset = start.zone?.tzid === tzid ? offsetText(start.utcOffset()) : undefined;
  if (!offset) return fail({ code: 'unknown-zone', tzid });
  return { ok: true, value: { at: `${wallText(start)} ${offset}`, utc: false } };
}

interface Attendee {
  email: string;
  cutype: string;
}

/** The attendee that is the user: the one with `userEmail`, else the only person but the organiser. */
function userAttendee(
  attendees: Attendee[],
  organizer: string | undefined,
  userEmail: string | undefined,
): string | undefined {
  const same = (a: string, b: string | undefined) => a.toLowerCase() === b?.toLowerCase();
  if (userEmail) {
    const found = attendees.find((a) => same(a.email, userEmail));
    if (found) return found.email;
  }
  const others = attendees.filter(
    (a) => !same(a.email, organizer) && !NOT_PEOPLE.includes(a.cutype),
  );
  return others.length === 1 ? others[0]?.email : undefined;
}

function parseCalendar(source: string): Read<ICAL.Component[]> {
  const body = source.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR\r?\n/i.test(body)) return fail({ code: 'not-icalendar' });
  try {
    const parsed = ICAL.parse(body) as unknown[];
    const list = Array.isArray(parsed[0]) ? (parsed as unknown[][]) : [parsed as unknown[]];
    const calendars = list.map((jcal) => new ICAL.Component(jcal));
    if (calendars.some((c) => c.name !== 'vcalendar')) return fail({ code: 'not-icalendar' });
    return { ok: true, value: calendars };
  } catch {
    return fail({ code: 'not-icalendar' });
  }
}

/**
 * Reads an iCalendar invitation (RFC 5545): exactly one timed, single,
 * not-cancelled event. `userEmail` (the user's `--email` or profile) picks the
 * user's ATTENDEE among several.
 */
export async function parseInvitation(
  source: string,
  userEmail?: string,
): Promise<Read<Invitation>> {
  const calendars = parseCalendar(source);
  if (!calendars.ok) return calendars;
  try {
    return await readEvent(calendars.value, userEmail);
  } catch {
    // ical.js reads values lazily: a malformed date or duration throws only here.
    return fail({ code: 'not-icalendar' });
  }
}

async function readEvent(
  calendars: ICAL.Component[],
  userEmail: string | undefined,
): Promise<Read<Invitation>> {
  for (const calendar of calendars) {
    const method = text(calendar.getFirstPropertyValue('method'))?.toUpperCase();
    if (method === 'CANCEL') return fail({ code: 'cancelled' });
    if (method && !ACCEPTED_METHODS.includes(method))
      return fail({ code: 'not-invitation', method });
  }
  const events = calendars.flatMap((c) => c.getAllSubcomponents('vevent'));
  if (events.some((e) => e.hasProperty('rrule') || e.hasProperty('rdate'))) {
    return fail({ code: 'recurring' });
  }
  const [component] = events;
  if (!component) return fail({ code: 'no-event' });
  if (events.length > 1) return fail({ code: 'several-events', count: events.length });
  if (text(component.getFirstPropertyValue('status'))?.toUpperCase() === 'CANCELLED') {
    return fail({ code: 'cancelled' });
  }
  const event = new ICAL.Event(component);
  const dtstart = component.getFirstProperty('dtstart');
  const start = event.startDate;
  if (!dtstart || !start) return fail({ code: 'no-start' });
  if (start.isDate) return fail({ code: 'all-day' });
  if (!event.uid) return fail({ code: 'no-uid' });
  const when = await startAnswer(start, text(dtstart.getParameter('tzid')));
  if (!when.ok) return when;

  const organizerProperty = component.getFirstProperty('organizer');
  const organizer = mailto(organizerProperty?.getFirstValue());
  const attendees = component.getAllProperties('attendee').flatMap((p): Attendee[] => {
    const email = mailto(p.getFirstValue());
    return email ? [{ email, cutype: text(p.getParameter('cutype'))?.toUpperCase() ?? '' }] : [];
  });
  const cn = line(organizerProperty?.getParameter('cn'));
  const found = companyRole(text(event.summary) ?? '', text(event.description) ?? '');
  const answers: InviteAnswers = {
    at: when.value.at,
    interviewer: cn && !cn.includes('@') ? cn : undefined,
    to: organizer,
    email: userAttendee(attendees, organizer, userEmail),
    company: line(found.company),
    role: line(found.role),
  };
  for (const key of Object.keys(answers) as (keyof InviteAnswers)[]) {
    if (answers[key] === undefined) delete answers[key];
  }

  const recurrence = component.getFirstProperty('recurrence-id');
  const recurrenceZone = text(recurrence?.getParameter('tzid'));
  const timezones = calendars
    .flatMap((c) => c.getAllSubcomponents('vtimezone'))
    .filter((tz) => recurrenceZone && tz.getFirstPropertyValue('tzid') === recurrenceZone)
    .map((tz) => tz.toString());
  return {
    ok: true,
    value: {
      answers,
      atIsInstant: when.value.utc,
      event: {
        uid: event.uid,
        sequence: Number(event.sequence) || 0,
        organizer: organizerProperty?.toICALString(),
        recurrenceId: recurrence?.toICALString(),
        timezones,
        summary: text(event.summary),
        durationSeconds: Math.max(0, event.duration.toSeconds()),
      },
    },
  };
}
