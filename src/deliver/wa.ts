import { UsageError } from '../core/errors.js';
import { checkPhone } from '../core/fields.js';
import { COMMAND_LINE } from '../locales/index.js';
import { encodeComponent } from './mailto.js';

const WA_BASE = 'https://wa.me/';

/**
 * A phone number as wa.me wants it: international digits, no '+', no separators.
 * Read by core's one phone normaliser (0812… and +62 0812… → 62812…).
 */
export function toWaDigits(phone: string): string {
  const checked = checkPhone(phone);
  if (!checked.ok) {
    const { what, hint } = COMMAND_LINE.delivery.notWaPhone;
    throw new UsageError(what, hint);
  }
  return checked.value.slice(1);
}

/** A WhatsApp click-to-chat link; without a phone the user picks the chat. */
export function toWaLink(phone: string | undefined, text: string): string {
  const digits = phone ? toWaDigits(phone) : '';
  return `${WA_BASE}${digits}?text=${encodeComponent(text)}`;
}
