import { describe, expect, it } from 'vitest';
import { LANGS, type Lang, type Mode, type ReasonKey } from '../../src/core/types.js';
import { ownSentence } from '../../src/messages/phrases.js';
import { messageWarnings } from '../../src/messages/render.js';
import { runBin, SCRIPTED } from '../e2e/run-bin.js';
import { messagesOf, planOf } from './scenarios.js';
import { violations } from './matrix.js';

describe('a reason says exactly what it says', () => {
  it.each<[Lang, Mode, ReasonKey, string]>([
    ['id', 'cancel', 'offer', 'Saya telah menerima tawaran pekerjaan lain.'],
    [
      'id',
      'cancel',
      'family',
      'Saat ini saya perlu mencurahkan waktu untuk merawat anggota keluarga.',
    ],
    ['id', 'reschedule', 'family', 'Saat ini saya perlu merawat anggota keluarga.'],
    ['id', 'cancel', 'relocation', 'Saya akan pindah ke kota lain dalam waktu dekat.'],
    ['id', 'reschedule', 'relocation', 'Saya sedang dalam proses pindah domisili.'],
    ['id', 'cancel', 'health', 'Kondisi kesehatan saya sedang kurang baik.'],
    ['id', 'cancel', 'conflict', 'Ada jadwal lain yang tidak dapat saya tinggalkan.'],
    [
      'id',
      'cancel',
      'fit',
      'Setelah mempertimbangkan kembali, saya merasa posisi ini kurang sesuai untuk saya.',
    ],
    [
      'id',
      'cancel',
      'personal',
      'Keadaan pribadi saya tidak memungkinkan untuk melanjutkan proses ini.',
    ],
    ['en', 'cancel', 'offer', 'I have accepted another job offer.'],
    ['en', 'cancel', 'family', 'I need to devote my time to caring for a family member.'],
    ['en', 'reschedule', 'family', 'I am caring for a family member at the moment.'],
    ['en', 'cancel', 'relocation', 'I am relocating to another city soon.'],
    ['en', 'reschedule', 'conflict', 'I have an unavoidable scheduling conflict at that time.'],
    [
      'en',
      'cancel',
      'fit',
      'After careful thought, I have decided the role is not the right fit for me.',
    ],
    ['en', 'reschedule', 'personal', 'A personal matter has come up that I cannot set aside.'],
  ])('%s %s %s: "%s"', async (lang, mode, reason, sentence) => {
    const { email, phone } = await messagesOf(lang, { mode, reason });
    expect(email.body).toContain(sentence);
    expect(phone.body).toContain(sentence);
  });

  const MOVING: Record<Lang, RegExp> = { id: /pindah/, en: /\bmov(e|ing)\b|relocat/ };
  it.each(LANGS)('%s: caring for a family member never becomes moving', async (lang) => {
    const found = await violations(lang, (c) => {
      if (c.answers.reason !== 'family') return false;
      const hit = Object.values(c.messages).find((m) =>
        MOVING[lang].test(m.body.replace(/move (my|our) interview|moved/g, '')),
      );
      return hit?.channel;
    });
    expect(found).toEqual([]);
  });

  it.each(LANGS)('%s: the other employer is never named', async (lang) => {
    const { email, sms, phone } = await messagesOf(lang, { reason: 'offer', company: 'Zyxcorp' });
    for (const body of [email.body, sms.body, phone.body]) {
      expect(body).not.toMatch(
        /(tawaran pekerjaan lain|another job offer) (di|dari|dengan|at|with|from) /,
      );
    }
  });
});

describe('asking for another time never reads as weighing another offer', () => {
  const WEIGHING: Record<Lang, RegExp> = {
    id: /tawaran|pertimbang|posisi ini kurang sesuai/,
    en: /\boffer\b|reconsider|weighing|not the right fit/,
  };
  const NEUTRAL: Record<Lang, string> = {
    id: 'Saya berhalangan hadir pada waktu tersebut.',
    en: 'I am unable to attend at that time.',
  };

  it.each(LANGS)(
    '%s: offer and fit say only the neutral minimum, in every channel',
    async (lang) => {
      const found = await violations(lang, (c) => {
        if (
          c.mode !== 'reschedule' ||
          (c.answers.reason !== 'offer' && c.answers.reason !== 'fit')
        ) {
          return false;
        }
        const hit = Object.values(c.messages).find((m) => WEIGHING[lang].test(m.body));
        if (hit) return `${hit.channel} weighs`;
        return !c.messages.email.body.includes(NEUTRAL[lang]) && 'no neutral sentence';
      });
      expect(found).toEqual([]);
    },
  );

  it.each<[Mode, ReasonKey, string[]]>([
    ['reschedule', 'offer', ['reason-neutralised']],
    ['reschedule', 'fit', ['reason-neutralised']],
    ['reschedule', 'health', []],
    ['reschedule', 'family', []],
    ['cancel', 'offer', []],
    ['cancel', 'fit', []],
  ])('%s %s: warning codes %j', (mode, reason, codes) => {
    expect(messageWarnings(planOf('en', { mode, reason })).map((w) => w.code)).toEqual(codes);
  });

  it.each<[Lang, RegExp]>([
    ['id', /^batal-wawancara: peringatan: alasan "offer" tidak disebut .*--reason-text[^\n]*\n$/],
    ['en', /^batal-wawancara: warning: the reason "offer" is not named .*--reason-text[^\n]*\n$/],
  ])('%s: the user is told once, on stderr, in their language', (lang, line) => {
    const run = runBin([...SCRIPTED, '--lang', lang, '--reschedule', '--channel', 'email,sms']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(line);
    expect(run.stdout).not.toMatch(/tawaran|offer/);
  });
});

describe('the user’s own sentence', () => {
  it.each<[string, string]>([
    ['ayah saya dirawat di rumah sakit', 'Ayah saya dirawat di rumah sakit.'],
    ['  my doctor advised rest  ', 'My doctor advised rest.'],
    ['Sudah saya sampaikan!', 'Sudah saya sampaikan!'],
    ['is it fine?', 'Is it fine?'],
    ['“quoted.”', '“quoted.”'],
    ['two  spaces', 'Two spaces.'],
    ['', ''],
  ])('%j → %j', (input, sentence) => {
    expect(ownSentence(input)).toBe(sentence);
  });

  it.each<[Lang, string]>([
    ['id', 'merawat anggota keluarga. Ayah saya baru saja menjalani operasi.'],
    ['en', 'caring for a family member. My father has just had surgery.'],
  ])('%s: joined after the reason’s own sentence', async (lang, joined) => {
    const reasonText =
      lang === 'id' ? 'ayah saya baru saja menjalani operasi' : 'my father has just had surgery';
    const { email, phone } = await messagesOf(lang, { reason: 'family', reasonText });
    expect(email.body).toContain(joined);
    expect(phone.body).toContain(joined);
  });
});

describe('"Dengan berat hati" / "Unfortunately"', () => {
  it.each<[Lang, ReasonKey, boolean]>([
    ['id', 'offer', true],
    ['id', 'health', true],
    ['id', 'fit', false],
    ['en', 'offer', true],
    ['en', 'fit', false],
  ])('%s %s: said in the call: %s', async (lang, reason, said) => {
    const { phone } = await messagesOf(lang, { reason });
    expect(/Dengan berat hati|Unfortunately/.test(phone.body)).toBe(said);
  });
});
