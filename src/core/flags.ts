import { UsageError } from './errors.js';
import { problemText, type Checked } from './problems.js';
import type { Answers } from './types.js';

/** The flag each answer comes from, for error messages. */
export const FLAG_OF: Readonly<Record<keyof Answers, string>> = {
  lang: '--lang',
  company: '--company',
  role: '--role',
  interviewer: '--interviewer',
  honorific: '--honorific',
  at: '--at',
  tz: '--tz',
  now: '--now',
  reason: '--reason',
  reasonText: '--reason-text',
  mode: '--sure or --reschedule',
  slots: '--slot',
  name: '--name',
  phone: '--phone',
  email: '--email',
  to: '--to',
  recruiterPhone: '--recruiter-phone',
  channels: '--channel',
  format: '--format',
  invite: '--invite',
};

const REQUIRED = ['company', 'at', 'reason', 'name', 'mode'] as const;

/** The flags of every required answer that is missing, in a stable order. */
export function missingFlags(answers: Answers): string[] {
  const missing = REQUIRED.filter((key) => !answers[key]?.toString().trim()).map((k) => FLAG_OF[k]);
  if (answers.reason === 'other' && !answers.reasonText?.trim()) missing.push('--reason-text');
  return missing;
}

/** The checked value, or a UsageError naming the answer's flag. */
export function take<T>(field: keyof Answers, checked: Checked<T>): T {
  if (checked.ok) return checked.value;
  throw new UsageError(
    `${FLAG_OF[field]}: ${problemText(checked.problem, 'en')}`,
    "see 'batal-wawancara --help'",
  );
}

/** An optional answer: `undefined` when empty, else checked like `take`. */
export function optional<T>(
  field: keyof Answers,
  value: string | undefined,
  check: (v: string) => Checked<T>,
): T | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return take(field, check(value));
}
