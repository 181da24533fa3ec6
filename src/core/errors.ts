import type { InputProblem } from './problems.js';
import type { Lang } from './types.js';

/** Bad user input, already in words: reported as one line and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** A hint on how to fix it, shown after the message. */
  readonly hint?: string;
  constructor(message: string, hint?: string) {
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

/** The user stopped a question (Ctrl+C): reported in the language it was asked in (exit 130). */
export class Interrupted extends Error {
  override name = 'Interrupted';
  constructor(
    readonly lang: Lang,
    options?: { cause?: unknown },
  ) {
    super('interrupted', options);
  }
}
