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

const NAMES = fc.oneof(
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
const FUTURE = dateTime('2026-11-26T03:00:00Z', '2028-12-31T23:59:00Z');
const NOW = fc.oneof(
  fc.constantFrom('2026-11-25 09:00', '2026-11-25 09:00 WIB', '25/11/2026 02.00 Z'),
  dateTime('2020-01-01T00:00:00Z', '2026-11-24T00:00:00Z'),
);
/** Any date-time, past or future, for the runs that may be refused. */
export const anyDateTime = dateTime('1999-01-01T00:00:00Z', '2040-12-31T23:59:00Z');

const PHONES = fc.constantFrom(
  '0812-3456-7890',
  '+62 0812 3456 7890',
  '0062 812 3456 7890',
  '+62 (0)812 3456 7890',
  '(021) 555-1234',
  '+1 (415) 555-0100',
  '+44 (0)20 7946 0958',
);
/** Digits and separators in any order: a phone number, or not quite. */
const phoneLike = fc.stringMatching(/^\+?[0-9 ()\-.]{0,20}$/u);

const EMAILS = fc.oneof(
  fc.constantFrom('budi@example.com', 'hr.team+jobs@maju-jaya.co.id', "o'brien@example.ie"),
  fc.emailAddress(),
);

const CHANNELS = fc
  .subarray(['phone', 'voicemail', 'email', 'sms', 'linkedin'])
  .chain((list) => fc.shuffledSubarray(list, { minLength: list.length }))
  .map((list) => list.join(','));

export type Format = 'text' | 'json' | 'eml' | 'mailto' | 'wa';
const FORMATS: readonly Format[] = ['text', 'json', 'eml', 'mailto', 'wa'];
const REASONS = ['offer', 'family', 'relocation', 'health', 'conflict', 'fit', 'personal', 'other'];
/** The message a format carries, which --channel must then include. */
const CARRIES: Partial<Record<Format, string>> = { eml: 'email', mailto: 'email', wa: 'sms' };

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** A command line that should render: every required flag, coherent times, the channel the format needs. */
function goodFlags(format: fc.Arbitrary<Format>) {
  return fc
    .record({
      '--lang': optional(fc.constantFrom('id', 'en', 'EN', ' id ')),
      '--company': NAMES,
      '--role': optional(NAMES),
      '--interviewer': optional(NAMES),
      '--honorific': optional(fc.constantFrom('bapak', 'ibu', 'Pak', 'bu', 'ms')),
      '--at': FUTURE,
      '--tz': fc.option(zone, { nil: undefined, freq: 3 }),
      '--now': fc.option(NOW, { nil: undefined, freq: 3 }),
      '--reason': fc.constantFrom(...REASONS),
      '--reason-text': optional(NAMES),
      '--name': NAMES,
      '--phone': optional(PHONES),
      '--email': optional(EMAILS),
      '--to': optional(EMAILS),
      '--recruiter-phone': optional(PHONES),
      '--channel': optional(CHANNELS),
      '--format': format,
      reschedule: fc.boolean(),
      slots: fc.array(FUTURE, { maxLength: 3 }),
    })
    .map(({ reschedule, slots, ...flags }) => {
      const given = new Map(Object.entries(flags).filter(([, v]) => v !== undefined)) as Map<
        string,
        string
      >;
      const carried = CARRIES[flags['--format']];
      const channels = flags['--channel'];
      if (carried && channels !== undefined) {
        given.set('--channel', channels ? `${channels},${carried}` : carried);
      }
      if (flags['--format'] === 'eml' && !flags['--to']) given.set('--to', 'hr@example.com');
      if (flags['--reason'] === 'other' && !flags['--reason-text'])
        given.set('--reason-text', 'Saya sakit');
      return {
        given,
        mode: reschedule ? '--reschedule' : '--sure',
        slots: reschedule ? slots : [],
      };
    });
}

export const FLAGS = [
  '--lang',
  '--company',
  '--role',
  '--interviewer',
  '--honorific',
  '--at',
  '--tz',
  '--now',
  '--reason',
  '--reason-text',
  '--name',
  '--phone',
  '--email',
  '--to',
  '--recruiter-phone',
  '--channel',
  '--format',
  '--slot',
];

/** A change that may spoil a good command line: one of `flags` given anything at all, or left out. */
const mutation = (flags: readonly string[], values: fc.Arbitrary<string>) =>
  fc.record({
    flag: fc.constantFrom(...flags),
    value: fc.oneof(
      { arbitrary: values, weight: 6 },
      { arbitrary: anyDateTime, weight: 1 },
      { arbitrary: zone, weight: 1 },
      { arbitrary: phoneLike, weight: 1 },
      { arbitrary: fc.constant(undefined), weight: 1 },
    ),
  });

/**
 * One whole command line: a good one with up to `mutations` flags given any
 * string (or dropped), the mode flags now and then wrong, and with `extras`
 * --demo, --yes or --no-color.
 */
export function commandLine(options: {
  mutations: number;
  format?: Format;
  extras?: boolean;
  /** The flags mutations pick from; every flag but --format when the format is fixed. */
  spoil?: readonly string[];
  /** What a spoiled flag is given, most of the time; anything at all by default. */
  values?: fc.Arbitrary<string>;
}) {
  const spoil = options.spoil ?? FLAGS.filter((f) => !options.format || f !== '--format');
  const format = options.format ? fc.constant(options.format) : fc.constantFrom(...FORMATS);
  return fc
    .record({
      good: goodFlags(format),
      mutations: fc.array(mutation(spoil, options.values ?? nasty), {
        maxLength: options.mutations,
      }),
      // Now and then the mode flags are wrong: neither, both, or one twice.
      mode: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 12 },
        {
          arbitrary: fc.constantFrom([], ['--sure', '--reschedule'], ['--sure', '--sure']),
          weight: 1,
        },
      ),
      joined: fc.boolean(), // --flag=value rather than --flag value
      extra: options.extras
        ? fc.subarray(['--no-color', '--demo', '--yes', '--copy'], { maxLength: 2 })
        : fc.constant([]),
    })
    .map(({ good, mutations, mode, joined, extra }) => {
      const { given } = good;
      let slots = good.slots;
      for (const { flag, value } of mutations) {
        if (flag === '--slot') slots = value === undefined ? [] : [...slots, value];
        else if (value === undefined) given.delete(flag);
        else given.set(flag, value);
      }
      const argsWith = (format?: string) => {
        const flags = new Map(given);
        if (format !== undefined) flags.set('--format', format);
        const pairs = [...flags, ...slots.map((slot) => ['--slot', slot] as const)];
        const args = pairs.flatMap(([flag, value]) =>
          joined ? [`${flag}=${value}`] : [flag, value],
        );
        return [...args, ...(mode ?? [good.mode]), ...extra];
      };
      // jsonArgs: the same command line as JSON, whose messages a link must carry exactly.
      return { args: argsWith(), given, jsonArgs: argsWith('json') };
    });
}
