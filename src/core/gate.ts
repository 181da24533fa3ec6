import { InputError } from './errors.js';
import { REASONS } from './reasons.js';
import type { Mode, ReasonKey } from './types.js';

/** The gate's default answer for a reason: health and schedule clashes lean to rescheduling. */
export function gateDefault(reason: ReasonKey): Mode {
  return REASONS[reason].leansTo;
}

/** The mode from `--sure` / `--reschedule` when nothing may be asked: exactly one is needed. */
export function modeFromFlags(sure: boolean, reschedule: boolean): Mode {
  if (sure && reschedule) throw new InputError({ code: 'gate-both' });
  if (!sure && !reschedule) throw new InputError({ code: 'gate-missing' });
  return sure ? 'cancel' : 'reschedule';
}
