import { describe, expect, it } from 'vitest';
import { channelsFor, checkFormat, needsSenderEmail } from '../../src/core/delivery.js';

describe('formats that answer an invitation', () => {
  it.each([
    [{ format: 'ics', invite: 'invite.ics' }, 'ics'],
    [{ format: 'ICS', invite: '-' }, 'ics'],
    [{ format: 'eml' }, 'eml'],
    [{}, 'text'],
  ])('%j → %s', (answers, format) => {
    expect(checkFormat(answers)).toBe(format);
  });

  it.each([[{ format: 'ics' }], [{ format: 'ics', invite: '  ' }]])(
    '%j needs --invite',
    (answers) => {
      expect(() => checkFormat(answers)).toThrow(
        expect.objectContaining({ problem: { code: 'needs-invite', format: 'ics' } }),
      );
    },
  );

  it.each([
    ['ics', undefined, false, ['sms']],
    ['ics', 'sms', false, ['sms']],
    ['eml', undefined, true, ['email', 'sms']],
    ['eml', 'email', true, ['email', 'sms']],
    ['eml', undefined, false, ['email']],
    ['json', 'phone,email', true, ['phone', 'email']],
  ] as const)('%s --channel %s, invite %s → %j', (format, list, invite, channels) => {
    expect(channelsFor(format, list, invite)).toEqual(channels);
  });

  it('ics carries the text message: a --channel without it is refused', () => {
    expect(() => channelsFor('ics', 'email', true)).toThrow(
      expect.objectContaining({
        problem: { code: 'format-channel', format: 'ics', channel: 'sms' },
      }),
    );
  });

  it.each([
    ['ics', 'invite.ics', true],
    ['eml', 'invite.eml', true],
    ['eml', undefined, false],
    ['json', 'invite.ics', false],
    ['text', '-', false],
  ] as const)('%s with --invite %s needs your email: %s', (format, invite, needed) => {
    expect(needsSenderEmail(format, invite)).toBe(needed);
  });
});
