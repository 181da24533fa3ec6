import ICAL from 'ical.js';
import { UsageError } from '../core/errors.js';
import type { InviteReply, Plan } from '../core/types.js';
import { COMMAND_LINE } from '../locales/index.js';

/** The product's iCalendar identifier (RFC 5545 PRODID). */
export const PRODID = '-//batal-wawancara//batal-wawancara//EN';

/** iTIP methods the reply uses (RFC 5546): decline, or propose another time. */
export type ReplyMethod = 'REPLY' | 'COUNTER';

/** One iTIP reply, in plain values: times are `Date`s, copied lines are iCalendar text. */
export interface CalendarReply {
  method: ReplyMethod;
  partstat: 'DECLINED' | 'TENTATIVE';
  uid: string;
  sequence: number;
  /** The invitation's ORGANIZER line, copied as written. */
  organizer: string;
  /** The invitation's RECURRENCE-ID line, and the VTIMEZONEs it refers to. */
  recurrenceId?: string;
  timezones: string[];
  attendee: { email: string; name?: string };
  dtstamp: Date;
  /** REPLY: the interview; COUNTER: the proposed time. */
  start: Date;
  end: Date;
  summary?: string;
  comment: string;
}

/** A date-time in UTC, as iCalendar writes it (…Z), whole seconds. */
function utc(date: Date): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(Math.floor(date.getTime() / 1000) * 1000), true);
}

/** The reply as an iCalendar object (CRLF line ends, long lines folded), built with ical.js. */
export function toIcs(reply: CalendarReply): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('method', reply.method);
  for (const timezone of reply.timezones) {
    calendar.addSubcomponent(ICAL.Component.fromString(timezone));
  }
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', reply.uid);
  event.addPropertyWithValue('sequence', reply.sequence);
  event.addPropertyWithValue('dtstamp', utc(reply.dtstamp));
  if (reply.recurrenceId) event.addProperty(ICAL.Property.fromString(reply.recurrenceId));
  event.addProperty(ICAL.Property.fromString(reply.organizer));
  const attendee = event.addPropertyWithValue('attendee', `mailto:${reply.attendee.email}`);
  attendee.setParameter('partstat', reply.partstat);
  if (reply.attendee.name) attendee.setParameter('cn', reply.attendee.name);
  event.addPropertyWithValue('dtstart', utc(reply.start));
  event.addPropertyWithValue('dtend', utc(reply.end));
  if (reply.summary) event.addPropertyWithValue('summary', reply.summary);
  event.addPropertyWithValue('comment', reply.comment);
  calendar.addSubcomponent(event);
  // ical.js puts `foldLength` octets after a continuation line's leading space: 74 keeps
  // every line within RFC 5545's 75 octets.
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = foldLength;
  }
}

/** A plan time (a `TZDate`) as a plain `Date`. */
function asDate(time: Date): Date {
  return new Date(time.getTime());
}

/**
 * The reply a plan makes to an invitation: cancel declines (REPLY, DECLINED);
 * reschedule proposes the first slot for the same length of time (COUNTER,
 * TENTATIVE) — without a slot it declines the time, the comment asking for another.
 */
export function replyOf(plan: Plan, invite: InviteReply, comment: string): CalendarReply {
  const { request } = plan;
  const { event } = invite;
  if (!event.organizer) {
    const { what, hint } = COMMAND_LINE.delivery.noOrganizer;
    throw new UsageError(what, hint);
  }
  // Core refuses a calendar reply without the user's address before anything is rendered.
  if (!request.sender.email) throw new Error('a calendar reply reached delivery without --email');
  const slot = request.mode === 'reschedule' ? request.slots[0] : undefined;
  const start = asDate(slot ?? request.at);
  return {
    method: slot ? 'COUNTER' : 'REPLY',
    partstat: slot ? 'TENTATIVE' : 'DECLINED',
    uid: event.uid,
    sequence: event.sequence,
    organizer: event.organizer,
    recurrenceId: event.recurrenceId,
    timezones: event.timezones,
    attendee: { email: request.sender.email, name: request.sender.name },
    dtstamp: asDate(plan.now),
    start,
    end: new Date(start.getTime() + event.durationSeconds * 1000),
    summary: event.summary,
    comment,
  };
}
