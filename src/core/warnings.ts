import type { TZDate } from '@date-fns/tz';
import type { Ambiguity } from './wall-clock.js';

/**
 * Something the user should know, though the run goes on: one line on stderr,
 * worded at the edge in the user's language. `field` is the answer it is about.
 */
export type Warning =
  /** A local time that happens twice (clocks turned back): the earlier instant is used. */
  | { code: 'ambiguous-time'; field: 'at' | 'slots'; ambiguity: Ambiguity }
  /** A proposed time on a Saturday or Sunday (in the interview's zone). */
  | { code: 'slot-weekend'; field: 'slots'; slot: TZDate }
  /** A proposed time outside 09:00–17:00 (in the interview's zone). */
  | { code: 'slot-outside-hours'; field: 'slots'; slot: TZDate };
