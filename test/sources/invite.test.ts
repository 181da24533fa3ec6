import { describe, expect, it } from 'vitest';
import { parseInvitation, type Invitation } from '../../src/sources/invite.js';
import { fixture } from './fixtures.js';

async function read(name: string, userEmail?: string): Promise<Invitation> {
  const result = await parseInvitation(fixture(name).toString('utf8'), userEmail);
  if (!result.ok) throw new Error(`${name}: ${result.problem.code}`);
  return result.value;
}

describe('the answers an invitation gives', () => {
  it.each([
    [
      'google-calendar.ics', // VTIMEZONE Asia/Jakarta, CRLF, folded description
      {
        at: '2026-11-27 10:00 Asia/Jakarta',
        interviewer: 'Sari Wulandari',
        to: 'sari.wulandari@majujaya.co.id',
        email: 'budi.santoso@gmail.com',
        company: 'PT Maju Jaya',
        role: 'Analis Data',
      },
    ],
    [
      'outlook-exchange.ics', // Windows TZID, CRLF, X-MICROSOFT-CDO-*, a meeting room
      {
        at: '2026-11-27 14:00 Asia/Jakarta',
        interviewer: 'Rina Wijaya',
        to: 'rina.wijaya@majujaya.co.id',
        email: 'budi@example.com',
        company: 'PT Maju Jaya',
        role: 'Data Analyst',
      },
    ],
    [
      'calendly-utc.ics', // a UTC start; company and role from the description's labels
      {
        at: '2026-11-27T03:00:00Z',
        interviewer: 'Sari Wulandari',
        to: 'sari.wulandari@majujaya.co.id',
        email: 'budi@example.com',
        company: 'PT Maju Jaya',
        role: 'Data Analyst',
      },
    ],
    [
      'custom-vtimezone.ics', // a zone only the file defines; two attendees besides the organiser
      {
        at: '2026-11-27 09:00 +08:00',
        interviewer: 'Andi Pratama',
        to: 'andi.pratama@majujaya.co.id',
      },
    ],
    [
      'thunderbird-folded.ics', // folded lines, escaped commas, RECURRENCE-ID
      {
        at: '2026-11-27 09:00 Asia/Makassar',
        interviewer: 'Rina Wijaya',
        to: 'rina.wijaya@majujaya.co.id',
        email: 'budi@example.com',
        company: 'PT Maju Jaya Sejahtera, Tbk',
        role: 'Analis Data Senior',
      },
    ],
  ])('%s', async (name, answers) => {
    expect((await read(name)).answers).toStrictEqual(answers);
  });

  it.each([
    ['google-calendar.ics', false],
    ['outlook-exchange.ics', false],
    ['calendly-utc.ics', true],
    ['custom-vtimezone.ics', false],
  ])('%s: the caller picks the zone: %s', async (name, instant) => {
    expect((await read(name)).atIsInstant).toBe(instant);
  });

  it.each([
    [
      'a floating time: the zone is --tz or the system one',
      'DTSTART:20261127T100000',
      '2026-11-27 10:00',
      false,
    ],
    [
      "Exchange's TZID=UTC is a UTC start",
      'DTSTART;TZID=UTC:20261127T030000',
      '2026-11-27T03:00:00Z',
      true,
    ],
    [
      'seconds are kept',
      'DTSTART;TZID=Asia/Jayapura:20261127T100030',
      '2026-11-27 10:00:30 Asia/Jayapura',
      false,
    ],
  ])('%s', async (_label, dtstart, at, instant) => {
    const text = fixture('calendly-utc.ics')
      .toString('utf8')
      .replace('DTSTART:20261127T030000Z', dtstart)
      .replace('DTEND:20261127T033000Z\n', '');
    const read = await parseInvitation(text);
    expect(read.ok && [read.value.answers.at, read.value.atIsInstant]).toEqual([at, instant]);
  });

  it.each([
    // The user's address picks their ATTENDEE among several, case aside.
    ['custom-vtimezone.ics', 'BUDI@example.com', 'budi@example.com'],
    ['custom-vtimezone.ics', 'dewi.lestari@majujaya.co.id', 'dewi.lestari@majujaya.co.id'],
    // An address that is no attendee: the only person besides the organiser.
    ['google-calendar.ics', 'budi@example.com', 'budi.santoso@gmail.com'],
    ['custom-vtimezone.ics', 'someone@example.com', undefined],
  ])('%s with %s: --email %s', async (name, userEmail, email) => {
    expect((await read(name, userEmail)).answers.email).toBe(email);
  });
});

describe('what a reply repeats', () => {
  it('Outlook: UID, SEQUENCE, ORGANIZER as written, the length', async () => {
    expect((await read('outlook-exchange.ics')).event).toStrictEqual({
      uid: '040000008200E00074C5B7101A82E00800000000D0A1B2C3D4E5DA01000000000000000010000000A7C3E1F20B9D4A4C8E5F6A7B8C9D0E1F',
      sequence: 1,
      organizer: 'ORGANIZER;CN=Rina Wijaya:mailto:rina.wijaya@majujaya.co.id',
      recurrenceId: undefined,
      timezones: [],
      summary: 'Interview: Data Analyst – PT Maju Jaya',
      durationSeconds: 3600,
    });
  });

  it('Thunderbird: the RECURRENCE-ID with the VTIMEZONE it names, SENT-BY kept', async () => {
    const { event } = await read('thunderbird-folded.ics');
    expect(event.recurrenceId).toBe('RECURRENCE-ID;TZID=Asia/Makassar:20261127T090000');
    expect(event.organizer).toBe(
      'ORGANIZER;CN=Rina Wijaya;SENT-BY="mailto:asisten.hr@majujaya.co.id":mailto:rina.wijaya@majujaya.co.id',
    );
    expect(event.timezones).toHaveLength(1);
    expect(event.timezones[0]).toMatch(
      /^BEGIN:VTIMEZONE\r\nTZID:Asia\/Makassar\r\n[^]*END:VTIMEZONE$/,
    );
    expect(event.sequence).toBe(3);
    expect(event.durationSeconds).toBe(90 * 60);
  });

  it('a DURATION instead of DTEND', async () => {
    expect((await read('custom-vtimezone.ics')).event.durationSeconds).toBe(45 * 60);
  });
});

describe('bad invitations', () => {
  it.each([
    ['bad/not-icalendar.ics', { code: 'not-icalendar' }],
    ['bad/broken.ics', { code: 'not-icalendar' }],
    ['bad/no-calendar.eml', { code: 'not-icalendar' }],
    ['bad/no-event.ics', { code: 'no-event' }],
    ['bad/two-events.ics', { code: 'several-events', count: 2 }],
    ['bad/recurring-rrule.ics', { code: 'recurring' }],
    ['bad/recurring-rdate.ics', { code: 'recurring' }],
    ['bad/all-day.ics', { code: 'all-day' }],
    ['bad/method-cancel.ics', { code: 'cancelled' }],
    ['bad/status-cancelled.ics', { code: 'cancelled' }],
    ['bad/no-start.ics', { code: 'no-start' }],
    ['bad/unknown-zone.ics', { code: 'unknown-zone', tzid: 'Mars/Olympus_Mons' }],
  ])('%s → %j', async (name, problem) => {
    expect(await parseInvitation(fixture(name).toString('utf8'))).toStrictEqual({
      ok: false,
      problem,
    });
  });

  it.each([
    ['a reply is not an invitation', 'METHOD:REPLY', { code: 'not-invitation', method: 'REPLY' }],
    ['a vCard is not a calendar', '', { code: 'not-icalendar' }],
  ])('%s', async (_label, method, problem) => {
    const text = method
      ? fixture('calendly-utc.ics').toString('utf8').replace('METHOD:REQUEST', method)
      : 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sari\r\nEND:VCARD\r\n';
    expect(await parseInvitation(text)).toStrictEqual({ ok: false, problem });
  });

  it('a value that could not be a flag is left out, not passed on', async () => {
    const text = fixture('calendly-utc.ics')
      .toString('utf8')
      .replace('ORGANIZER;CN=Sari Wulandari', 'ORGANIZER;CN="Sari\u001b[31m Wulandari"');
    const read = await parseInvitation(text);
    expect(read.ok && read.value.answers.interviewer).toBeUndefined();
    expect(read.ok && read.value.answers.to).toBe('sari.wulandari@majujaya.co.id');
  });
});
