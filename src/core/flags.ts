import { InputError } from './errors.js';
import type { Checked } from './problems.js';
import { isReasonKey, REASONS } from './reasons.js';
import { DEFAULT_LANG, LANGS, type Answers, type Lang } from './types.js';

/** An answer that has a flag of its own (the mode comes from --sure or --reschedule). */
export type FlagAnswer = Exclude<keyof Answers, 'mode'>;

/** The flag each answer comes from, for error messages. */
export const FLAG_OF: Readonly<Record<FlagAnswer, string>> = {
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

/** The language `value` names, or the default: for words needed before the answers are checked. */
export function langOrDefault(value: string | undefined): Lang {
  const key = value?.trim().toLowerCase();
  return LANGS.find((lang) => lang === key) ?? DEFAULT_LANG;
}

const REQUIRED = ['company', 'at', 'reason', 'name'] as const;

/** Whether the reason given says nothing by itself and needs the user's own sentence. */
export function needsReasonText(answers: Answers): boolean {
  const key = answers.reason?.trim().toLowerCase() ?? '';
  return isReasonKey(key) && REASONS[key].needsText && !answers.reasonText?.trim();
}

/** The flags of every required answer that is missing, in a stable order (the gate apart). */
export function missingFlags(answers: Answers): string[] {
  const missing = REQUIRED.filter((key) => !answers[key]?.trim()).map((key) => FLAG_OF[key]);
  if (needsReasonText(answers)) missing.push(FLAG_OF.reasonText);
  return missing;
}

/**
 * The one place that refuses missing answers: when only the gate is missing,
 * the gate's own error (the article's reason); else every missing flag at once.
 */
export function requireAnswers(answers: Answers): void {
  const flags = missingFlags(answers);
  const gate = !answers.mode;
  if (!flags.length && !gate) return;
  throw new InputError(flags.length ? { code: 'missing', flags, gate } : { code: 'gate-missing' });
}

/** The checked value, or an InputError naming the answer's flag. */
export function take<T>(field: FlagAnswer, checked: Checked<T>): T {
  if (checked.ok) return checked.value;
  throw new InputError({ code: 'field', flag: FLAG_OF[field], problem: checked.problem });
}

/** An optional answer: `undefined` when empty, else checked like `take`. */
export function optional<T>(
  field: FlagAnswer,
  value: string | undefined,
  check: (v: string) => Checked<T>,
): T | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return take(field, check(value));
}
