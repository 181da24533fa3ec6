import { describe, expect, it } from 'vitest';
import { decideVerdict } from '../../src/core/notice.js';
import type { Lang, Verdict } from '../../src/core/types.js';
import { describeAdvice, describeNotice } from '../../src/messages/advice.js';
import { iso } from './fixtures.js';

const JAKARTA = { id: 'Asia/Jakarta' };

/** The verdict for an interview at `at`, seen at `now` (both ISO with an offset). */
function verdict(at: string, now: string): Verdict {
  const decided = decideVerdict(iso(at), JAKARTA, iso(now));
  if (!decided.ok) throw new Error(`past: ${at} from ${now}`);
  return decided.value;
}

/** Named situations: [interview, now]. Friday 27 November 2026 10:00 WIB unless said. */
const SITUATIONS = {
  // Wednesday 10:00: the office is open, 48 h ahead.
  callNow: ['2026-11-27T10:00+07:00', '2026-11-25T10:00+07:00'],
  // Wednesday 06:00: the office opens at 09:00, still 49 h ahead.
  callAt: ['2026-11-27T10:00+07:00', '2026-11-25T06:00+07:00'],
  // Wednesday 19:00 for Thursday 19:30: Thursday 09:00 would miss the 24 h mark.
  writeThenCall: ['2026-11-26T19:30+07:00', '2026-11-25T19:00+07:00'],
  // Thursday 14:00, 20 h ahead, office open.
  shortOpen: ['2026-11-27T10:00+07:00', '2026-11-26T14:00+07:00'],
  // The stories. Thursday 23:30 for Friday 09:00: the office opens as it starts.
  thursdayNight: ['2026-11-27T09:00+07:00', '2026-11-26T23:30+07:00'],
  // Friday 20:00 for Saturday 10:00: the interview's Saturday counts as a working day.
  fridayEvening: ['2026-11-28T10:00+07:00', '2026-11-27T20:00+07:00'],
  // Saturday 19:00 for Monday 08:00: no opening before it starts.
  saturdayEvening: ['2026-12-07T08:00+07:00', '2026-12-05T19:00+07:00'],
  // Friday 18:00 for Monday 10:00: Monday 09:00 is too late for 24 h notice.
  weekendWrite: ['2026-11-30T10:00+07:00', '2026-11-27T18:00+07:00'],
} as const satisfies Record<string, readonly [string, string]>;
type Situation = keyof typeof SITUATIONS;
const of = (s: Situation) => verdict(SITUATIONS[s][0], SITUATIONS[s][1]);

describe('describeAdvice', () => {
  it.each<[Situation, Lang, string]>([
    [
      'callNow',
      'id',
      'Telepon rekruter sekarang: kantor sedang buka. Jika tidak diangkat, tinggalkan pesan suara, lalu kirim email dan pesan teks.',
    ],
    [
      'callNow',
      'en',
      'Call the recruiter now: the office is open. If nobody answers, leave a voicemail, then send the email and the text message.',
    ],
    [
      'callAt',
      'id',
      'Telepon rekruter hari ini pukul 09.00 WIB, saat kantor buka: pemberitahuan Anda tetap 24 jam atau lebih sebelum wawancara. Jika tidak diangkat, tinggalkan pesan suara, lalu kirim email dan pesan teks.',
    ],
    [
      'callAt',
      'en',
      "Call the recruiter today at 9:00 AM WIB, when the office opens: that still gives 24 hours' notice or more. If nobody answers, leave a voicemail, then send the email and the text message.",
    ],
    [
      'writeThenCall',
      'id',
      'Kirim email dan pesan teks sekarang agar pemberitahuan sampai setidaknya 24 jam sebelum wawancara. Lalu telepon rekruter besok pukul 09.00 WIB, saat kantor buka, untuk memastikan pesan Anda sudah diterima.',
    ],
    [
      'writeThenCall',
      'en',
      'Send the email and the text message now so your notice arrives at least 24 hours ahead. Then call the recruiter tomorrow at 9:00 AM WIB, when the office opens, to make sure your message arrived.',
    ],
    [
      'shortOpen',
      'id',
      'Telepon rekruter sekarang: kantor sedang buka. Sampaikan permohonan maaf karena pemberitahuannya kurang dari 24 jam. Jika tidak diangkat, tinggalkan pesan suara, lalu kirim email dan pesan teks.',
    ],
    [
      'thursdayNight',
      'id',
      'Kantor sedang tutup: kirim email dan pesan teks sekarang. Sampaikan permohonan maaf karena pemberitahuannya kurang dari 24 jam. Kantor tidak buka lagi sebelum wawancara, jadi telepon tidak akan sampai tepat waktu: email dan pesan teks yang menyampaikannya.',
    ],
    [
      'thursdayNight',
      'en',
      "The office is closed: send the email and the text message now. Apologise for giving less than 24 hours' notice. The office does not open again before the interview, so no call can reach them in time: the email and the text message carry your news.",
    ],
    [
      'fridayEvening',
      'en',
      "The office is closed: send the email and the text message now. Apologise for giving less than 24 hours' notice. Then call the recruiter tomorrow at 9:00 AM WIB, when the office opens, to make sure your message arrived.",
    ],
    [
      'saturdayEvening',
      'en',
      'Send the email and the text message now so your notice arrives at least 24 hours ahead. The office does not open again before the interview, so no call can reach them in time: the email and the text message carry your news.',
    ],
    [
      'weekendWrite',
      'id',
      'Kirim email dan pesan teks sekarang agar pemberitahuan sampai setidaknya 24 jam sebelum wawancara. Lalu telepon rekruter pada Senin, 30 November pukul 09.00 WIB, saat kantor buka, untuk memastikan pesan Anda sudah diterima.',
    ],
  ])('%s (%s)', (situation, lang, expected) => {
    expect(describeAdvice(of(situation), lang)).toBe(expected);
  });

  const ALL = (Object.keys(SITUATIONS) as Situation[]).flatMap((s) =>
    (['id', 'en'] as const).map((lang) => [s, lang] as const),
  );

  it.each(ALL)('%s (%s): plain spaces, formal Indonesian', (situation, lang) => {
    const text = describeAdvice(of(situation), lang);
    expect(text).not.toMatch(/[\u00a0\u202f]/);
    if (lang === 'id') expect(text).not.toMatch(/interview|\bkamu\b|\baku\b/i);
  });
});

describe('describeNotice', () => {
  it.each<[string, string, Lang, string]>([
    [
      '2026-11-27T10:00+07:00',
      '2026-11-25T17:00+07:00',
      'id',
      'Waktu tersisa 41 jam sebelum wawancara: cukup untuk pemberitahuan 24 jam (hubungi paling lambat Kamis, 26 November 2026 pukul 10.00 WIB).',
    ],
    [
      '2026-11-27T10:00+07:00',
      '2026-11-25T17:00+07:00',
      'en',
      "41 hours left before the interview: enough for 24 hours' notice (get in touch by Thursday, 26 November 2026 at 10:00 AM WIB).",
    ],
    // Same day: "today", not only "less than 24 hours".
    [
      '2026-11-27T14:00+07:00',
      '2026-11-27T08:30+07:00',
      'id',
      'Wawancara hari ini pukul 14.00 WIB, 5 jam lagi: kurang dari 24 jam, jadi sampaikan permohonan maaf atas pemberitahuan yang mendadak.',
    ],
    [
      '2026-11-27T14:00+07:00',
      '2026-11-27T08:30+07:00',
      'en',
      'The interview is today at 2:00 PM WIB, 5 hours from now: less than 24 hours, so apologise for the short notice.',
    ],
    [
      '2026-11-27T10:00+07:00',
      '2026-11-26T14:00+07:00',
      'id',
      'Wawancara besok pukul 10.00 WIB, 20 jam lagi: kurang dari 24 jam, jadi sampaikan permohonan maaf atas pemberitahuan yang mendadak.',
    ],
    [
      '2026-11-27T10:00+07:00',
      '2026-11-26T14:00+07:00',
      'en',
      'The interview is tomorrow at 10:00 AM WIB, 20 hours from now: less than 24 hours, so apologise for the short notice.',
    ],
  ])('interview %s, now %s (%s)', (at, now, lang, expected) => {
    expect(describeNotice(verdict(at, now), lang)).toBe(expected);
  });

  it.each<[string, Lang, string]>([
    ['2026-11-26T09:59+07:00', 'en', '24 hours left'],
    ['2026-11-26T10:00:01+07:00', 'en', '23 hours from now'], // 23 h 59 min 59 s
    ['2026-11-27T08:59+07:00', 'en', '1 hour from now'],
    ['2026-11-27T09:30+07:00', 'en', 'less than an hour from now'],
    ['2026-11-27T09:30+07:00', 'id', 'kurang dari 1 jam lagi'],
  ])('now %s (%s): "%s" (rounded down)', (now, lang, said) => {
    expect(describeNotice(verdict('2026-11-27T10:00+07:00', now), lang)).toContain(said);
  });
});
