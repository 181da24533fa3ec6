import { UsageError } from '../core/errors.js';
import { encodeComponent } from './mailto.js';

const WA_BASE = 'https://wa.me/';
const INDONESIA = '62';

/** A phone number as wa.me wants it: international digits, no '+', no separators. */
export function toWaDigits(phone: string): string {
  const compact = phone.replace(/[\s\-.()]/gu, '');
  let digits: string;
  if (compact.startsWith('+')) digits = compact.slice(1);
  else if (compact.startsWith('00')) digits = compact.slice(2);
  // A national Indonesian number (0812…) gets the country code (62812…).
  else if (compact.startsWith('0')) digits = INDONESIA + compact.slice(1);
  else digits = compact;
  // E.164 allows at most 15 digits; fewer than 8 is no mobile number anywhere.
  if (!/^[1-9]\d{7,14}$/u.test(digits)) {
    throw new UsageError(
      'recruiter-phone: not a phone number wa.me can open',
      'give it in international form, e.g. +6281234567890, or as 081234567890',
    );
  }
  return digits;
}

/** A WhatsApp click-to-chat link; without a phone the user picks the chat. */
export function toWaLink(phone: string | undefined, text: string): string {
  const digits = phone ? toWaDigits(phone) : '';
  return `${WA_BASE}${digits}?text=${encodeComponent(text)}`;
}
