import { HELP, type HelpRow } from './locales/help.js';

// The help text after the options (SPEC §4): examples that run as written when pasted,
// the environment it reads, the exit codes. Built only when help is asked for; the
// words are in src/locales/help.ts.

function table(rows: readonly HelpRow[]): string {
  const width = Math.max(...rows.map(([term]) => term.length)) + 2;
  return rows.map(([term, text]) => `  ${term.padEnd(width)}${text}`).join('\n');
}

/** The help text after the options. */
export function helpEpilogue(): string {
  const examples = HELP.examples
    .map(([what, command]) => `  ${what}\n${command.replace(/^/gm, '    ')}`)
    .join('\n\n');
  return `\n${[
    `${HELP.headings.examples}\n${examples}`,
    `${HELP.headings.environment}\n${table(HELP.environment)}`,
    `${HELP.headings.exitCodes}\n${table(HELP.exitCodes)}`,
  ].join('\n\n')}`;
}

/** The example commands of the help, as they would be pasted (for tests). */
export function helpExamples(): string[] {
  return HELP.examples.map(([, command]) => command);
}

/** The profile command's words. */
export const PROFILE_HELP = HELP.profile;
