import type { TZDate } from '@date-fns/tz';
import { isWeekend } from 'date-fns/isWeekend';
import { InputError } from './errors.js';
import { take } from './flags.js';
import type { InterviewTime } from './interview-time.js';
import { OFFICE_CLOSES, OFFICE_OPENS } from './notice.js';
import type { Checked } from './problems.js';
import { parseWhen } from './time.js';
import type { Mode } from './types.js';
import { localText } from './wall-clock.js';
import type { Warning } from './warnings.js';

/** At most this many proposed new times. */
export const MAX_SLOTS = 3;
/** A slot before 07:00 or from 21:00 (interview zone) is almost surely a typo. */
export const NIGHT_ENDS = 7;
export const NIGHT_STARTS = 21;

/** A proposed time as read, and what the user should be told about it. */
export interface Slot {
  at: TZDate;
  warnings: Warning[];
}

/** "2026-11-28 03:00": a slot as it reads on the interview's wall clock. */
function slotText(at: TZDate): string {
  const [year, month, day] = [at.getFullYear(), at.getMonth() + 1, at.getDate()];
  return localText({ year, month, day, hour: at.getHours(), minute: at.getMinutes() });
}

/**
 * A proposed new time, in the interview's zone. Refused: one in the past, one
 * equal to the interview, one at night, one already among `taken` (the
 * questions refuse a repeat; flags drop it silently). Warned about: a weekend,
 * or a time outside 09:00–17:00; a local time that happens twice.
 */
export function readSlot(
  text: string,
  interview: InterviewTime,
  taken: readonly Date[] = [],
): Checked<Slot> {
  const parsed = parseWhen(text, interview.zone, interview.now);
  if (!parsed.ok) return parsed;
  const { at, ambiguous } = parsed.value;
  const slot = slotText(at);
  if (at.getTime() <= interview.now.getTime()) {
    return { ok: false, problem: { code: 'slot-before-now', slot } };
  }
  if (at.getTime() === interview.at.getTime()) {
    return { ok: false, problem: { code: 'slot-same-as-interview', slot } };
  }
  if (taken.some((t) => t.getTime() === at.getTime())) {
    return { ok: false, problem: { code: 'slot-duplicate', slot } };
  }
  const hour = at.getHours();
  if (hour < NIGHT_ENDS || hour >= NIGHT_STARTS) {
    return { ok: false, problem: { code: 'slot-at-night', slot } };
  }
  const warnings: Warning[] = [];
  if (ambiguous) warnings.push({ code: 'ambiguous-time', field: 'slots', ambiguity: ambiguous });
  if (isWeekend(at)) warnings.push({ code: 'slot-weekend', field: 'slots', slot: at });
  else if (hour < OFFICE_OPENS || hour >= OFFICE_CLOSES) {
    warnings.push({ code: 'slot-outside-hours', field: 'slots', slot: at });
  }
  return { ok: true, value: { at, warnings } };
}

/**
 * Every `--slot`, checked (see `readSlot`), only when rescheduling: duplicates
 * removed, in time order, at most `MAX_SLOTS`.
 */
export function readSlots(
  texts: readonly string[],
  interview: InterviewTime,
  mode: Mode,
): { slots: TZDate[]; warnings: Warning[] } {
  if (texts.length && mode !== 'reschedule') {
    throw new InputError({ code: 'slot-needs-reschedule' });
  }
  const unique = new Map<number, Slot>();
  for (const text of texts) {
    const slot = take('slots', readSlot(text, interview));
    if (!unique.has(slot.at.getTime())) unique.set(slot.at.getTime(), slot);
  }
  if (unique.size > MAX_SLOTS) {
    throw new InputError({ code: 'too-many-slots', max: MAX_SLOTS });
  }
  const sorted = [...unique.values()].sort((a, b) => a.at.getTime() - b.at.getTime());
  return { slots: sorted.map((s) => s.at), warnings: sorted.flatMap((s) => s.warnings) };
}
