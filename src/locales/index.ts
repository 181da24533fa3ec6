import type { InputProblem, Problem } from '../core/problems.js';
import type { Lang } from '../core/types.js';
import { EN } from './en.js';
import { ID } from './id.js';
import type { Locale, Said } from './types.js';

export type * from './types.js';

/** Every language's words. A new language is one more file here (and its templates). */
export const LOCALES: Readonly<Record<Lang, Locale>> = { id: ID, en: EN };

/** Why an answer was refused, in words. */
export function sayProblem(problem: Problem, locale: Locale): string {
  const say = locale.problems[problem.code] as (p: Problem) => string;
  return say(problem);
}

/** A usage error core raised as a code, in words: what is wrong, and the hint. */
export function sayInput(problem: InputProblem, locale: Locale): Said {
  if (problem.code === 'field') {
    return {
      what: `${problem.flag}: ${sayProblem(problem.problem, locale)}`,
      hint: locale.usage.fieldHint(problem),
    };
  }
  const say = locale.usage[problem.code] as (p: InputProblem) => Said;
  return say(problem);
}
