import type { Mode, ReasonKey } from './types.js';

export interface ReasonInfo {
  /** The gate's default answer: reschedule when the job may still be wanted. */
  leansTo: Mode;
  /** `other` says nothing by itself: it needs the user's own sentence. */
  needsText: boolean;
}

/** The reason catalogue (SPEC §3). Order is the order offered to the user. */
export const REASONS: Readonly<Record<ReasonKey, ReasonInfo>> = {
  offer: { leansTo: 'cancel', needsText: false },
  family: { leansTo: 'cancel', needsText: false },
  relocation: { leansTo: 'cancel', needsText: false },
  health: { leansTo: 'reschedule', needsText: false },
  conflict: { leansTo: 'reschedule', needsText: false },
  fit: { leansTo: 'cancel', needsText: false },
  personal: { leansTo: 'cancel', needsText: false },
  other: { leansTo: 'cancel', needsText: true },
};

export const REASON_KEYS = Object.keys(REASONS) as ReasonKey[];

/** True when `key` is one of the reason keys. */
export function isReasonKey(key: string): key is ReasonKey {
  return Object.hasOwn(REASONS, key);
}
