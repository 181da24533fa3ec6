import type { TZDate } from '@date-fns/tz';
import { InputError } from './errors.js';
import { FLAG_OF } from './flags.js';
import { decideVerdict } from './notice.js';
import type { Channel, First, Plan, Request } from './types.js';

/** The verdict (notice, when to call, what to do first) for a request. A past interview is a usage error. */
export function makePlan(request: Request, now: TZDate): Plan {
  const verdict = decideVerdict(request.at, request.zone, now);
  if (!verdict.ok) {
    throw new InputError({ code: 'field', flag: FLAG_OF.at, problem: verdict.problem });
  }
  return { request, ...verdict.value };
}

/** The order to act in: the article's under `call`; email and text first under `write`. */
export const ACTION_ORDER: Readonly<Record<First, readonly Channel[]>> = {
  call: ['phone', 'voicemail', 'email', 'sms', 'linkedin'],
  write: ['email', 'sms', 'phone', 'voicemail', 'linkedin'],
};

/** `items` (anything with a channel) sorted in the order to act under `first`. */
export function inActionOrder<T extends { channel: Channel }>(
  first: First,
  items: readonly T[],
): T[] {
  const rank = (item: T) => ACTION_ORDER[first].indexOf(item.channel);
  return [...items].sort((a, b) => rank(a) - rank(b));
}
