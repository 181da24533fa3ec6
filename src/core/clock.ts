import type { DateTime } from 'luxon';

/** The real world as core needs it: the clock and the system's zone. */
export interface Clock {
  now: DateTime;
  systemZone: string;
}
