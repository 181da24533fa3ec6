import { describe, expect, it } from 'vitest';
import { LANGS, type AdviceKind, type Lang } from '../../src/core/types.js';
import { describeAdvice, describeNotice } from '../../src/messages/advice.js';
import { fullRequest, makePlan, NOW_SHORT, type PlanOptions } from './fixtures.js';

/** The interview is Friday 27 November 2026 at 10:00 WIB. */
const SITUATIONS: Record<AdviceKind | 'short-closed', PlanOptions> = {
  'call-now': { advice: 'call-now' },
  'call-at': {
    now: '2026-11-25T06:00:00+07:00',
    callAt: '2026-11-25T09:00:00+07:00',
    officeOpen: false,
    advice: 'call-at',
  },
  'write-first': {
    now: '2026-11-25T20:00:00+07:00',
    callAt: '2026-11-26T09:00:00+07:00',
    officeOpen: false,
    advice: 'write-first',
  },
  short: { now: NOW_SHORT, advice: 'short' },
  'short-closed': {
    now: '2026-11-26T19:00:00+07:00',
    callAt: '2026-11-27T09:00:00+07:00',
    officeOpen: false,
    advice: 'short',
  },
};
const plan = (lang: Lang, situation: keyof typeof SITUATIONS) =>
  makePlan(fullRequest(lang), SITUATIONS[situation]);

describe('describeAdvice', () => {
  it.each<[Lang, keyof typeof SITUATIONS, string]>([
    ['id', 'call-now', 'Telepon rekruter sekarang'],
    ['id', 'call-at', 'Telepon rekruter hari ini pukul 09.00 WIB'],
    ['id', 'write-first', 'lalu telepon rekruter besok pukul 09.00 WIB'],
    ['id', 'short', 'permohonan maaf karena pemberitahuannya kurang dari 24 jam'],
    ['id', 'short-closed', 'lalu telepon lagi besok pukul 09.00 WIB'],
    ['en', 'call-now', 'Call the recruiter now'],
    ['en', 'call-at', 'Call the recruiter today at 9:00 AM WIB'],
    ['en', 'write-first', 'then call the recruiter tomorrow at 9:00 AM WIB'],
    ['en', 'short', "apologise for giving less than 24 hours' notice"],
    ['en', 'short-closed', 'then call again tomorrow at 9:00 AM WIB'],
  ])('%s %s: "%s"', (lang, situation, said) => {
    expect(describeAdvice(plan(lang, situation))).toContain(said);
  });

  const ALL = LANGS.flatMap((lang) =>
    (Object.keys(SITUATIONS) as (keyof typeof SITUATIONS)[]).map((s) => [lang, s] as const),
  );
  const CALL: Record<Lang, RegExp> = { id: /telepon/i, en: /call/i };
  const WRITE: Record<Lang, RegExp> = { id: /email|pesan teks/, en: /email|text message/ };

  it.each(ALL)('%s %s: writing comes after the call, except to beat the 24 h mark', (lang, s) => {
    const text = describeAdvice(plan(lang, s));
    const call = text.search(CALL[lang]);
    const write = text.search(WRITE[lang]);
    expect(call).toBeGreaterThanOrEqual(0);
    expect(write).toBeGreaterThanOrEqual(0);
    if (s === 'write-first') expect(write).toBeLessThan(call);
    else expect(call).toBeLessThan(write);
  });

  it.each(ALL)('%s %s: one or two sentences, plain spaces', (lang, s) => {
    const text = describeAdvice(plan(lang, s));
    expect(text.split(/(?<=\.) /).length).toBeLessThanOrEqual(2);
    expect(text).not.toMatch(/[\u00a0\u202f]/);
  });

  it.each(ALL.filter(([lang]) => lang === 'id'))('%s %s: formal Indonesian', (lang, s) => {
    expect(describeAdvice(plan(lang, s))).not.toMatch(/interview|\bkamu\b|\baku\b/i);
  });
});

describe('describeNotice', () => {
  it.each<[Lang, keyof typeof SITUATIONS, string]>([
    [
      'id',
      'call-now',
      'Waktu tersisa 41 jam sebelum wawancara: cukup untuk pemberitahuan 24 jam (hubungi paling lambat Kamis, 26 November 2026 pukul 10.00 WIB).',
    ],
    [
      'en',
      'call-now',
      "41 hours left before the interview: enough for 24 hours' notice (get in touch by Thursday, 26 November 2026 at 10:00 AM WIB).",
    ],
    [
      'id',
      'short',
      'Waktu tersisa 20 jam sebelum wawancara: kurang dari 24 jam, jadi sampaikan permohonan maaf atas pemberitahuan yang mendadak.',
    ],
    [
      'en',
      'short',
      '20 hours left before the interview: less than 24 hours, so apologise for the short notice.',
    ],
  ])('%s %s', (lang, situation, expected) => {
    expect(describeNotice(plan(lang, situation))).toBe(expected);
  });

  it.each<[string, Lang, string]>([
    ['2026-11-26T09:59:00+07:00', 'en', '24 hours left'],
    ['2026-11-26T10:01:00+07:00', 'en', '23 hours left'],
    ['2026-11-27T08:59:00+07:00', 'en', '1 hour left'],
    ['2026-11-27T09:30:00+07:00', 'en', 'Less than an hour left'],
    ['2026-11-27T09:30:00+07:00', 'id', 'Waktu tersisa kurang dari 1 jam'],
  ])('now %s (%s): "%s" (rounded down)', (now, lang, said) => {
    expect(describeNotice(makePlan(fullRequest(lang), { now }))).toContain(said);
  });
});
