import type { InputProblem, Problem } from '../core/problems.js';
import type { Lang } from '../core/types.js';
import { COMMAND_LINE } from './command-line.js';
import { EN } from './en.js';
import { ID } from './id.js';
import type { Locale, Said } from './types.js';

export type * from './types.js';
export { COMMAND_LINE };

/** Every language's words. A new language is one more file here (and its templates). */
export const LOCALES: Readonly<Record<Lang, Locale>> = { id: ID, en: EN };

/** Why an answer was refused, in words. */
export function sayProblem(problem: Problem, locale: Locale): string {
  const say = locale.problems[problem.code] as (p: Problem) => string;
  return say(problem);
}

/** A usage error core raised as a code, in the command line's words: what is wrong, and the hint. */
export function sayInput(problem: InputProblem): Said {
  const { usage } = COMMAND_LINE;
  if (problem.code === 'field') {
    return {
      what: `${problem.flag}: ${sayProblem(problem.problem, LOCALES.en)}`,
      hint: usage.fieldHint(problem),
    };
  }
  const say = usage[problem.code] as (p: InputProblem) => Said;
  return say(problem);
}
