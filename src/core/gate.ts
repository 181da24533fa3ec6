import { UsageError } from './errors.js';
import { REASONS } from './reasons.js';
import type { Mode, ReasonKey } from './types.js';

/** The article's reason for the gate, in one sentence. */
export const GATE_REASON =
  'if you are not 100% sure you no longer want this job, reschedule instead — cancelling takes you out of consideration';

/** The gate's default answer for a reason: health and schedule clashes lean to rescheduling. */
export function gateDefault(reason: ReasonKey): Mode {
  return REASONS[reason].leansTo;
}

/** The mode from `--sure` / `--reschedule` when nothing may be asked: exactly one is needed. */
export function modeFromFlags(sure: boolean, reschedule: boolean): Mode {
  if (sure && reschedule) {
    throw new UsageError(
      `--sure and --reschedule contradict each other: ${GATE_REASON}`,
      'give only one',
    );
  }
  if (!sure && !reschedule) {
    throw new UsageError(
      `say --sure (cancel) or --reschedule: ${GATE_REASON}`,
      'add --reschedule, or --sure if you are certain',
    );
  }
  return sure ? 'cancel' : 'reschedule';
}
