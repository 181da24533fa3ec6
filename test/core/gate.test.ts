import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { gateDefault, modeFromFlags } from '../../src/core/gate.js';
import { REASON_KEYS } from '../../src/core/reasons.js';

describe('gateDefault', () => {
  it.each(
    REASON_KEYS.map((key) => [
      key,
      key === 'health' || key === 'conflict' ? 'reschedule' : 'cancel',
    ]),
  )('%s → %s', (reason, mode) => {
    expect(gateDefault(reason as (typeof REASON_KEYS)[number])).toBe(mode);
  });
});

describe('modeFromFlags', () => {
  it.each([
    [true, false, 'cancel'],
    [false, true, 'reschedule'],
  ])('sure %s, reschedule %s → %s', (sure, reschedule, mode) => {
    expect(modeFromFlags(sure, reschedule)).toBe(mode);
  });

  it.each([
    [false, false, 'gate-missing'],
    [true, true, 'gate-both'],
  ])('sure %s, reschedule %s → the input error %s', (sure, reschedule, code) => {
    expect(() => modeFromFlags(sure, reschedule)).toThrow(
      expect.objectContaining({ problem: { code } }),
    );
    expect(() => modeFromFlags(sure, reschedule)).toThrow(InputError);
  });
});
