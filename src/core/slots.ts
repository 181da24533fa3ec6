import type { TZDate } from '@date-fns/tz';
import { UsageError } from './errors.js';
import { take } from './flags.js';
import type { InterviewTime } from './interview-time.js';
import type { Checked } from './problems.js';
import { parseWhen } from './time.js';
import type { Mode } from './types.js';
import type { Warning } from './warnings.js';

/** At most this many proposed new times. */
export const MAX_SLOTS = 3;

/** A proposed time as read, and what the user should be told about it. */
export interface Slot {
  at: TZDate;
  warnings: Warning[];
}

/** A proposed new time, in the interview's zone; it must lie after now. */
export function readSlot(text: string, interview: InterviewTime): Checked<Slot> {
  const parsed = parseWhen(text, interview.zone, interview.now);
  if (!parsed.ok) return parsed;
  const { at, ambiguous } = parsed.value;
  if (at.getTime() <= interview.now.getTime()) {
    return { ok: false, problem: { code: 'slot-before-now' } };
  }
  const warnings: Warning[] = ambiguous
    ? [{ code: 'ambiguous-time', field: 'slots', ambiguity: ambiguous }]
    : [];
  return { ok: true, value: { at, warnings } };
}

/** Every `--slot`, checked: only when rescheduling, at most `MAX_SLOTS`, each after now. */
export function readSlots(
  texts: readonly string[],
  interview: InterviewTime,
  mode: Mode,
): { slots: TZDate[]; warnings: Warning[] } {
  if (texts.length && mode !== 'reschedule') {
    throw new UsageError('--slot goes with --reschedule', 'drop --slot, or add --reschedule');
  }
  if (texts.length > MAX_SLOTS) {
    throw new UsageError(`--slot: propose at most ${MAX_SLOTS} times`, 'keep the best three');
  }
  const read = texts.map((text) => take('slots', readSlot(text, interview)));
  return { slots: read.map((s) => s.at), warnings: read.flatMap((s) => s.warnings) };
}
