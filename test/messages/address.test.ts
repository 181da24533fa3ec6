import { describe, expect, it } from 'vitest';
import { LANGS, type Answers, type Lang } from '../../src/core/types.js';
import { shortName } from '../../src/messages/names.js';
import { messagesOf, NOW, SLOTS, WRITE_FIRST } from './scenarios.js';
import { violations } from './matrix.js';

describe('shortName: what a person is called', () => {
  it.each([
    ['Sari Wulandari', 'Sari'],
    ['Budi', 'Budi'],
    ['Andi Pratama', 'Andi'],
    ['Muhammad Rizki Pratama', 'Rizki'],
    ['M. Rizki', 'Rizki'],
    ['Moh. Hasan Basri', 'Hasan'],
    ['Muhammad', 'Muhammad'],
    ['Raden Ajeng Kartika Dewi', 'Kartika'],
    ['Raden Mas Panji', 'Panji'],
    ['Ni Luh Putu Ayu Lestari', 'Putu'],
    ['I Wayan Sudarsana', 'Wayan'],
    ['Teuku Umar', 'Umar'],
    ['Dr. Sarah Jones', 'Sarah'],
    ['Dr. Smith', 'Dr. Smith'],
    ['Hj. Siti Aminah', 'Siti'],
    ['Sari, S.Psi.', 'Sari'],
    ['  Sarah   Jones ', 'Sarah'],
  ])('%j → %j', (name, short) => {
    expect(shortName(name)).toBe(short);
  });
});

describe('how the recruiter is addressed', () => {
  // lang, answers → call greeting, text opening, note opening, letter salutation
  it.each<[Lang, Answers, string, string, string, string]>([
    [
      'id',
      {},
      'Selamat pagi, Ibu Sari.',
      'Selamat pagi, Bu Sari.',
      'Halo Bu Sari,',
      'Yth. Ibu Sari Wulandari',
    ],
    [
      'id',
      { interviewer: 'Muhammad Rizki Pratama', honorific: 'bapak' },
      'Selamat pagi, Bapak Rizki.',
      'Selamat pagi, Pak Rizki.',
      'Halo Pak Rizki,',
      'Yth. Bapak Muhammad Rizki Pratama',
    ],
    [
      'id',
      { honorific: undefined },
      'Selamat pagi, Sari Wulandari.',
      'Selamat pagi, Sari Wulandari.',
      'Halo Sari Wulandari,',
      'Yth. Sari Wulandari',
    ],
    [
      'id',
      { interviewer: undefined, honorific: undefined },
      'Selamat pagi.',
      'Selamat pagi, Bapak/Ibu.',
      'Halo Bapak/Ibu,',
      'Yth. Tim Rekrutmen PT Maju Jaya',
    ],
    [
      'id',
      { interviewer: undefined },
      'Selamat pagi.',
      'Selamat pagi, Bu.',
      'Halo Bu,',
      'Yth. Tim Rekrutmen PT Maju Jaya',
    ],
    ['en', {}, 'Good morning, Sarah.', 'Hi Sarah,', 'Hi Sarah,', 'Dear Sarah Jones,'],
    [
      'en',
      { interviewer: 'Raden Ajeng Kartika Dewi', honorific: 'ibu' },
      'Good morning, Kartika.',
      'Hi Kartika,',
      'Hi Kartika,',
      'Dear Raden Ajeng Kartika Dewi,',
    ],
    [
      'en',
      { interviewer: undefined },
      'Good morning.',
      'Hello,',
      'Hi,',
      'Dear PT Maju Jaya Hiring Team,',
    ],
  ])('%s %j', async (lang, answers, call, text, note, letter) => {
    const m = await messagesOf(lang, answers);
    expect(m.phone.body.split('\n')[0]).toBe(call);
    expect(m.voicemail.body.split('\n')[0]).toBe(call);
    expect(m.sms.body.startsWith(`${text} `)).toBe(true);
    expect(m.linkedin.body.startsWith(`${note} `)).toBe(true);
    expect(m.email.body.split('\n')[0]).toBe(letter);
  });

  it.each<[Answers['honorific'], string]>([
    ['bapak', 'Bapak'],
    ['ibu', 'Ibu'],
    [undefined, 'Bapak/Ibu'],
  ])('Indonesian letters say "%s" → "%s" to the reader', async (honorific, you) => {
    const { email } = await messagesOf('id', { honorific });
    expect(email.body).toContain(
      `Atas perhatian dan pengertian ${you}, saya ucapkan terima kasih.`,
    );
  });

  it.each<[string, Answers]>([
    ['cancel', {}],
    ['cancel, short notice', { now: NOW.short }],
    ['cancel, write first', WRITE_FIRST],
    ['reschedule, one time', { mode: 'reschedule', slots: SLOTS.slice(0, 1) }],
    ['reschedule, no time', { mode: 'reschedule', channels: 'phone,voicemail,email,sms,linkedin' }],
  ])('a name without an honorific is said alone (%s)', async (_label, answers) => {
    const m = await messagesOf('id', { honorific: undefined, ...answers });
    for (const message of Object.values(m)) {
      expect(message.body).not.toMatch(/(Bapak\/Ibu|Bapak|Ibu|Pak|Bu) Sari/);
    }
  });

  it('nothing spoken says "Bapak/Ibu": it cannot be said aloud', async () => {
    const found = await violations('id', (c) =>
      [c.messages.phone, c.messages.voicemail].some((m) => m.body.includes('Bapak/Ibu')),
    );
    expect(found).toEqual([]);
  });

  it.each(LANGS)(
    '%s: speech and chat use the short name, the letter the full one',
    async (lang) => {
      const found = await violations(lang, (c) => {
        const full = c.answers.interviewer ?? (lang === 'id' ? 'Sari Wulandari' : 'Sarah Jones');
        if (!('interviewer' in c.answers) || !c.answers.honorific) return false;
        const { phone, sms, email } = c.messages;
        if (phone.body.includes(full)) return 'full name in the call';
        if (sms.body.includes(full)) return 'full name in the text';
        return !email.body.includes(full) && 'no full name in the letter';
      });
      expect(found).toEqual([]);
    },
  );
});
