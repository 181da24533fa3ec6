import type { Plan } from '../core/types.js';
import { LOCALES } from '../locales/index.js';
import { formatRelative, formatWhen } from './dates.js';

/** What to do first, in the plan's language: call, or write then call, in the article's order. */
export function describeAdvice(plan: Plan): string {
  const { lang, zone } = plan.request;
  const words = LOCALES[lang].advice;
  const callAt = formatRelative(plan.call.callAt, plan.now, zone, lang);
  switch (plan.advice) {
    case 'call-now':
      return `${words.callNow} ${words.thenWrite}`;
    case 'call-at':
      return `${words.callAt(callAt)} ${words.thenWrite}`;
    case 'write-first':
      return words.writeFirst(callAt);
    case 'short':
      return `${words.short} ${
        plan.call.officeOpen ? words.thenWrite : words.thenWriteAndRetry(callAt)
      }`;
  }
}

/** The 24-hour verdict in one line: hours left and, with enough notice, the deadline. */
export function describeNotice(plan: Plan): string {
  const { lang, zone } = plan.request;
  const words = LOCALES[lang].advice;
  // Rounded down: the verdict never promises more time than there is.
  const hours = Math.floor(plan.notice.hoursLeft);
  const verdict =
    plan.notice.status === 'ok'
      ? words.enough(formatWhen(plan.notice.deadline, zone, lang))
      : words.notEnough;
  return `${words.hoursLeft(hours)}: ${verdict}`;
}
