import type { Lang, Mode, ReasonKey } from '../core/types.js';
import { LOCALES, type MessageWords } from '../locales/index.js';
import { capitalise } from './date-forms.js';

/**
 * Reasons that, in a request for another time, would read as "I am weighing another
 * offer" or "I am reconsidering": the request says only the neutral minimum instead
 * (the user is told, once).
 */
export const NEUTRAL_IN_RESCHEDULE: ReadonlySet<ReasonKey> = new Set<ReasonKey>(['offer', 'fit']);

/** The message words of a language (src/locales/<lang>.ts, `message`). */
export function phrases(lang: Lang): MessageWords {
  return LOCALES[lang].message;
}

/** The user's own words as a sentence: a capital first letter and a final full stop. */
export function ownSentence(text: string | undefined): string {
  const own = text?.trim().replace(/\s+/g, ' ') ?? '';
  if (!own) return '';
  const sentence = capitalise(own);
  return /[.!?…]["'”’»)\]]*$/u.test(sentence) ? sentence : `${sentence}.`;
}

/** The reason as one or two sentences: the built-in phrase, then the user's own sentence. */
export function reasonSentence(
  lang: Lang,
  mode: Mode,
  reason: ReasonKey,
  reasonText?: string,
): string {
  const builtIn = phrases(lang).reasons[reason]?.[mode] ?? '';
  return [builtIn, ownSentence(reasonText)].filter(Boolean).join(' ');
}
