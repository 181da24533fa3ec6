import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Answers, InviteReply } from '../../src/core/types.js';
import { PRODID, replyOf, toIcs } from '../../src/deliver/ics.js';
import { parseInvitation } from '../../src/sources/invite.js';
import { fixture } from '../sources/fixtures.js';
import { GOOGLE_ANSWERS, planOf } from './support/invite-plan.js';
import { readWithPython, type PythonReading } from './support/python-ical.js';

// Long enough to be folded, with what iCalendar must escape: commas, a semicolon, a line break.
const COMMENT =
  'Yth. Ibu Sari, saya Budi Santoso; dengan berat hati saya harus membatalkan wawancara ' +
  'Analis Data pada Jumat, 27/11 pukul 10.00 WIB.\nMohon maaf dan terima kasih. Budi';

async function inviteOf(name: string): Promise<InviteReply> {
  const read = await parseInvitation(fixture(name).toString('utf8'));
  if (!read.ok) throw new Error(`${name}: ${read.problem.code}`);
  return { event: read.value.event };
}

/** What ical.js reads back, in the shape the Python reader gives. */
function readWithIcalJs(ics: string): PythonReading {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const utc = (time: ICAL.Time | null | undefined) =>
    time ? time.toJSDate().toISOString().replace('.000Z', 'Z') : null;
  const value = (event: ICAL.Component, name: string) => {
    const v = event.getFirstPropertyValue(name);
    return v === null || v === undefined ? null : String(v);
  };
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    prodid: String(calendar.getFirstPropertyValue('prodid')),
    events: calendar.getAllSubcomponents('vevent').map((event) => {
      const organizer = event.getFirstProperty('organizer');
      const time = (name: string) => utc(event.getFirstPropertyValue(name) as ICAL.Time | null);
      return {
        uid: String(event.getFirstPropertyValue('uid')),
        sequence: event.getFirstPropertyValue('sequence') as number | null,
        organizer: String(organizer?.getFirstValue()),
        organizerCn: (organizer?.getParameter('cn') as string | undefined) ?? null,
        attendees: event.getAllProperties('attendee').map((a) => ({
          value: String(a.getFirstValue()),
          partstat: (a.getParameter('partstat') as string | undefined) ?? null,
          cn: (a.getParameter('cn') as string | undefined) ?? null,
        })),
        dtstamp: time('dtstamp') ?? '',
        dtstart: time('dtstart'),
        dtend: time('dtend'),
        recurrenceId: time('recurrence-id'),
        summary: value(event, 'summary'),
        comment: value(event, 'comment'),
      };
    }),
  };
}

const RESCHEDULE: Answers = {
  ...GOOGLE_ANSWERS,
  reason: 'conflict',
  mode: 'reschedule',
};

describe('the iTIP reply, read back by ical.js and by Python icalendar', () => {
  it.each([
    [
      'cancel: REPLY, DECLINED, the interview itself',
      'google-calendar.ics',
      GOOGLE_ANSWERS,
      {
        method: 'REPLY',
        uid: '6f3k1q9v2m8c0r7t5b4n1x2z3a@google.com',
        sequence: 0,
        organizer: 'mailto:sari.wulandari@majujaya.co.id',
        organizerCn: 'Sari Wulandari',
        partstat: 'DECLINED',
        dtstart: '2026-11-27T03:00:00Z',
        dtend: '2026-11-27T04:00:00Z',
        recurrenceId: null,
        summary: 'Wawancara Analis Data - PT Maju Jaya',
      },
    ],
    [
      'reschedule: COUNTER, the first slot for the same 60 minutes',
      'outlook-exchange.ics',
      {
        ...RESCHEDULE,
        at: '2026-11-27 14:00 WIB',
        email: 'budi@example.com',
        slots: ['2026-12-01 14:00', '2026-12-02 10:00'],
      },
      {
        method: 'COUNTER',
        uid: '040000008200E00074C5B7101A82E00800000000D0A1B2C3D4E5DA01000000000000000010000000A7C3E1F20B9D4A4C8E5F6A7B8C9D0E1F',
        sequence: 1,
        organizer: 'mailto:rina.wijaya@majujaya.co.id',
        organizerCn: 'Rina Wijaya',
        partstat: 'TENTATIVE',
        dtstart: '2026-12-01T07:00:00Z',
        dtend: '2026-12-01T08:00:00Z',
        recurrenceId: null,
        summary: 'Interview: Data Analyst – PT Maju Jaya',
      },
    ],
    [
      'one occurrence: RECURRENCE-ID kept, in its own zone (WITA)',
      'thunderbird-folded.ics',
      { ...GOOGLE_ANSWERS, at: '2026-11-27 09:00 WITA', email: 'budi@example.com' },
      {
        method: 'REPLY',
        uid: '9c0d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f',
        sequence: 3,
        organizer: 'mailto:rina.wijaya@majujaya.co.id',
        organizerCn: 'Rina Wijaya',
        partstat: 'DECLINED',
        dtstart: '2026-11-27T01:00:00Z',
        dtend: '2026-11-27T02:30:00Z',
        recurrenceId: '2026-11-27T01:00:00Z',
        summary: 'Wawancara tahap kedua posisi Analis Data Senior di PT Maju Jaya Sejahtera, Tbk',
      },
    ],
    [
      'reschedule without a slot: the time is declined, the comment asks for another',
      'custom-vtimezone.ics',
      { ...RESCHEDULE, at: '2026-11-27 09:00 +08:00', email: 'budi@example.com' },
      {
        method: 'REPLY',
        uid: 'rekrutmen-2026-0457@majujaya.co.id',
        sequence: 2,
        organizer: 'mailto:andi.pratama@majujaya.co.id',
        organizerCn: 'Andi Pratama',
        partstat: 'DECLINED',
        dtstart: '2026-11-27T01:00:00Z',
        dtend: '2026-11-27T01:45:00Z',
        recurrenceId: null,
        summary: 'Interview with Andi Pratama',
      },
    ],
  ])('%s', async (_label, name, answers, expected) => {
    const ics = toIcs(replyOf(planOf(answers), await inviteOf(name), COMMENT));
    const { partstat, method, ...event } = expected;
    const reading: PythonReading = {
      method,
      prodid: PRODID,
      events: [
        {
          ...event,
          attendees: [{ value: `mailto:${answers.email}`, partstat, cn: 'Budi Santoso' }],
          dtstamp: '2026-11-25T02:00:00Z', // the run's now: --now 2026-11-25 09:00 WIB
          comment: COMMENT,
        },
      ],
    };
    expect(readWithPython(ics)).toStrictEqual(reading);
    expect(readWithIcalJs(ics)).toStrictEqual(reading);
  });
});

describe('toIcs', () => {
  const replyToGoogle = async () =>
    toIcs(replyOf(planOf(GOOGLE_ANSWERS), await inviteOf('google-calendar.ics'), COMMENT));

  it('writes CRLF line ends, folds lines at 75 octets, and nothing else', async () => {
    const ics = await replyToGoogle();
    const lines = ics.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('holds exactly one event, and the VTIMEZONE only when a RECURRENCE-ID names it', async () => {
    const ics = await replyToGoogle();
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1);
    expect(ics).not.toContain('BEGIN:VTIMEZONE');
    const occurrence = toIcs(
      replyOf(
        planOf({ ...GOOGLE_ANSWERS, at: '2026-11-27 09:00 WITA', email: 'budi@example.com' }),
        await inviteOf('thunderbird-folded.ics'),
        COMMENT,
      ),
    );
    expect(occurrence).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Makassar\r\n');
  });

  it('an invitation without ORGANIZER cannot be answered', async () => {
    const invite = await inviteOf('google-calendar.ics');
    const without = { event: { ...invite.event, organizer: undefined } };
    expect(() => replyOf(planOf(GOOGLE_ANSWERS), without, COMMENT)).toThrow(
      '--invite: the invitation names no organiser (ORGANIZER) to reply to',
    );
  });
});
