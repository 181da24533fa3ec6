import type { TZDate } from '@date-fns/tz';
import { UsageError } from './errors.js';
import { checkNotice, decideAdvice, nextCallWindow } from './notice.js';
import { problemText } from './problems.js';
import type { Plan, Request } from './types.js';

/** Decides the notice verdict, when to call and what to do first. A past interview is a usage error. */
export function makePlan(request: Request, now: TZDate): Plan {
  const notice = checkNotice(request.at, now);
  if (notice.status === 'past') {
    throw new UsageError(
      `--at: ${problemText({ code: 'past' }, 'en')}`,
      'give the date and time of an interview still to come',
    );
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
