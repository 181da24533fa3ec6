import type { InputProblem } from './problems.js';

/** Bad user input, already in words: reported as one line and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** How to fix it, shown after the message in parentheses: every usage error has one. */
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}

/** Bad user input as core sees it, a code: the edge puts it into words (exit 2). */
export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly problem: InputProblem) {
    super(JSON.stringify(problem));
  }
}
