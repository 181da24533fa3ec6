import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, type Answers, type Lang } from '../../src/core/types.js';
import { LONG, messagesOf, NOW, SLOTS, words, WRITE_FIRST } from './scenarios.js';
import { violations } from './matrix.js';

const LIMIT = 75;

describe('a voicemail takes at most 75 words', () => {
  it.each(LANGS)('%s: in every case of the sweep', async (lang) => {
    const found = await violations(lang, (c) => {
      const n = words(c.messages.voicemail.body);
      return n > LIMIT && `${n} words`;
    });
    expect(found).toEqual([]);
  });

  // The input that once made 79 and 81 words: a bank's full name, a four-word name,
  // a role, a phone number, short notice, a reschedule.
  const HEAVY: Answers = { ...LONG, mode: 'reschedule', reason: 'health', slots: SLOTS };
  it.each<[Lang, string, Answers]>([
    ['id', 'short notice', { ...HEAVY, now: NOW.short }],
    ['en', 'short notice', { ...HEAVY, now: NOW.short }],
    ['id', 'same day, no times', { ...HEAVY, slots: [], now: NOW.sameDay }],
    ['en', 'same day, no times', { ...HEAVY, slots: [], now: NOW.sameDay }],
    ['id', 'write first', { ...HEAVY, ...WRITE_FIRST }],
    ['en', 'write first', { ...HEAVY, ...WRITE_FIRST }],
    ['en', 'cancel, short notice', { ...LONG, now: NOW.short }],
  ])('%s, long input, %s: fits and keeps what matters', async (lang, _label, answers) => {
    const body = (await messagesOf(lang, answers)).voicemail.body;
    expect(words(body)).toBeLessThanOrEqual(LIMIT);
    expect(body).toContain('Muhammad Rizki Aditya Pratama');
    expect(body).toContain(lang === 'id' ? '0812-3456-7890' : '+62 812-3456-7890');
    expect(body).toMatch(lang === 'id' ? /Mohon maaf/ : /I'm sorry/);
    expect(body).toMatch(lang === 'id' ? /Terima kasih atas waktu/ : /Thank you for your time/);
    expect(body).toMatch(
      lang === 'id'
        ? /(hari ini|besok|Senin, 30 November) pukul 10\.00 WIB/
        : /(today|tomorrow|Monday, 30 November) at 10:00 AM WIB/,
    );
  });

  it.each(LANGS)('%s: the role goes first when the words run over', async (lang) => {
    const role = 'Senior Relationship Manager Kredit Usaha Mikro Kecil dan Menengah Wilayah Banten';
    const body = (await messagesOf(lang, { ...HEAVY, role, now: NOW.short })).voicemail.body;
    expect(body).not.toContain('Relationship Manager');
    expect(body).toContain('PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk');
  });

  // Names of many one-letter words are the worst case a 100-character field allows.
  const longField = fc
    .array(fc.constantFrom('A', 'Bu', 'Dwi', 'Sri', 'Putri', 'Nusantara'), {
      minLength: 1,
      maxLength: 50,
    })
    .map((parts) => parts.join(' ').slice(0, 100).trim());

  it.each(LANGS)('%s: any names and role up to 100 characters each (property)', async (lang) => {
    await fc.assert(
      fc.asyncProperty(
        longField,
        longField,
        longField,
        longField,
        fc.boolean(),
        fc.constantFrom<Answers>({ now: NOW.short }, { now: NOW.ok }, WRITE_FIRST),
        async (name, company, role, interviewer, reschedule, when) => {
          const answers: Answers = {
            name,
            company,
            role,
            interviewer,
            mode: reschedule ? 'reschedule' : 'cancel',
            reason: 'health',
            ...when,
          };
          const body = (await messagesOf(lang, answers)).voicemail.body;
          expect(words(body)).toBeLessThanOrEqual(LIMIT);
        },
      ),
      { numRuns: 60 },
    );
  });
});
