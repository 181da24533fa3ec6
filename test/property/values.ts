// Values for the flags: good ones as people type them, and anything at all.
import fc from 'fast-check';

/** What a shell can pass and a mail header or a terminal may choke on. */
const CONTROL = fc.constantFrom(
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\u0000',
  '\u001b',
  '\u001b[31m',
  '\u001b]52;c;aGk=\u0007',
  '\u0085',
  '\u009b',
  '\u007f',
  '\u2028',
  '\u2029',
);
const FORMAT = fc.constantFrom(
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u202e',
  '\u2066',
  '\u061c',
  '\ufeff',
  '\u00ad',
  '\u2060',
  '\u3164',
  '\u{e0041}',
  '\u{e0001}',
  '\ufe0f',
  '\u180e',
  '\u115f',
  '\u034f',
);
const ODD = fc.constantFrom(
  '\ufffd',
  '\ufffe',
  '🙏',
  'é',
  'e\u0301',
  '李',
  'İ',
  '"',
  '<',
  '>',
  ',',
  ';',
  ':',
  '@',
  '\\',
  '(',
  ')',
  '%',
  '&',
  '#',
  '+',
  '=?',
  '?=',
  ' ',
  '   ',
  '\u00a0',
  '\u3000',
  '-',
  '--sure',
  '--reschedule',
  'Bcc: evil@example.net',
);
const ENCODED_WORD = fc
  .tuple(
    fc.constantFrom('UTF-8', 'utf-8', 'iso-8859-1'),
    fc.constantFrom('Q', 'B', 'q', 'b'),
    fc.constantFrom('a=0D=0ABcc:_evil@x.com', 'SGk=', 'Budi', 'QmNjOiBldmlsQHguY29t'),
  )
  .map(([charset, encoding, text]) => `=?${charset}?${encoding}?${text}?=`);

/** Plain text with one hostile piece inside it, set apart by spaces as a mail program wants it. */
export const spiked: fc.Arbitrary<string> = fc
  .tuple(
    fc.string({ unit: 'grapheme-ascii', maxLength: 12 }),
    fc.oneof(CONTROL, FORMAT, ODD, ENCODED_WORD, ENCODED_WORD),
    fc.string({ unit: 'grapheme-ascii', maxLength: 12 }),
  )
  .map((parts) => parts.join(' '));

/** Any string at all: pieces of full Unicode, control and format characters, encoded-word shapes. */
export const nasty: fc.Arbitrary<string> = fc.oneof(
  spiked,
  fc
    .array(
      fc.oneof(
        fc.constantFrom('=?x??=', '=??='),
        fc.string({ unit: 'binary', maxLength: 6 }),
        fc.string({ unit: 'grapheme-ascii', maxLength: 8 }),
        CONTROL,
        FORMAT,
        ODD,
        ENCODED_WORD,
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  // Around the length caps (100 for names, 500 for the reason), and far past them.
  fc.string({ unit: 'grapheme', minLength: 90, maxLength: 600 }),
  fc.constant('x'.repeat(20_000)),
);

export const NAMES = fc.oneof(
  fc.constantFrom(
    'PT Maju Jaya',
    'Acme',
    'Sari Wulandari',
    "O'Brien & Co.",
    'Budi Santoso',
    '李小龍',
    'José Müller-Lüdenscheid',
    'Dr. A. "Andi" Wijaya, S.Kom.',
    'می\u200cخواهم',
    'Budi ☺\ufe0f',
    'Budi "The Boss" <admin@evil.example>',
    'Budi, HR <hr@evil.example>; Bcc: x@evil.example',
    'Budi =? Santoso ?=x',
    'Budi \\ Santoso (HR)',
    '=?',
    'Ünïcödé Ñame',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
);

const ZONES = [
  'WIB',
  'WITA',
  'WIT',
  '+07:00',
  '-05:00',
  '+05:45',
  'Z',
  'UTC',
  'EST',
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
  'America/New_York',
  'America/St_Johns',
  'Europe/London',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Asia/Kathmandu',
  ...Intl.supportedValuesOf('timeZone').filter((_, i) => i % 40 === 0),
];
export const zone = fc.constantFrom(...ZONES);

const pad = (n: number) => String(n).padStart(2, '0');

/** A date-time as people type it, in one of the accepted forms, maybe with a zone. */
function dateTime(min: string, max: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }),
      fc.constantFrom('iso', 'iso', 'dmy', 'besok', 'lusa', 'weekday', 'tomorrow'),
      fc.option(zone, { nil: undefined, freq: 2 }),
    )
    .map(([d, form, z]) => {
      const [y, mo, da, h, mi] = [
        d.getUTCFullYear(),
        d.getUTCMonth() + 1,
        d.getUTCDate(),
        d.getUTCHours(),
        d.getUTCMinutes(),
      ];
      const text = {
        iso: `${y}-${pad(mo)}-${pad(da)} ${pad(h)}:${pad(mi)}`,
        dmy: `${da}/${mo}/${y} ${pad(h)}.${pad(mi)}`,
        besok: `besok ${pad(h)}.${pad(mi)}`,
        lusa: `lusa ${pad(h)}.${pad(mi)}`,
        weekday: `Senin ${pad(h)}.${pad(mi)}`,
        tomorrow: `tomorrow ${pad(h)}:${pad(mi)}`,
      }[form];
      return z ? `${text} ${z}` : text;
    });
}

// The in-process clock reads 2026-11-25 09:00 WIB: interviews and slots lie after it.
export const FUTURE = dateTime('2026-11-26T03:00:00Z', '2028-12-31T23:59:00Z');
export const NOW = fc.oneof(
  fc.constantFrom('2026-11-25 09:00', '2026-11-25 09:00 WIB', '25/11/2026 02.00 Z'),
  dateTime('2020-01-01T00:00:00Z', '2026-11-24T00:00:00Z'),
);
/** Any date-time, past or future, for the runs that may be refused. */
export const anyDateTime = dateTime('1999-01-01T00:00:00Z', '2040-12-31T23:59:00Z');

export const PHONES = fc.constantFrom(
  '0812-3456-7890',
  '+62 0812 3456 7890',
  '0062 812 3456 7890',
  '+62 (0)812 3456 7890',
  '(021) 555-1234',
  '+1 (415) 555-0100',
  '+44 (0)20 7946 0958',
);
/** Digits and separators in any order: a phone number, or not quite. */
export const phoneLike = fc.stringMatching(/^\+?[0-9 ()\-.]{0,20}$/u);

export const EMAILS = fc.oneof(
  fc.constantFrom('budi@example.com', 'hr.team+jobs@maju-jaya.co.id', "o'brien@example.ie"),
  fc.emailAddress(),
);

export const CHANNELS = fc
  .subarray(['phone', 'voicemail', 'email', 'sms', 'linkedin'])
  .chain((list) => fc.shuffledSubarray(list, { minLength: list.length }))
  .map((list) => list.join(','));
