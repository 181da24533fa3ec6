import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { GATE_REASON, gateDefault, modeFromFlags } from '../../src/core/gate.js';
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
    [false, false],
    [true, true],
  ])('sure %s, reschedule %s → a usage error with the article’s reason', (sure, reschedule) => {
    expect(() => modeFromFlags(sure, reschedule)).toThrow(UsageError);
    expect(() => modeFromFlags(sure, reschedule)).toThrow(GATE_REASON);
  });
});
