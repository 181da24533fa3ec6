import { describe, expect, it } from 'vitest';
import { iso } from './support/time.js';
import { demoAnswers } from '../src/demo.js';

describe('demoAnswers', () => {
  it.each([
    ['2026-11-25T09:00+07:00', '2026-11-27 10:00 WIB'], // Wednesday → Friday
    ['2026-11-26T09:00+07:00', '2026-11-30 10:00 WIB'], // Thursday → Saturday → Monday
    ['2026-11-27T23:30+07:00', '2026-11-30 10:00 WIB'], // Friday night → Sunday → Monday
  ])('now %s → interview %s, a working day', (now, at) => {
    expect(demoAnswers('id', iso(now)).at).toBe(at);
  });
});
