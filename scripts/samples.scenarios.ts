import { REASON_KEYS } from '../src/core/reasons.js';
import type { Answers, Lang, Mode } from '../src/core/types.js';

/** One sample: what the user answered (as flags would) and a fixed "now". */
export interface Scenario {
  title: string;
  answers: Answers;
}

/** Friday 27 November 2026, 10:00 WIB: the interview of most samples. */
export const AT = '2026-11-27 10:00 WIB';

/** The moments the samples are written at, seen from the interview above. */
export const NOW = {
  /** Wednesday 10:00: 48 hours ahead, the office open: call now. */
  ok: '2026-11-25 10:00 WIB',
  /** Wednesday 20:00: the office opens Thursday 09:00, still 25 hours ahead: call then. */
  callLater: '2026-11-25 20:00 WIB',
  /** Thursday 14:00: 20 hours ahead, tomorrow. */
  short: '2026-11-26 14:00 WIB',
  /** Friday 09:15: the interview is today. */
  sameDay: '2026-11-27 09:15 WIB',
} as const;

/** Saturday noon for a Monday 10:00 interview: the office opens an hour before it. */
export const WRITE_FIRST: Answers = { at: '2026-11-30 10:00 WIB', now: '2026-11-28 12:00 WIB' };

const ID: Answers = {
  lang: 'id',
  company: 'PT Maju Jaya',
  role: 'Product Designer',
  interviewer: 'Sari Wulandari',
  honorific: 'ibu',
  at: AT,
  now: NOW.ok,
  reason: 'offer',
  name: 'Rina Wijaya',
  phone: '0812-3456-7890',
  email: 'rina@example.com',
};

/** Every answer of a typical run, in each language. */
export const BASE: Record<Lang, Answers> = {
  id: ID,
  en: { ...ID, lang: 'en', interviewer: 'Sarah Jones', honorific: undefined },
};

const OWN_SENTENCE: Record<Lang, string> = {
  id: 'ayah saya baru saja menjalani operasi',
  en: 'my father has just had surgery',
};

const OTHER_SENTENCE: Record<Lang, string> = {
  id: 'saya harus menghadiri sidang skripsi yang dijadwalkan ulang oleh kampus',
  en: 'my university has moved my thesis defence to that morning',
};

/** Long input: a bank's full name, a four-word name on both sides, a long role. */
export const LONG: Answers = {
  company: 'PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk',
  role: 'Relationship Manager Kredit Usaha Mikro',
  interviewer: 'Raden Ajeng Kartika Dewi',
  honorific: 'ibu',
  name: 'Muhammad Rizki Aditya Pratama',
};

/** Monday 30 November 09:00, Tuesday 1 December 14:00, Wednesday 2 December 10:30. */
export const SLOTS = ['2026-11-30 09:00', '2026-12-01 14:00', '2026-12-02 10:30'];

function common(lang: Lang, mode: Mode): Scenario[] {
  // Each reason once: the first scenario has the mode's usual one, the others follow.
  const base = mode === 'cancel' ? 'offer' : 'health';
  const reasons = REASON_KEYS.filter((reason) => reason !== base && reason !== 'other');
  const s = (title: string, answers: Answers): Scenario => ({
    title,
    answers: { ...BASE[lang], mode, reason: base, ...answers },
  });
  return [
    s(`Enough notice, call now: ${base}`, {}),
    ...reasons.map((reason) => s(`Reason: ${reason}`, { reason })),
    s('Reason: other, in the user’s own words', {
      reason: 'other',
      reasonText: OTHER_SENTENCE[lang],
    }),
    s('A reason and the user’s own sentence (typed in lower case, no full stop)', {
      reason: 'family',
      reasonText: OWN_SENTENCE[lang],
    }),
    s('Evening: call when the office opens tomorrow', { now: NOW.callLater }),
    s('Short notice: the interview is tomorrow', { now: NOW.short }),
    s('Same day: the interview is in 45 minutes', { now: NOW.sameDay }),
    s('Write first: the office opens too late for 24 hours’ notice', WRITE_FIRST),
    s('Only what is required: no role, interviewer, phone or email', {
      role: undefined,
      interviewer: undefined,
      honorific: undefined,
      phone: undefined,
      email: undefined,
    }),
    ...(lang === 'id'
      ? [s('An interviewer named without an honorific', { honorific: undefined })]
      : []),
    s('Long names, short notice', { ...LONG, now: NOW.short }),
  ];
}

function slots(lang: Lang): Scenario[] {
  const s = (title: string, answers: Answers): Scenario => ({
    title,
    answers: { ...BASE[lang], mode: 'reschedule', reason: 'health', ...answers },
  });
  return [
    s('One proposed time', { slots: SLOTS.slice(0, 1) }),
    s('Three proposed times', { slots: SLOTS }),
    s('Three proposed times, short notice', { slots: SLOTS, now: NOW.short }),
    s('Long names, three proposed times, short notice', {
      ...LONG,
      slots: SLOTS,
      now: NOW.short,
    }),
    s('A proposed time tomorrow, the interview today', {
      now: NOW.sameDay,
      slots: ['2026-11-28 10:00'],
    }),
    s('LinkedIn asked for explicitly', {
      slots: SLOTS.slice(0, 1),
      channels: 'phone,voicemail,email,sms,linkedin',
    }),
  ];
}

const NEW_YORK: Record<Mode, Scenario[]> = {
  cancel: [
    {
      title: 'An interview in New York, a UK phone number',
      answers: {
        ...BASE.en,
        mode: 'cancel',
        company: 'Hudson Analytics Inc.',
        role: 'Data Analyst',
        interviewer: 'Michael Brown',
        at: '2026-11-27 10:00 America/New_York',
        now: '2026-11-25 11:00 America/New_York',
        phone: '+44 7700 900123',
      },
    },
  ],
  reschedule: [
    {
      title: 'New York, reschedule across the change from summer time',
      answers: {
        ...BASE.en,
        mode: 'reschedule',
        reason: 'conflict',
        company: 'Hudson Analytics Inc.',
        role: 'Data Analyst',
        interviewer: 'Michael Brown',
        at: '2026-10-30 10:00 America/New_York',
        now: '2026-10-28 11:00 America/New_York',
        slots: ['2026-11-02 10:00', '2026-11-03 14:00'],
        phone: '+1 212 555 0123',
      },
    },
  ],
};

/** The gallery: one file per language and mode, each a list of scenarios. */
export const GALLERY: ReadonlyArray<{ lang: Lang; mode: Mode; scenarios: Scenario[] }> = (
  ['id', 'en'] as const
).flatMap((lang) => [
  {
    lang,
    mode: 'cancel' as const,
    scenarios: [...common(lang, 'cancel'), ...(lang === 'en' ? NEW_YORK.cancel : [])],
  },
  {
    lang,
    mode: 'reschedule' as const,
    scenarios: [
      ...common(lang, 'reschedule'),
      ...slots(lang),
      ...(lang === 'en' ? NEW_YORK.reschedule : []),
    ],
  },
]);
