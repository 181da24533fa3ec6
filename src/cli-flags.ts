import { REASON_KEYS } from './core/reasons.js';
import { CHANNELS, FORMATS } from './core/types.js';

// The flags of the command line and of `batal-wawancara profile`, as data: one row
// per flag, grouped as --help shows them (SPEC §4).

/** One flag: Commander's flags, its help line, and a value that shows how to give it. */
export interface Flag {
  flags: string;
  help: string;
  example?: string;
  choices?: readonly string[];
  preset?: string;
  conflicts?: string;
  repeat?: boolean;
}

const NAME: Flag = {
  flags: '--name <name>',
  help: 'your name (asked if missing)',
  example: '"Budi Santoso"',
};
const PHONE: Flag = {
  flags: '--phone <number>',
  help: 'your phone number',
  example: '0812-3456-7890',
};
const EMAIL: Flag = {
  flags: '--email <address>',
  help: 'your email address (the From: of --format eml)',
  example: 'budi@example.com',
};
const LANG: Flag = {
  flags: '-l, --lang <id|en>',
  help: 'language of questions and messages (default id)',
  example: 'en',
};

/** The flags of the main command, by help group (SPEC §4). */
export const GROUPS: readonly (readonly [string, readonly Flag[]])[] = [
  [
    'The interview:',
    [
      {
        flags: '--company <name>',
        help: 'the company (asked if missing)',
        example: '"PT Maju Jaya"',
      },
      { flags: '--role <title>', help: 'the position you applied for', example: '"Analis Data"' },
      {
        flags: '--interviewer <name>',
        help: 'the recruiter or interviewer',
        example: '"Sari Wulandari"',
      },
      {
        flags: '--honorific <bapak|ibu>',
        help: 'how to address them in Indonesian',
        example: 'ibu',
      },
      {
        flags: '--at <datetime>',
        help: 'date and time, zone optional (asked if missing)',
        example: '"2026-11-27 10:00 WIB"',
      },
      {
        flags: '--tz <zone>',
        help: 'zone for --at: WIB, WITA, WIT, +07:00, IANA name',
        example: 'WITA',
      },
      {
        flags: '--reason <key>',
        help: `${REASON_KEYS.join(', ')} (asked if missing)`,
        example: 'offer',
      },
      {
        flags: '--reason-text <text>',
        help: 'your own sentence about the reason',
        example: '"Saya pindah ke Surabaya."',
      },
      {
        flags: '--sure',
        help: 'I am 100% sure: cancel (asked if missing)',
        conflicts: 'reschedule',
      },
      { flags: '--reschedule', help: 'ask for another time instead of cancelling' },
      {
        flags: '--slot <datetime>',
        help: 'a new time to propose (repeatable, up to 3)',
        example: '"2026-12-02 10:00"',
        repeat: true,
      },
      {
        flags: '--invite <file|->',
        help: 'a calendar invitation (.ics, or an .eml holding one)',
        example: 'invite.ics',
      },
    ],
  ],
  [
    'You:',
    [NAME, PHONE, EMAIL, { flags: '--no-profile', help: 'ignore the saved profile this time' }],
  ],
  [
    'The recruiter:',
    [
      {
        flags: '--to <address>',
        help: "the recruiter's email (To: of eml and mailto)",
        example: 'hr@example.com',
      },
      {
        flags: '--recruiter-phone <n>',
        help: "the recruiter's phone (call script, wa.me link)",
        example: '0811-2233-4455',
      },
    ],
  ],
  [
    'Output:',
    [
      LANG,
      {
        flags: '--channel <list>',
        help: `${CHANNELS.join(',')} (default all; reschedule: all but linkedin)`,
        example: 'email,sms',
      },
      {
        flags: '--format <f>',
        help: `${FORMATS.join(' | ')} (default text)`,
        choices: FORMATS,
        example: 'json',
      },
      {
        flags: '-c, --copy [how]',
        help: 'to the clipboard, not stdout (how: auto, osc52)',
        choices: ['auto', 'osc52'],
        preset: 'auto',
      },
      { flags: '--no-color', help: 'no colours' },
    ],
  ],
  [
    'Other:',
    [
      { flags: '-y, --yes', help: 'never ask; fail on anything missing' },
      { flags: '--demo', help: 'render a sample, without questions (try it out)' },
      {
        flags: '--now <datetime>',
        help: 'the current time, for reproducible output',
        example: '"2026-11-25 09:00 WIB"',
      },
    ],
  ],
];

export const PROFILE_FLAGS: readonly Flag[] = [
  { ...NAME, help: 'your name' },
  PHONE,
  { ...EMAIL, help: 'your email address' },
  { ...LANG, help: 'your language: id or en' },
  { flags: '--clear', help: 'delete the saved profile', conflicts: 'name phone email lang' },
];

/** The example value of every flag, for "missing its value" errors. */
export const EXAMPLES: Readonly<Record<string, string>> = Object.fromEntries(
  [...GROUPS.flatMap(([, flags]) => flags), ...PROFILE_FLAGS]
    .filter((f) => f.example)
    .map((f) => [/--[\w-]+/.exec(f.flags)?.[0] ?? f.flags, f.example ?? '']),
);
