import { printable } from '../cli-errors.js';
import type { ProfileKey } from '../core/profile.js';
import type { Lang } from '../core/types.js';

/** The flow's words about the profile, in each language. */
export const PROFILE_WORDS: Readonly<
  Record<
    Lang,
    {
      details: Record<ProfileKey, string>;
      and: string;
      taken: (details: string, path: string) => string;
      save: (details: string) => string;
      yes: string;
      no: string;
      saved: (path: string) => string;
    }
  >
> = {
  id: {
    details: { name: 'nama', phone: 'nomor telepon', email: 'email', lang: 'bahasa' },
    and: 'dan',
    taken: (details, path) => `${details} diambil dari profil (${path}).`,
    save: (details) => `Simpan ${details} Anda di profil untuk lain kali?`,
    yes: 'Ya, simpan',
    no: 'Tidak',
    saved: (path) => `Tersimpan di ${path}.`,
  },
  en: {
    details: { name: 'name', phone: 'phone', email: 'email', lang: 'language' },
    and: 'and',
    taken: (details, path) => `${details} taken from the profile (${path}).`,
    save: (details) => `Save your ${details} in the profile for next time?`,
    yes: 'Yes, save them',
    no: 'No',
    saved: (path) => `Saved in ${path}.`,
  },
};

/** "name, phone and email": no comma before the last, as both languages write it. */
export function listOf(keys: readonly ProfileKey[], lang: Lang): string {
  const words = keys.map((k) => PROFILE_WORDS[lang].details[k]);
  const last = words.pop() ?? '';
  return words.length ? `${words.join(', ')} ${PROFILE_WORDS[lang].and} ${last}` : last;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The one line that says which answers came from the profile, and from where. */
export function takenFromProfile(keys: readonly ProfileKey[], path: string, lang: Lang): string {
  return PROFILE_WORDS[lang].taken(capital(listOf(keys, lang)), printable(path));
}
