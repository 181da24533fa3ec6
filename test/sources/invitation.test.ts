import { describe, expect, it } from 'vitest';
import { mergeInvitation, takenNote } from '../../src/sources/invitation.js';

const INVITE = {
  at: '2026-11-27 10:00 Asia/Jakarta',
  company: 'PT Maju Jaya',
  interviewer: 'Sari Wulandari',
  to: 'sari@majujaya.co.id',
  email: 'budi.santoso@gmail.com',
};

describe('mergeInvitation: flags over the invitation over the profile', () => {
  it.each([
    ['nothing else given', {}, {}, INVITE, ['at', 'company', 'interviewer', 'to', 'email']],
    [
      'flags win',
      { company: 'PT Lain', at: '2026-11-30 13:00 WIB' },
      { company: 'PT Lain', at: '2026-11-30 13:00 WIB' },
      { ...INVITE, company: 'PT Lain', at: '2026-11-30 13:00 WIB' },
      ['interviewer', 'to', 'email'],
    ],
    [
      "the invitation's address over the profile's",
      { email: 'budi@example.com', name: 'Budi' },
      {},
      { ...INVITE, name: 'Budi' },
      ['at', 'company', 'interviewer', 'to', 'email'],
    ],
    [
      'the same address as the profile is not taken from the invitation',
      { email: 'budi.santoso@gmail.com' },
      {},
      INVITE,
      ['at', 'company', 'interviewer', 'to'],
    ],
  ])('%s', (_label, answers, flags, merged, taken) => {
    expect(mergeInvitation(answers, flags, INVITE)).toEqual({ answers: merged, taken });
  });
});

describe('takenNote', () => {
  it.each([
    [['at', 'email'] as const, 'id', 'Dari undangan: waktu wawancara, email Anda.'],
    [['role', 'to'] as const, 'en', "From the invitation: role, recruiter's email."],
    [[] as const, 'en', undefined],
  ])('%j in %s', (taken, lang, note) => {
    expect(takenNote([...taken], lang as 'id' | 'en')).toBe(note);
  });
});
