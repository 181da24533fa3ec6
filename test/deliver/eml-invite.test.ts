import ICAL from 'ical.js';
import { simpleParser, type Attachment, type ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { InviteReply, Message } from '../../src/core/types.js';
import { formatOutput } from '../../src/deliver/index.js';
import { invitationOfEmail } from '../../src/sources/invite-eml.js';
import { parseInvitation } from '../../src/sources/invite.js';
import { fixture } from '../sources/fixtures.js';
import { GOOGLE_ANSWERS, planOf } from './support/invite-plan.js';
import { sendWithMsmtp, useSmtp } from './support/smtp.js';

const TEAMS_ID =
  '<SG2PR06MB5311E4F3C2B1A0998877665544332211@SG2PR06MB5311.apcprd06.prod.outlook.com>';
const SMS =
  'Yth. Ibu Rina, saya Budi Santoso. Mohon maaf, saya membatalkan wawancara Jumat, 27/11.';
const MESSAGES: Message[] = [
  {
    channel: 'email',
    subject: 'Pembatalan wawancara Data Analyst',
    body: 'Yth. Ibu Rina Wijaya,\n\nDengan hormat, …\n\nHormat saya,\nBudi Santoso',
    length: 60,
  },
  { channel: 'sms', body: SMS, length: SMS.length, segments: 1 },
];
const TEAMS_ANSWERS = {
  ...GOOGLE_ANSWERS,
  at: '2026-11-27 13:30 WIB',
  email: 'budi@example.com',
  to: 'rina.wijaya@majujaya.co.id',
  format: 'eml',
};

async function teamsInvite(): Promise<InviteReply> {
  const email = await invitationOfEmail(fixture('teams-invite.eml'));
  if (!email) throw new Error('no calendar in the Teams fixture');
  const read = await parseInvitation(email.calendar);
  if (!read.ok) throw new Error(read.problem.code);
  return { event: read.value.event, messageId: email.messageId, subject: email.subject };
}

async function emlFor(invite: InviteReply, answers = TEAMS_ANSWERS): Promise<string> {
  return formatOutput(planOf(answers), MESSAGES, { colour: 0, invite });
}

/** The text/calendar alternative (not nodemailer's application/ics copy). */
function calendarPart(mail: ParsedMail): Attachment {
  const part = mail.attachments.find((a) => a.contentType === 'text/calendar' && !a.filename);
  if (!part) throw new Error('no text/calendar part');
  return part;
}

function methodParam(part: Attachment): unknown {
  const type = part.headers.get('content-type') as { params: Record<string, string> };
  return { method: type.params.method, charset: type.params.charset };
}

function icsEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent');
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event?.getFirstPropertyValue('uid'),
    partstat: event?.getFirstProperty('attendee')?.getParameter('partstat'),
  };
}

describe('eml answering an invitation email', () => {
  it('threads under the invitation and carries the reply as text/calendar; method=REPLY', async () => {
    const mail = await simpleParser(await emlFor(await teamsInvite()));
    expect(mail.inReplyTo).toBe(TEAMS_ID);
    expect(mail.references).toBe(TEAMS_ID);
    expect(mail.subject).toBe('Re: Interview: Data Analyst – PT Maju Jaya');
    expect(mail.text?.trimEnd()).toBe(MESSAGES[0]?.body);
    const part = calendarPart(mail);
    expect(methodParam(part)).toEqual({ method: 'REPLY', charset: 'utf-8' });
    expect(icsEvent(part.content.toString('utf8'))).toEqual({
      method: 'REPLY',
      uid: '040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DA010000000000000000100000009B8A7C6D5E4F30214365870A1B2C3D4E',
      partstat: 'DECLINED',
    });
  });

  it('a reschedule with a slot carries method=COUNTER', async () => {
    const answers = {
      ...TEAMS_ANSWERS,
      reason: 'conflict',
      mode: 'reschedule' as const,
      slots: ['2026-12-01 10:00'],
    };
    const part = calendarPart(await simpleParser(await emlFor(await teamsInvite(), answers)));
    expect(methodParam(part)).toEqual({ method: 'COUNTER', charset: 'utf-8' });
    expect(icsEvent(part.content.toString('utf8'))).toMatchObject({
      method: 'COUNTER',
      partstat: 'TENTATIVE',
    });
  });

  it('an invitation from a file: no threading, the message keeps its own subject', async () => {
    const read = await parseInvitation(fixture('outlook-exchange.ics').toString('utf8'));
    if (!read.ok) throw new Error(read.problem.code);
    const mail = await simpleParser(await emlFor({ event: read.value.event }));
    expect(mail.inReplyTo).toBeUndefined();
    expect(mail.references).toBeUndefined();
    expect(mail.subject).toBe('Pembatalan wawancara Data Analyst');
    expect(methodParam(calendarPart(mail))).toEqual({ method: 'REPLY', charset: 'utf-8' });
  });

  it.each([
    ['Re: Interview', 'Re: Interview'],
    ['RE: Interview', 'RE: Interview'],
    ['Interview\u0085Bcc: x@example.net', 'Pembatalan wawancara Data Analyst'],
    ['=?utf-8?Q?Interview=0ABcc:_x@example.net?=', 'Pembatalan wawancara Data Analyst'],
  ])('subject %j → %j', async (subject, expected) => {
    const invite = { ...(await teamsInvite()), subject };
    expect((await simpleParser(await emlFor(invite))).subject).toBe(expected);
  });

  it('refuses a Message-ID that could bend the header', async () => {
    const invite = { ...(await teamsInvite()), messageId: '<a@b>\nBcc: x@example.net' };
    await expect(emlFor(invite)).rejects.toThrow('malformed Message-ID');
  });
});

describe('the threaded eml through the real msmtp -t to a loopback SMTP server', () => {
  const smtp = useSmtp();

  it('arrives with its threading headers and the calendar part intact', async () => {
    const eml = await emlFor(await teamsInvite());
    const sent = calendarPart(await simpleParser(eml)).content.toString('utf8');
    const result = await sendWithMsmtp(eml, smtp().port);
    expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
    const [delivery] = smtp().deliveries;
    expect(delivery?.rcptTo).toEqual(['rina.wijaya@majujaya.co.id']);
    const mail = await simpleParser(delivery?.raw ?? Buffer.alloc(0));
    expect(mail.inReplyTo).toBe(TEAMS_ID);
    expect(mail.references).toBe(TEAMS_ID);
    const part = calendarPart(mail);
    expect(methodParam(part)).toEqual({ method: 'REPLY', charset: 'utf-8' });
    // The wire turns line ends into CRLF; the calendar's text is otherwise the same, byte for byte.
    const lf = (text: string) => text.replace(/\r\n/g, '\n');
    expect(lf(part.content.toString('utf8'))).toBe(lf(sent));
    expect(icsEvent(part.content.toString('utf8'))).toMatchObject({
      method: 'REPLY',
      partstat: 'DECLINED',
    });
  });
});
