import type { TZDate } from '@date-fns/tz';
import { InputError } from './errors.js';
import { FLAG_OF } from './flags.js';
import { checkNotice, decideAdvice, nextCallWindow } from './notice.js';
import type { Plan, Request } from './types.js';

/** Decides the notice verdict, when to call and what to do first. A past interview is a usage error. */
export function makePlan(request: Request, now: TZDate): Plan {
  const notice = checkNotice(request.at, now);
  if (notice.status === 'past') {
    throw new InputError({ code: 'field', flag: FLAG_OF.at, problem: { code: 'past' } });
  }
  const call = nextCallWindow(now, request.zone);
  return {
    request,
    now,
    notice: { ...notice, status: notice.status },
    call,
    advice: decideAdvice(notice, call),
  };
}
