/** Bad user input: reported as one line and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** How to fix it, shown after the message in parentheses: every usage error has one. */
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}
