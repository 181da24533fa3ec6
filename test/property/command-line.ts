// Whole command lines: a good one, then a few flags spoiled.
import fc from 'fast-check';
import {
  anyDateTime,
  CHANNELS,
  EMAILS,
  FUTURE,
  NAMES,
  nasty,
  NOW,
  phoneLike,
  PHONES,
  zone,
} from './values.js';

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

const FLAGS = [
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
