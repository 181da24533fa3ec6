import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, type Answers, type Lang } from '../../src/core/types.js';
import { LONG, messagesOf, NOW, planOf } from './scenarios.js';

const LIMIT = 200;
const LINKEDIN: Answers = { channels: 'linkedin' };

const LONG_COMPANY =
  'PT Perusahaan Perdagangan Internasional Nusantara Sejahtera Abadi Makmur Sentosa Tbk';
const LONG_NAME = 'Raden Ayu Kusumawardhani Setyaningrum Puspitasari Hadiningrat Wijayakusuma';
const LONG_ROLE = 'Senior Principal Customer Experience and Digital Transformation Strategy Lead';
const ONE_WORD =
  'Supercalifragilisticexpialidociousnesscorporationinternationalholdingsgroupworldwide';

const note = async (lang: Lang, answers: Answers): Promise<string> =>
  (await messagesOf(lang, { ...LINKEDIN, ...answers })).linkedin.body;

describe('the LinkedIn note', () => {
  it.each<[Lang, string]>([
    [
      'id',
      'Halo Bu Sari, saya Rina Wijaya, pelamar posisi Product Designer di PT Maju Jaya. Mohon maaf, saya mengundurkan diri dari proses seleksi. Terima kasih atas kesempatannya. Semoga kita tetap terhubung.',
    ],
    [
      'en',
      "Hi Sarah, I'm Rina Wijaya, who applied for the Product Designer role at PT Maju Jaya. I'm sorry I had to withdraw from the process. Thank you for the opportunity. I'd be glad to stay connected.",
    ],
  ])('%s: a typical note', async (lang, text) => {
    expect(await note(lang, {})).toBe(text);
  });

  // Whole parts go, in order: the role, ornaments, the company, the sender's name (shown
  // beside the note anyway), the recruiter's name.
  it.each<[Lang, Answers, string[], string[]]>([
    [
      'en',
      { role: LONG_ROLE },
      ['Rina Wijaya', 'PT Maju Jaya', 'Thank you for the opportunity'],
      ['Senior'],
    ],
    [
      'id',
      { company: LONG_COMPANY, role: LONG_ROLE },
      ['Rina Wijaya', 'pelamar di perusahaan Ibu'],
      ['Senior', 'Terima kasih atas kesempatannya', 'Perusahaan Perdagangan'],
    ],
    [
      'id',
      { ...LONG, now: NOW.short },
      ['Muhammad Rizki Aditya Pratama', 'perusahaan Ibu', 'Bu Kartika'],
      ['Bank', 'Relationship'],
    ],
    [
      'en',
      { company: ONE_WORD, name: LONG_NAME, interviewer: LONG_NAME, honorific: 'ibu' },
      ['Hi Kusumawardhani,', 'your company'],
      [ONE_WORD],
    ],
  ])('%s %j keeps %j, drops %j', async (lang, answers, kept, dropped) => {
    const text = await note(lang, answers);
    expect([...text].length).toBeLessThanOrEqual(LIMIT);
    for (const part of kept) expect(text).toContain(part);
    for (const part of dropped) expect(text).not.toContain(part);
  });

  // Each field draws from its own words, so a word seen in the note tells whose it is.
  const field = (...vocabulary: string[]) =>
    fc
      .array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 30 })
      .map((parts) => parts.join(' ').slice(0, 100).trim());
  const WORDS = {
    company: ['Perusahaan', 'Nusantara', 'Sejahtera', 'Abadi'],
    role: ['Senior', 'Analis', 'Kredit', 'Mikro'],
    name: ['Rizki', 'Aditya', 'Pratama', 'Dwi'],
  };

  it.each(LANGS)('%s: never over 200 characters, never a cut value (property)', async (lang) => {
    await fc.assert(
      fc.asyncProperty(
        field(...WORDS.company),
        field(...WORDS.role),
        field(...WORDS.name),
        field('Kartika', 'Dewi', 'Ayu'),
        fc.boolean(),
        async (company, role, name, interviewer, reschedule) => {
          const answers: Answers = {
            ...{ company, role, name, interviewer, reason: 'health' },
            mode: reschedule ? 'reschedule' : 'cancel',
          };
          const text = await note(lang, answers);
          expect([...text].length).toBeLessThanOrEqual(LIMIT);
          expect(text).not.toMatch(/\.\.\.|…/);
          const values = { company, role, name };
          for (const [key, value] of Object.entries(values) as [keyof typeof WORDS, string][]) {
            const seen = WORDS[key].some((word) => new RegExp(`\\b${word}\\b`).test(text));
            if (seen) expect(text).toContain(value);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('LinkedIn when rescheduling', () => {
  it.each(LANGS)('%s: not in the default plan, nor in the call script', (lang) => {
    const plan = planOf(lang, { mode: 'reschedule', channels: undefined });
    expect(plan.request.channels).toEqual(['phone', 'voicemail', 'email', 'sms']);
    expect(planOf(lang, { channels: undefined }).request.channels).toContain('linkedin');
  });

  it.each(LANGS)('%s: the call script asks about LinkedIn only when cancelling', async (lang) => {
    const cancel = await messagesOf(lang, {});
    const reschedule = await messagesOf(lang, { mode: 'reschedule' });
    expect(cancel.phone.body).toContain('LinkedIn?');
    expect(reschedule.phone.body).not.toContain('LinkedIn');
  });

  it.each<[Lang, RegExp, RegExp]>([
    ['id', /Saya menantikan kabar dari Ibu\.$/, /tetap (dapat )?terhubung|Semoga kita/],
    ['en', /I look forward to hearing from you\.$/, /stay connected|all the best|every success/],
  ])('%s: asked for, it is not worded as a goodbye', async (lang, ending, goodbye) => {
    const text = await note(lang, { mode: 'reschedule' });
    expect(text).toMatch(ending);
    expect(text).not.toMatch(goodbye);
  });
});
