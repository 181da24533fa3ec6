import { describe, expect, it } from 'vitest';
import { LANGS, type Answers, type Channel, type Lang } from '../../src/core/types.js';
import { messagesOf, SLOTS, WRITE_FIRST } from './scenarios.js';
import { violations } from './matrix.js';

const RESCHEDULE: Answers = { mode: 'reschedule', reason: 'health' };

describe('one proposed time is one question', () => {
  it.each<[Lang, Channel, string]>([
    [
      'id',
      'email',
      'Apakah Ibu berkenan jika wawancara dilakukan pada Senin, 30 November pukul 09.00 WIB?',
    ],
    ['id', 'phone', 'Apakah wawancara dapat dilakukan pada Senin, 30 November pukul 09.00 WIB?'],
    ['id', 'sms', 'Apakah dapat dilakukan pada Senin, 30'],
    ['en', 'email', 'Would Monday, 30 November at 9:00 AM WIB suit you?'],
    ['en', 'phone', 'Would Monday, 30 November at 9:00 AM WIB suit you?'],
    ['en', 'sms', 'Would Mon'],
  ])('%s %s: "%s"', async (lang, channel, question) => {
    const body = (await messagesOf(lang, { ...RESCHEDULE, slots: SLOTS.slice(0, 1) }))[channel]
      .body;
    expect(body).toContain(question);
    expect(body).not.toMatch(/^- /m);
    expect(body).not.toMatch(/salah satu|berikut|any of|one of (them|these|those)|these times/);
  });
});

describe('two or three proposed times are a list', () => {
  it.each<[Lang, number, string]>([
    [
      'id',
      3,
      '\n\n- Senin, 30 November pukul 09.00 WIB\n- Selasa, 1 Desember pukul 14.00 WIB\n- Rabu, 2 Desember pukul 10.30 WIB\n\n',
    ],
    ['id', 2, '\n\n- Senin, 30 November pukul 09.00 WIB\n- Selasa, 1 Desember pukul 14.00 WIB\n\n'],
    [
      'en',
      3,
      '\n\n- Monday, 30 November at 9:00 AM WIB\n- Tuesday, 1 December at 2:00 PM WIB\n- Wednesday, 2 December at 10:30 AM WIB\n\n',
    ],
  ])(
    '%s email, %i times: one per line, the year said with the interview',
    async (lang, n, list) => {
      const { email } = await messagesOf(lang, { ...RESCHEDULE, slots: SLOTS.slice(0, n) });
      expect(email.body).toContain(list);
    },
  );

  it.each<[Lang, string]>([
    ['id', '- Senin, 30 November pukul 09.00 WIB\n- Selasa, 1 Desember pukul 14.00 WIB\n'],
    ['en', '- Monday, 30 November at 9:00 AM WIB\n- Tuesday, 1 December at 2:00 PM WIB\n'],
  ])('%s call script: one per line', async (lang, list) => {
    const { phone } = await messagesOf(lang, { ...RESCHEDULE, slots: SLOTS.slice(0, 2) });
    expect(phone.body).toContain(list);
  });

  // Interview on 30 December 2026; the new times fall in 2027: the year is said once.
  it.each<[Lang, Channel, string]>([
    [
      'id',
      'email',
      '- Senin, 4 Januari pukul 10.00 WIB\n- Selasa, 5 Januari 2027 pukul 14.00 WIB\n',
    ],
    [
      'id',
      'phone',
      '- Senin, 4 Januari pukul 10.00 WIB\n- Selasa, 5 Januari 2027 pukul 14.00 WIB\n',
    ],
    [
      'en',
      'email',
      '- Monday, 4 January at 10:00 AM WIB\n- Tuesday, 5 January 2027 at 2:00 PM WIB\n',
    ],
  ])('%s %s: times in another year say it once', async (lang, channel, list) => {
    const answers: Answers = {
      ...RESCHEDULE,
      at: '2026-12-30 10:00 WIB',
      now: '2026-12-28 10:00 WIB',
      slots: ['2027-01-04 10:00', '2027-01-05 14:00'],
    };
    expect((await messagesOf(lang, answers))[channel].body).toContain(list);
  });
});

describe('without proposed times, every channel asks for the recruiter’s', () => {
  const ASKS: Record<Lang, RegExp> = {
    id: /waktu lain yang (sesuai|memungkinkan)|Kapan waktu lain/,
    en: /another time that (would )?suits?|a few times that would suit you/,
  };
  const PROMISES: Record<Lang, RegExp> = {
    id: /Usulan waktu|saya kirimkan/,
    en: /times I'm available|alternative times|I will email some/,
  };

  it.each(LANGS)('%s: phone, voicemail, email and text ask; none promises times', async (lang) => {
    const found = await violations(lang, (c) => {
      if (c.mode !== 'reschedule' || c.slots) return false;
      for (const channel of ['phone', 'voicemail', 'email', 'sms'] as const) {
        const body = c.messages[channel].body;
        if (!ASKS[lang].test(body)) return `${channel} does not ask`;
        if (PROMISES[lang].test(body)) return `${channel} promises times`;
      }
      return false;
    });
    expect(found).toEqual([]);
  });

  it.each<[Lang, Answers, string]>([
    ['id', {}, 'Usulan waktu pengganti saya kirimkan melalui email.'],
    ['id', WRITE_FIRST, 'Usulan waktu pengganti ada di email saya.'],
    ['en', {}, "I'll email you the times I'm available."],
    ['en', WRITE_FIRST, "The times I'm available are in my email."],
  ])(
    '%s %j: with times, the voicemail points to the email that lists them',
    async (lang, more, said) => {
      const messages = await messagesOf(lang, { ...RESCHEDULE, slots: SLOTS, ...more });
      expect(messages.voicemail.body).toContain(said);
      expect(messages.email.body).toMatch(/^- .*\n- .*\n- /m);
    },
  );
});
