import type { DateTime } from 'luxon';
import { InputError } from './errors.js';
import { take } from './flags.js';
import type { InterviewTime } from './interview-time.js';
import type { Checked } from './problems.js';
import { parseWhen } from './time.js';
import type { Mode } from './types.js';

/** At most this many proposed new times. */
export const MAX_SLOTS = 3;

/** A proposed new time, in the interview's zone; it must lie after now. */
export function readSlot(text: string, interview: InterviewTime): Checked<DateTime> {
  const parsed = parseWhen(text, interview.zone, interview.now);
  if (!parsed.ok) return parsed;
  if (parsed.value.at <= interview.now) return { ok: false, problem: { code: 'slot-before-now' } };
  return { ok: true, value: parsed.value.at };
}

/** Every `--slot`, checked: only when rescheduling, at most `MAX_SLOTS`, each after now. */
export function readSlots(
  texts: readonly string[],
  interview: InterviewTime,
  mode: Mode,
): DateTime[] {
  if (texts.length && mode !== 'reschedule') {
    throw new InputError({ code: 'slot-needs-reschedule' });
  }
  if (texts.length > MAX_SLOTS) {
    throw new InputError({ code: 'too-many-slots', max: MAX_SLOTS });
  }
  return texts.map((text) => take('slots', readSlot(text, interview)));
}
