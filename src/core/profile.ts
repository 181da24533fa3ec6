import { checkChoice, checkEmail, checkLine, checkPhone, MAX_NAME } from './fields.js';
import { take } from './flags.js';
import type { Checked, Problem } from './problems.js';
import { LANGS, type Answers, type Lang } from './types.js';

/** The details a profile holds (SPEC §10), checked like the flags that give them. */
export interface Profile {
  name?: string;
  phone?: string;
  email?: string;
  lang?: Lang;
}

export type ProfileKey = keyof Profile;
export const PROFILE_KEYS: readonly ProfileKey[] = ['name', 'phone', 'email', 'lang'];

/** The sender's details a run can offer to save: what the questions ask about "you". */
export const SENDER_KEYS: readonly ProfileKey[] = ['name', 'phone', 'email'];

/** The largest profile file read: a few details, never more than a page. */
export const MAX_PROFILE_BYTES = 64 * 1024;

const CHECK: { readonly [K in ProfileKey]: (value: string) => Checked<NonNullable<Profile[K]>> } = {
  name: (v) => checkLine(v, MAX_NAME),
  phone: checkPhone,
  email: checkEmail,
  lang: (v) => checkChoice(v, LANGS),
};

/** Why a profile file's text cannot be used. */
export type ProfileProblem =
  | { code: 'json' }
  | { code: 'not-an-object' }
  | { code: 'not-text'; key: ProfileKey }
  | { code: 'value'; key: ProfileKey; problem: Problem };

/**
 * Reads a profile file's text. Unknown keys are left alone (a later version may
 * add some); an empty value means the detail is not saved.
 */
export function parseProfile(
  text: string,
): { ok: true; profile: Profile } | { ok: false; problem: ProfileProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'json' } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problem: { code: 'not-an-object' } };
  }
  const profile: Profile = {};
  for (const key of PROFILE_KEYS) {
    const value: unknown = Object.hasOwn(data, key)
      ? (data as Record<string, unknown>)[key]
      : undefined;
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') return { ok: false, problem: { code: 'not-text', key } };
    const checked = CHECK[key](value);
    if (!checked.ok)
      return { ok: false, problem: { code: 'value', key, problem: checked.problem } };
    Object.assign(profile, { [key]: checked.value });
  }
  return { ok: true, profile };
}

/**
 * The profile after saving `changes` (as typed after `profile --name …`): each
 * checked like its flag (a UsageError naming the flag), an empty value removes
 * the detail, everything else saved stays.
 */
export function mergeProfile(
  saved: Profile,
  changes: Partial<Record<ProfileKey, string>>,
): Profile {
  const merged: Profile = { ...saved };
  for (const key of PROFILE_KEYS) {
    const value = changes[key];
    if (value === undefined) continue;
    if (value.trim() === '') delete merged[key];
    else Object.assign(merged, { [key]: take(key, CHECK[key](value)) });
  }
  return merged;
}

/** The profile's details as answers; the flags are merged over them. */
export function profileAnswers(profile: Profile): Answers {
  const answers: Answers = {};
  for (const key of PROFILE_KEYS) if (profile[key]) answers[key] = profile[key];
  return answers;
}

/** The file's text: the details in a fixed order, one per line. */
export function formatProfile(profile: Profile): string {
  const ordered = Object.fromEntries(
    PROFILE_KEYS.filter((k) => profile[k]).map((k) => [k, profile[k]]),
  );
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
