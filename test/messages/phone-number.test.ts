import { describe, expect, it } from 'vitest';
import { displayPhone } from '../../src/messages/phone-number.js';

describe('displayPhone', () => {
  it.each([
    ['+6281234567890', '+62 812-3456-7890'],
    ['+628123456789', '+62 812-3456-789'],
    ['+62215551234', '+62 215551234'], // a Jakarta landline: no guessing at groups
    ['+6561234567', '+6561234567'],
  ])('%s → %s', (number, shown) => {
    expect(displayPhone(number)).toBe(shown);
  });
});
