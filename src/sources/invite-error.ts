import { UsageError } from '../core/errors.js';
import { stripControlChars } from '../core/fields.js';
import type { InviteProblem } from '../core/problems.js';
import { COMMAND_LINE, type Said } from '../locales/index.js';

/** A field of the file, safe in one line of a message. */
function shown(value: string): string {
  const clean = stripControlChars(value);
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}

/**
 * The problem as one usage error line, in the command line's words; what the
 * file says is shown safe for one line (no control characters, at most 60 characters).
 */
export function inviteError(problem: InviteProblem): UsageError {
  const safe: InviteProblem =
    problem.code === 'not-invitation'
      ? { ...problem, method: shown(problem.method) }
      : problem.code === 'unknown-zone'
        ? { ...problem, tzid: shown(problem.tzid) }
        : problem.code === 'too-large'
          ? { ...problem, source: stripControlChars(problem.source) }
          : problem.code === 'cannot-read'
            ? { ...problem, path: stripControlChars(problem.path) }
            : problem;
  const say = COMMAND_LINE.invite[safe.code] as (p: InviteProblem) => Said;
  const said = say(safe);
  return new UsageError(said.what, said.hint);
}
