import { describe, expect, it } from 'vitest';
import { runBin } from './run-bin.js';

/**
 * The four night and weekend stories of the advice issue, through the built
 * bin: JSON (notice.first, a nullable callAt, the advice) and the text plan
 * (order and headings) in both languages.
 */
const PEOPLE = [
  '--company',
  'PT Maju Jaya',
  '--interviewer',
  'Sari Wulandari',
  '--honorific',
  'ibu',
  '--reason',
  'offer',
  '--name',
  'Budi Santoso',
  '--sure',
];

interface Story {
  name: string;
  at: string;
  now: string;
  json: { status: string; first: string; callAt: string | null; hoursLeft: number };
  /** Words the advice must not say, per language. */
  neverSays: { id: RegExp; en: RegExp };
  headings: { id: string[]; en: string[] };
}

const STORIES: Story[] = [
  {
    name: 'Thursday 23:30, interview Friday 09:00: no call at night, none at the start',
    at: '2026-11-27 09:00 WIB',
    now: '2026-11-26 23:30 WIB',
    json: { status: 'short', first: 'write', callAt: null, hoursLeft: 9.5 },
    neverSays: { id: /telepon rekruter sekarang|pukul/i, en: /call the recruiter now|\bat \d/i },
    headings: {
      id: [
        '1. Email — kirim sekarang',
        '2. SMS / WhatsApp — kirim sekarang',
        '3. Telepon — hanya jika rekruter bisa dihubungi sebelum wawancara',
        '4. Pesan suara — jika telepon tidak diangkat',
        '5. LinkedIn — catatan ajakan terhubung',
      ],
      en: [
        '1. Email — send now',
        '2. Text message (SMS / WhatsApp) — send now',
        '3. Call — only if you can reach the recruiter before the interview',
        '4. Voicemail — if nobody answers',
        '5. LinkedIn — connection note',
      ],
    },
  },
  {
    name: 'Friday 20:00, interview Saturday 10:00: call Saturday 09:00, never Monday',
    at: '2026-11-28 10:00 WIB',
    now: '2026-11-27 20:00 WIB',
    json: { status: 'short', first: 'write', callAt: '2026-11-28T09:00:00+07:00', hoursLeft: 14 },
    neverSays: { id: /Senin|sekarang: kantor/, en: /Monday|office is open/ },
    headings: {
      id: [
        '1. Email — kirim sekarang',
        '2. SMS / WhatsApp — kirim sekarang',
        '3. Telepon — besok pukul 09.00 WIB, untuk memastikan pesan Anda sudah diterima',
        '4. Pesan suara — jika telepon tidak diangkat',
        '5. LinkedIn — catatan ajakan terhubung',
      ],
      en: [
        '1. Email — send now',
        '2. Text message (SMS / WhatsApp) — send now',
        '3. Call — tomorrow at 9:00 AM WIB, to make sure your message arrived',
        '4. Voicemail — if nobody answers',
        '5. LinkedIn — connection note',
      ],
    },
  },
  {
    name: 'Saturday evening, interview Monday 08:00: no call after it started',
    at: '2026-12-07 08:00 WIB',
    now: '2026-12-05 19:00 WIB',
    json: { status: 'ok', first: 'write', callAt: null, hoursLeft: 37 },
    neverSays: { id: /pukul 09\.00|Senin, 7 Desember/, en: /9:00 AM|Monday, 7 December at/ },
    headings: {
      id: ['1. Email — kirim sekarang', '2. SMS / WhatsApp — kirim sekarang'],
      en: ['1. Email — send now', '2. Text message (SMS / WhatsApp) — send now'],
    },
  },
  {
    name: 'Friday 18:00, interview Monday 10:00: write now, call Monday at 09:00',
    at: '2026-11-30 10:00 WIB',
    now: '2026-11-27 18:00 WIB',
    json: { status: 'ok', first: 'write', callAt: '2026-11-30T09:00:00+07:00', hoursLeft: 64 },
    neverSays: { id: /Telepon dulu|setelah menelepon/, en: /Call first|after the call/ },
    headings: {
      id: [
        '1. Email — kirim sekarang',
        '2. SMS / WhatsApp — kirim sekarang',
        '3. Telepon — pada Senin, 30 November pukul 09.00 WIB, untuk memastikan pesan Anda sudah diterima',
      ],
      en: [
        '1. Email — send now',
        '2. Text message (SMS / WhatsApp) — send now',
        '3. Call — on Monday, 30 November at 9:00 AM WIB, to make sure your message arrived',
      ],
    },
  },
];

const CASES = STORIES.flatMap((story) =>
  (['id', 'en'] as const).map((lang) => [story.name, story, lang] as const),
);

describe.each(CASES)('%s (%s)', (_name, story, lang) => {
  const args = [...PEOPLE, '--lang', lang, '--at', story.at, '--now', story.now];

  it(`JSON (${lang}): first, callAt, status and hoursLeft; the messages in the article's order`, () => {
    const { code, stdout, stderr } = runBin([...args, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.notice).toMatchObject(story.json);
    expect(plan.notice.advice).not.toMatch(story.neverSays[lang]);
    expect(plan.messages.map((m: { channel: string }) => m.channel)).toEqual([
      'phone',
      'voicemail',
      'email',
      'sms',
      'linkedin',
    ]);
  });

  it(`text plan (${lang}): in the order to act, each heading saying when`, () => {
    const { code, stdout, stderr } = runBin(args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // Headings end with a note on some channels ("(2 SMS segments)"): the timing comes before it.
    const headings = stdout
      .split('\n')
      .filter((line) => /^\d\. /.test(line))
      .map((line) =>
        line.replace(/ \((\d+ (SMS segments?|segmen SMS)|\d+\/200 (characters|karakter))\)$/, ''),
      );
    expect(headings.slice(0, story.headings[lang].length)).toEqual(story.headings[lang]);
    expect(headings).toHaveLength(5);
  });
});
