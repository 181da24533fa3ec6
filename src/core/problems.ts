import type { Channel, Format } from './types.js';

/** Why a value was refused: a code, put into words at the edge (src/locales). */
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

/** Why an invitation (`--invite`) cannot be used; put into words at the edge. */
export type InviteProblem =
  | { code: 'not-icalendar' }
  /** An email that carries no calendar part. */
  | { code: 'no-calendar' }
  | { code: 'not-invitation'; method: string }
  | { code: 'no-event' }
  | { code: 'several-events'; count: number }
  | { code: 'recurring' }
  | { code: 'all-day' }
  | { code: 'cancelled' }
  | { code: 'no-start' }
  | { code: 'no-uid' }
  | { code: 'unknown-zone'; tzid: string }
  /** More than the cap; `source` is a file name or "standard input". */
  | { code: 'too-large'; source: string }
  | { code: 'cannot-read'; path: string; why: 'missing' | 'folder' | 'permission' | string }
  | { code: 'stdin-terminal' }
  /** A UTC start to show in the system zone, which cannot be read. */
  | { code: 'utc-without-zone' }
  /** `at` as the invitation gives it. */
  | { code: 'begun'; at: string };

/** Why the answers as a whole cannot make a request: raised as an `InputError` (exit 2). */
export type InputProblem =
  /** One answer was refused; `flag` is how the command line spells it. */
  | { code: 'field'; flag: string; problem: Problem }
  /** Required answers are missing: their flags, and whether the gate is among them. */
  | { code: 'missing'; flags: readonly string[]; gate: boolean }
  /** Only the gate is missing: neither --sure nor --reschedule. */
  | { code: 'gate-missing' }
  | { code: 'gate-both' }
  | { code: 'slot-needs-reschedule' }
  | { code: 'too-many-slots'; max: number }
  | { code: 'needs-recipient'; format: Format }
  /** `--format ics` answers an invitation: it needs `--invite`. */
  | { code: 'needs-invite'; format: Format }
  /** A calendar reply names the user by their address: it needs `--email`. */
  | { code: 'needs-sender-email'; format: Format }
  | { code: 'format-channel'; format: Format; channel: Channel };
