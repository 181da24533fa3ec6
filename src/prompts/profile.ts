import { printable } from '../cli-errors.js';
import type { ProfileKey } from '../core/profile.js';
import type { Lang } from '../core/types.js';
import { LOCALES } from '../locales/index.js';

/** "name, phone and email": no comma before the last, as both languages write it. */
export function listOf(keys: readonly ProfileKey[], lang: Lang): string {
  const words = keys.map((k) => LOCALES[lang].prompts.profile.details[k]);
  const last = words.pop() ?? '';
  return words.length ? `${words.join(', ')} ${LOCALES[lang].prompts.profile.and} ${last}` : last;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The one line that says which answers came from the profile, and from where. */
export function takenFromProfile(keys: readonly ProfileKey[], path: string, lang: Lang): string {
  return LOCALES[lang].prompts.profile.taken(capital(listOf(keys, lang)), printable(path));
}
