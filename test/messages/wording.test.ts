import { describe, expect, it } from 'vitest';
import { LANGS, type Answers, type Channel, type Lang } from '../../src/core/types.js';
import { everything, messagesOf, NOW, WRITE_FIRST } from './scenarios.js';
import { violations } from './matrix.js';

describe('a cancellation withdraws the application', () => {
  const WITHDRAW: Record<Lang, RegExp> = {
    id: /mengundurkan diri dari proses seleksi/,
    en: /withdraw(n)? (my application|from the process)/,
  };
  it.each(LANGS)('%s: every channel says so', async (lang) => {
    const found = await violations(lang, (c) => {
      if (c.mode !== 'cancel') return false;
      return Object.values(c.messages).find((m) => !WITHDRAW[lang].test(m.body))?.channel;
    });
    expect(found).toEqual([]);
  });
});

describe('unambiguous words', () => {
  const APPLICANT: Record<Lang, RegExp> = {
    id: /pelamar( posisi .+)? di |yang melamar di /,
    en: /applied (for|to) /,
  };
  const SCHEDULED: Record<Lang, RegExp> = {
    id: /(yang|semula) dijadwalkan (pada [A-Z]|besok|hari ini)|wawancara (pada [A-Z]|besok|hari ini)[^?]* dijadwalkan ulang\?/,
    en: /scheduled for ([A-Z]|tomorrow|today)/,
  };
  const ASKING_TO_MOVE_TO: Record<Lang, RegExp> = {
    id: /(menjadwalkan ulang|penjadwalan ulang) wawancara pada/,
    en: /reschedule (my|the|our) interview (on|for|to) /,
  };

  it.each(LANGS)('%s: who applied for what; the interview "scheduled for"', async (lang) => {
    const found = await violations(lang, (c) => {
      for (const m of Object.values(c.messages)) {
        if (/kandidat (di|untuk posisi)|a candidate (at|for)/.test(m.body))
          return `${m.channel}: candidate`;
        if (ASKING_TO_MOVE_TO[lang].test(m.body)) return `${m.channel}: reads as "move it to"`;
      }
      for (const channel of ['phone', 'voicemail', 'sms'] as const) {
        if (!APPLICANT[lang].test(c.messages[channel].body)) return `${channel}: who applied`;
      }
      const dated = ['phone', 'voicemail', 'email', 'sms'] as const;
      const unscheduled = dated.find((ch) => !SCHEDULED[lang].test(c.messages[ch].body));
      return unscheduled && `${unscheduled}: not "scheduled for"`;
    });
    expect(found).toEqual([]);
  });
});

describe('proportion and phrasing', () => {
  it.each<[Lang, string, string, string]>([
    ['id', NOW.short, 'besok pukul 10.00 WIB', 'besok, Jumat, 27 November 2026 pukul 10.00 WIB'],
    [
      'id',
      NOW.sameDay,
      'hari ini pukul 10.00 WIB',
      'hari ini, Jumat, 27 November 2026 pukul 10.00 WIB',
    ],
    [
      'en',
      NOW.short,
      'tomorrow at 10:00 AM WIB',
      'tomorrow, Friday, 27 November 2026 at 10:00 AM WIB',
    ],
    ['en', NOW.sameDay, 'today at 10:00 AM WIB', 'today, Friday, 27 November 2026 at 10:00 AM WIB'],
  ])(
    '%s, now %s: said "%s" aloud and in the text, with the date in the email',
    async (lang, now, said, written) => {
      const m = await messagesOf(lang, { now });
      for (const channel of ['phone', 'voicemail', 'sms'] as const) {
        expect(m[channel].body).toContain(said);
      }
      expect(m.email.body).toContain(written);
    },
  );

  const STILTED: Record<Lang, RegExp> = {
    id: /, dan |kurang dari 24 jam|Jika .{0,20}berkenan, bolehkah|mengenal .* lebih jauh|penjadwalan ulang wawancara yang dijadwalkan|\binterview\b|\bkamu\b|\baku\b|\bAnda\b/,
    en: /less than 24 hours|fit in with|I could attend|any of these times, or/,
  };
  it.each(LANGS)(
    '%s: no hedges stacked, no comma before "dan", nothing translated',
    async (lang) => {
      const found = await violations(lang, (c) => {
        const hit = Object.values(c.messages).find((m) => STILTED[lang].test(everything(m)));
        return hit && `${hit.channel}: ${STILTED[lang].exec(everything(hit))?.[0] ?? ''}`;
      });
      expect(found).toEqual([]);
    },
  );

  it('"perusahaan Ibu" where the company is not named again', async () => {
    const { linkedin } = await messagesOf('id', {
      company: 'PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk',
      name: 'Muhammad Rizki Aditya Pratama',
      now: NOW.short,
    });
    expect(linkedin.body).toContain('di perusahaan Ibu.');
  });
});

describe('the call', () => {
  const MOMENT: Record<Lang, string> = {
    id: 'Apakah saat ini waktunya tepat untuk berbicara sebentar?',
    en: 'Is this a good moment to talk?',
  };
  const FOLLOW_UP: Record<Lang, string> = {
    id: 'Saya akan mengirimkan konfirmasinya melalui email.',
    en: "I'll follow up by email.",
  };
  const AS_WRITTEN: Record<Lang, string> = {
    id: 'Seperti yang sudah saya sampaikan melalui email, saya',
    en: 'As I wrote in my email, I',
  };

  it.each(LANGS)('%s: asks for a moment, then says the email follows', async (lang) => {
    const { phone } = await messagesOf(lang);
    expect(phone.body.split('\n')[2]).toBe(MOMENT[lang]);
    expect(phone.body).toContain(FOLLOW_UP[lang]);
  });

  it.each<[Lang, Channel]>([
    ['id', 'phone'],
    ['id', 'voicemail'],
    ['en', 'phone'],
    ['en', 'voicemail'],
  ])('%s %s: after writing first, refers to the email already sent', async (lang, channel) => {
    for (const mode of ['cancel', 'reschedule'] as const) {
      const body = (await messagesOf(lang, { ...WRITE_FIRST, mode }))[channel].body;
      expect(body).toContain(AS_WRITTEN[lang]);
      expect(body).not.toContain(FOLLOW_UP[lang]);
    }
  });

  // Calls made now, inside office hours: the greeting and the goodbye fit the hour.
  it.each<[string, Answers['now'], string, string]>([
    ['id', '2026-11-25 09:30 WIB', 'Selamat pagi', 'Selamat pagi.'],
    ['id', '2026-11-25 12:30 WIB', 'Selamat siang', 'Selamat siang.'],
    ['id', '2026-11-25 16:00 WIB', 'Selamat sore', 'Selamat sore.'],
    ['en', '2026-11-25 09:30 WIB', 'Good morning', 'Have a good day.'],
    ['en', '2026-11-25 16:00 WIB', 'Good afternoon', 'Have a good day.'],
  ])('%s at %s: opens "%s", ends "%s"', async (lang, now, hello, goodbye) => {
    const { phone, voicemail } = await messagesOf(lang as Lang, { now });
    for (const body of [phone.body, voicemail.body]) {
      expect(body.startsWith(`${hello},`)).toBe(true);
      expect(body.endsWith(goodbye)).toBe(true);
    }
  });

  // Friday 20:00, the interview Saturday 08:00: no call can reach them before it starts.
  it.each<[Lang, string, string]>([
    ['id', 'Selamat malam, Ibu Sari.', 'Selamat malam.'],
    ['en', 'Good evening, Sarah.', 'Have a good evening.'],
  ])(
    '%s: with no call in time, the script is for now and refers to the email',
    async (lang, hello, bye) => {
      const m = await messagesOf(lang, { at: '2026-11-28 08:00 WIB', now: '2026-11-27 20:00 WIB' });
      for (const body of [m.phone.body, m.voicemail.body]) {
        expect(body.startsWith(hello)).toBe(true);
        expect(body.endsWith(bye)).toBe(true);
        expect(body).toContain(AS_WRITTEN[lang]);
      }
    },
  );

  it('an evening greeting is never followed by "Have a good day"', async () => {
    const found = await violations('en', (c) =>
      [c.messages.phone, c.messages.voicemail].some(
        (m) => m.body.startsWith('Good evening') && !m.body.endsWith('Have a good evening.'),
      ),
    );
    expect(found).toEqual([]);
  });
});

describe('zones as people write them', () => {
  // New York leaves summer time on 1 November 2026: the interview is EDT, the new times EST.
  it.each<[Lang, string[]]>([
    ['en', ['Friday, 30 October 2026 at 10:00 AM EDT', '- Monday, 2 November at 10:00 AM EST']],
    ['id', ['Jumat, 30 Oktober 2026 pukul 10.00 EDT', '- Senin, 2 November pukul 10.00 EST']],
  ])('%s: EDT and EST, never GMT-4', async (lang, said) => {
    const { email, sms } = await messagesOf(lang, {
      mode: 'reschedule',
      at: '2026-10-30 10:00 America/New_York',
      now: '2026-10-28 11:00 America/New_York',
      slots: ['2026-11-02 10:00', '2026-11-03 14:00'],
    });
    for (const text of said) expect(email.body).toContain(text);
    expect(`${email.body}${sms.body}`).not.toMatch(/GMT|UTC/);
  });
});
