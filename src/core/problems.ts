import type { Lang } from './types.js';

/** Why a value was refused; turned into words by `problemText`. */
export type Problem =
  | { code: 'empty' }
  | { code: 'control' }
  | { code: 'invisible' }
  | { code: 'encoding' }
  | { code: 'encoded-word' }
  | { code: 'too-long'; max: number }
  | { code: 'email' }
  | { code: 'phone' }
  /** `detail`: 'hour' for 24:00 and later, 'twelve-hour' for "10:00 PM". */
  | { code: 'datetime'; detail?: 'hour' | 'twelve-hour' }
  | { code: 'zone' }
  /** A bare abbreviation such as EST: ambiguous about summer time. */
  | { code: 'zone-abbreviation'; token: string }
  /** A local time skipped by a clock change: the wall clock jumps from `from` to `to`. */
  | { code: 'nonexistent'; local: string; zone: string; from: string; to: string }
  /** The time needs the system zone, and `TZ` cannot be read. */
  | { code: 'system-zone' }
  | { code: 'past' }
  /** Slots name themselves as read on the interview's wall clock: "2026-11-28 03:00". */
  | { code: 'slot-before-now'; slot: string }
  | { code: 'slot-same-as-interview'; slot: string }
  | { code: 'slot-at-night'; slot: string }
  | { code: 'slot-duplicate'; slot: string }
  | { code: 'choice'; choices: readonly string[] };

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const DATETIME_FORMS =
  '2026-11-27 10:00, 27/11/2026 10.00, besok 10.00, lusa 14.30, Senin 09.00';
const ZONE_FORMS = 'WIB, WITA, WIT, +07:00, Z, Asia/Jakarta';

const TEXT: Record<Lang, { [K in Problem['code']]: (p: Extract<Problem, { code: K }>) => string }> =
  {
    en: {
      empty: () => 'this is required',
      control: () => 'remove control characters (line breaks, tabs, escape codes)',
      invisible: () =>
        'remove invisible characters (zero-width spaces, direction marks, soft hyphens, BOM)',
      encoding: () =>
        "holds U+FFFD (\ufffd): the text was not valid UTF-8 — type it again or check the terminal's encoding",
      'encoded-word': () =>
        'remove the "=?…?=" part: mail programs would decode it into other text',
      'too-long': (p) => `keep it to ${p.max} characters or fewer`,
      email: () => 'not an email address — use e.g. name@example.com',
      phone: () => 'not a phone number — use e.g. 0812 3456 7890 or +62 812 3456 7890',
      datetime: (p) =>
        p.detail === 'hour'
          ? 'hours run 00–23 — midnight is 00:00 of the next day'
          : `cannot read this date and time — use e.g. ${DATETIME_FORMS}${p.detail === 'twelve-hour' ? ' (24-hour clock: 22:00, not 10:00 PM)' : ''}, optionally followed by a zone (${ZONE_FORMS})`,
      zone: () => `unknown time zone — use ${ZONE_FORMS}`,
      'zone-abbreviation': (p) =>
        `${p.token} is an abbreviation, not a time zone — give its IANA name, e.g. America/New_York, or an offset such as -05:00`,
      nonexistent: (p) =>
        `${p.local} does not exist in ${p.zone} (clocks go forward from ${p.from} to ${p.to}) — choose another time`,
      'system-zone': () =>
        "the system time zone (TZ) cannot be read — give a zone with --tz (e.g. --tz Asia/Jakarta) or in the time itself (e.g. '2026-11-27 10:00 WIB')",
      past: () => 'the interview time has already passed — check the date',
      'slot-before-now': (p) => `${p.slot} has already passed — choose a later time`,
      'slot-same-as-interview': (p) =>
        `${p.slot} is the interview's own time — propose a different one`,
      'slot-at-night': (p) => `${p.slot} is at night (before 07:00 or from 21:00) — check the time`,
      'slot-duplicate': (p) => `${p.slot} is already proposed — choose another time`,
      choice: (p) => `choose one of: ${p.choices.join(', ')}`,
    },
    id: {
      empty: () => 'wajib diisi',
      control: () => 'hapus karakter kontrol (baris baru, tab, kode escape)',
      invisible: () =>
        'hapus karakter tak terlihat (spasi lebar nol, penanda arah teks, tanda hubung lunak, BOM)',
      encoding: () =>
        'berisi U+FFFD (\ufffd): teks bukan UTF-8 yang sah — ketik ulang atau periksa pengodean terminal',
      'encoded-word': () =>
        'hapus bagian "=?…?=": program email akan mengubahnya menjadi teks lain',
      'too-long': (p) => `maksimal ${p.max} karakter`,
      email: () => 'alamat email tidak valid — contoh: nama@contoh.com',
      phone: () => 'nomor telepon tidak valid — contoh: 0812 3456 7890 atau +62 812 3456 7890',
      datetime: (p) =>
        p.detail === 'hour'
          ? 'jam ditulis 00–23 — tengah malam adalah 00.00 hari berikutnya'
          : `tanggal dan jam tidak terbaca — contoh: ${DATETIME_FORMS}${p.detail === 'twelve-hour' ? ' (format 24 jam: 22.00, bukan 10.00 PM)' : ''}, boleh diikuti zona waktu (${ZONE_FORMS})`,
      zone: () => `zona waktu tidak dikenal — gunakan ${ZONE_FORMS}`,
      'zone-abbreviation': (p) =>
        `${p.token} adalah singkatan, bukan zona waktu — tulis nama IANA-nya, misalnya America/New_York, atau selisihnya seperti -05:00`,
      nonexistent: (p) =>
        `${p.local} tidak ada di ${p.zone} (jam dimajukan dari ${p.from} ke ${p.to}) — pilih waktu lain`,
      'system-zone': () =>
        "zona waktu sistem (TZ) tidak terbaca — tulis zona dengan --tz (misalnya --tz Asia/Jakarta) atau pada waktunya (misalnya '2026-11-27 10:00 WIB')",
      past: () => 'waktu wawancara sudah lewat — periksa kembali tanggalnya',
      'slot-before-now': (p) => `${p.slot} sudah lewat — pilih waktu yang lebih akhir`,
      'slot-same-as-interview': (p) =>
        `${p.slot} sama dengan jadwal wawancara — usulkan waktu lain`,
      'slot-at-night': (p) =>
        `${p.slot} jatuh pada malam hari (sebelum 07.00 atau mulai 21.00) — periksa jamnya`,
      'slot-duplicate': (p) => `${p.slot} sudah diusulkan — pilih waktu lain`,
      choice: (p) => `pilih salah satu: ${p.choices.join(', ')}`,
    },
  };

/** The problem in words, in the given language. */
export function problemText(problem: Problem, lang: Lang): string {
  const say = TEXT[lang][problem.code] as (p: Problem) => string;
  return say(problem);
}
