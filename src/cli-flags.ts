import { REASON_KEYS } from './core/reasons.js';
import { CHANNELS, FORMATS } from './core/types.js';
import { HELP } from './locales/help.js';

// The flags of the command line and of `batal-wawancara profile`, as data: one row
// per flag, grouped as --help shows them (SPEC §4).

/** One flag: Commander's flags, its help line (src/locales/help.ts), and a value that shows how to give it. */
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
  help: HELP.flags.name,
  example: '"Budi Santoso"',
};
const PHONE: Flag = {
  flags: '--phone <number>',
  help: HELP.flags.phone,
  example: '0812-3456-7890',
};
const EMAIL: Flag = {
  flags: '--email <address>',
  help: HELP.flags.email,
  example: 'budi@example.com',
};
const LANG: Flag = {
  flags: '-l, --lang <id|en>',
  help: HELP.flags.lang,
  example: 'en',
};

/** The flags of the main command, by help group (SPEC §4). */
export const GROUPS: readonly (readonly [string, readonly Flag[]])[] = [
  [
    HELP.groups.interview,
    [
      {
        flags: '--company <name>',
        help: HELP.flags.company,
        example: '"PT Maju Jaya"',
      },
      { flags: '--role <title>', help: HELP.flags.role, example: '"Analis Data"' },
      {
        flags: '--interviewer <name>',
        help: HELP.flags.interviewer,
        example: '"Sari Wulandari"',
      },
      {
        flags: '--honorific <bapak|ibu>',
        help: HELP.flags.honorific,
        example: 'ibu',
      },
      {
        flags: '--at <datetime>',
        help: HELP.flags.at,
        example: '"2026-11-27 10:00 WIB"',
      },
      {
        flags: '--tz <zone>',
        help: HELP.flags.tz,
        example: 'WITA',
      },
      {
        flags: '--reason <key>',
        help: HELP.flags.reason(REASON_KEYS),
        example: 'offer',
      },
      {
        flags: '--reason-text <text>',
        help: HELP.flags.reasonText,
        example: '"Saya pindah ke Surabaya."',
      },
      {
        flags: '--sure',
        help: HELP.flags.sure,
        conflicts: 'reschedule',
      },
      { flags: '--reschedule', help: HELP.flags.reschedule },
      {
        flags: '--slot <datetime>',
        help: HELP.flags.slot,
        example: '"2026-12-02 10:00"',
        repeat: true,
      },
      {
        flags: '--invite <file|->',
        help: HELP.flags.invite,
        example: 'invite.ics',
      },
    ],
  ],
  [HELP.groups.you, [NAME, PHONE, EMAIL, { flags: '--no-profile', help: HELP.flags.noProfile }]],
  [
    HELP.groups.recruiter,
    [
      {
        flags: '--to <address>',
        help: HELP.flags.to,
        example: 'hr@example.com',
      },
      {
        flags: '--recruiter-phone <n>',
        help: HELP.flags.recruiterPhone,
        example: '0811-2233-4455',
      },
    ],
  ],
  [
    HELP.groups.output,
    [
      LANG,
      {
        flags: '--channel <list>',
        help: HELP.flags.channel(CHANNELS),
        example: 'email,sms',
      },
      {
        flags: '--format <f>',
        help: HELP.flags.format(FORMATS),
        choices: FORMATS,
        example: 'json',
      },
      {
        flags: '-c, --copy [how]',
        help: HELP.flags.copy,
        choices: ['auto', 'osc52'],
        preset: 'auto',
      },
      { flags: '--no-color', help: HELP.flags.noColor },
    ],
  ],
  [
    HELP.groups.other,
    [
      { flags: '-y, --yes', help: HELP.flags.yes },
      { flags: '--demo', help: HELP.flags.demo },
      {
        flags: '--now <datetime>',
        help: HELP.flags.now,
        example: '"2026-11-25 09:00 WIB"',
      },
    ],
  ],
];

export const PROFILE_FLAGS: readonly Flag[] = [
  { ...NAME, help: HELP.profileFlags.name },
  PHONE,
  { ...EMAIL, help: HELP.profileFlags.email },
  { ...LANG, help: HELP.profileFlags.lang },
  { flags: '--clear', help: HELP.profileFlags.clear, conflicts: 'name phone email lang' },
];

/** The example value of every flag, for "missing its value" errors. */
export const EXAMPLES: Readonly<Record<string, string>> = Object.fromEntries(
  [...GROUPS.flatMap(([, flags]) => flags), ...PROFILE_FLAGS]
    .filter((f) => f.example)
    .map((f) => [/--[\w-]+/.exec(f.flags)?.[0] ?? f.flags, f.example ?? '']),
);
