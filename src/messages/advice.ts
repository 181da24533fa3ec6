import type { Lang, Verdict } from '../core/types.js';
import { LOCALES } from '../locales/index.js';
import { formatRelative, formatWhen } from './dates.js';

/**
 * What to do first, in `lang`. Under `call`: call now (only inside reachable
 * hours) or at the next opening, then voicemail, email and text. Under `write`:
 * email and text now, then a call at `callAt` — or, when it is null, no call.
 * Never names a call time at or after the interview.
 */
export function describeAdvice(verdict: Verdict, lang: Lang): string {
  const { zone, now, call, notice } = verdict;
  const words = LOCALES[lang].advice;
  const short = notice.status === 'short';
  const when = (at: Date) => formatRelative(at, now, zone, lang);
  const sentences: string[] = [];
  if (verdict.first === 'call') {
    sentences.push(call.openNow || !call.callAt ? words.callNow : words.callAt(when(call.callAt)));
    if (short) sentences.push(words.apologise);
    sentences.push(words.thenWrite);
  } else {
    sentences.push(words.writeNow(!short));
    if (short) sentences.push(words.apologise);
    sentences.push(call.callAt ? words.thenCall(when(call.callAt)) : words.noCall);
  }
  return sentences.join(' ');
}

/**
 * The 24-hour verdict in one line: hours left (rounded down) and, with enough
 * notice, the deadline; with short notice, when the interview is ("today at
 * 2:00 PM WIB", "tomorrow …").
 */
export function describeNotice(verdict: Verdict, lang: Lang): string {
  const { zone, notice } = verdict;
  const words = LOCALES[lang].advice;
  const hours = Math.floor(notice.hoursLeft);
  if (notice.status === 'short') {
    return words.notEnough(formatRelative(verdict.at, verdict.now, zone, lang), hours);
  }
  return `${words.hoursLeft(hours)}: ${words.enough(formatWhen(notice.deadline, zone, lang))}`;
}
