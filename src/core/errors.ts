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
  /** The language to say it in, when the thrower knows it better than the reporter (`--lang`). */
  readonly lang?: string;
  constructor(
    readonly problem: InputProblem,
    options: { lang?: string } = {},
  ) {
    super(JSON.stringify(problem));
    this.lang = options.lang;
  }
}
