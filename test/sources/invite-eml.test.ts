import { describe, expect, it } from 'vitest';
import { invitationOfEmail } from '../../src/sources/invite-eml.js';
import { fixture } from './fixtures.js';

describe('invitationOfEmail', () => {
  it('Teams: the text/calendar alternative, beside text/plain, text/html and invite.ics', async () => {
    const found = await invitationOfEmail(fixture('teams-invite.eml'));
    expect(found?.messageId).toBe(
      '<SG2PR06MB5311E4F3C2B1A0998877665544332211@SG2PR06MB5311.apcprd06.prod.outlook.com>',
    );
    expect(found?.subject).toBe('Interview: Data Analyst – PT Maju Jaya');
    expect(found?.calendar).toMatch(/^BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\n/);
    expect(found?.calendar).toContain('DTSTART;TZID=SE Asia Standard Time:20261127T133000\r\n');
    expect(found?.calendar).toContain(
      'SUMMARY;LANGUAGE=en-US:Interview: Data Analyst – PT Maju Jaya',
    );
  });

  it('an .ics file attached to a plain email', async () => {
    const found = await invitationOfEmail(fixture('attachment-only.eml'));
    expect(found?.messageId).toBe('<20261118090000.4471.rekrutmen@mail.majujaya.co.id>');
    expect(found?.subject).toBe('Undangan Wawancara Analis Data');
    expect(found?.calendar).toContain('UID:zoho-7781234@majujaya.co.id\n');
  });

  it('an email without a calendar', async () => {
    expect(await invitationOfEmail(fixture('bad/no-calendar.eml'))).toBeUndefined();
  });

  it.each([
    ['<a b@example.com>', undefined],
    ['<id@example.com> <other@example.com>', undefined],
    ['<ok.1@example.com>', '<ok.1@example.com>'],
  ])('Message-ID %j is kept as %j', async (id, kept) => {
    const raw = fixture('attachment-only.eml')
      .toString('utf8')
      .replace('<20261118090000.4471.rekrutmen@mail.majujaya.co.id>', id);
    expect((await invitationOfEmail(Buffer.from(raw)))?.messageId).toBe(kept);
  });
});
