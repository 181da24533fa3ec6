/**
 * Words that open many Indonesian names but are not what a person is called by:
 * "Muhammad" and its spellings, noble and Balinese markers. Whole phrases first, so that
 * "Raden Ajeng" goes as one. Lower case, compared without dots.
 */
const PREFIXES: readonly string[] = [
  'raden ajeng',
  'raden ayu',
  'raden mas',
  'raden roro',
  'anak agung',
  'i gusti',
  'ni luh',
  'raden',
  'rr',
  'r',
  'gusti',
  'ni',
  'i',
  'teuku',
  'tengku',
  'muhammad',
  'muhamad',
  'mohammad',
  'mohamad',
  'mochammad',
  'mochamad',
  'moch',
  'moh',
  'muh',
  'mhd',
  'm',
];

/** Titles: passed over only before a given name and a family name ("Dr. Sarah Jones"). */
const TITLES: readonly string[] = [
  'dr',
  'drs',
  'dra',
  'ir',
  'prof',
  'h',
  'hj',
  'kh',
  'mr',
  'mrs',
  'ms',
  'miss',
];

const bare = (word: string): string => word.toLowerCase().replace(/[.,]/g, '');

/** The words of a list that open `words` (compared bare), if any. */
function opening(words: readonly string[], list: readonly string[]): number {
  const found = list.find((p) => p.split(' ').every((part, i) => bare(words[i] ?? '') === part));
  return found ? found.split(' ').length : 0;
}

/**
 * What a person is called in speech and chat: the first word of the name after name
 * prefixes and titles ("Sari Wulandari" → "Sari", "Muhammad Rizki Pratama" → "Rizki",
 * "Raden Ajeng Kartika Dewi" → "Kartika", "Dr. Sarah Jones" → "Sarah"). A title before a
 * single name stays with it ("Dr. Smith"); a name that is only a prefix stays whole.
 */
export function shortName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  let start = 0;
  for (;;) {
    const rest = words.slice(start);
    const title = opening(rest, TITLES);
    const prefix = opening(rest, PREFIXES);
    if (title && rest.length - title >= 2) start += title;
    else if (prefix && rest.length - prefix >= 1) start += prefix;
    else break;
  }
  const rest = words.slice(start);
  if (opening(rest, TITLES)) return rest.join(' ');
  // A comma glued to the word ("Sari," in "Sari, S.Psi.") is not part of the name.
  return (rest[0] ?? fullName.trim()).replace(/,$/, '');
}
