import { describe, expect, it } from 'vitest';
import { CHANNELS, LANGS, type Lang } from '../../src/core/types.js';
import { REASON_KEYS } from '../../src/core/reasons.js';
import { LOCALES, type Locale } from '../../src/prompts/locale.js';
import { promptTheme } from '../../src/prompts/theme.js';

/** Every leaf of a locale, as "path → text" (functions called with sample arguments). */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => string;
    return [1, 2].map((n) => [`${path}(${n})`, fn(n, 'WIB')]);
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    leaves(inner, path ? `${path}.${key}` : key),
  );
}

describe('locales', () => {
  it('hold the same keys in every language', () => {
    const [first, ...rest] = LANGS.map((lang) => leaves(LOCALES[lang]).map(([path]) => path));
    for (const keys of rest) expect(keys).toEqual(first);
  });

  it.each(LANGS)('%s: every reason and channel has a label', (lang: Lang) => {
    const locale: Locale = LOCALES[lang];
    expect(Object.keys(locale.reasons).sort()).toEqual([...REASON_KEYS].sort());
    expect(Object.keys(locale.copy.channels).sort()).toEqual([...CHANNELS].sort());
  });

  it.each(LANGS)('%s: no empty text, no control characters', (lang: Lang) => {
    for (const [path, text] of leaves(LOCALES[lang])) {
      expect(text.trim(), path).not.toBe('');
      expect(text, path).not.toMatch(/[\u0000-\u001f]/u);
    }
  });

  it('Indonesian addresses the user as "Anda", never with slang', () => {
    const all = leaves(LOCALES.id)
      .map(([, text]) => text)
      .join('\n');
    expect(all).toContain('Anda');
    expect(all).not.toMatch(/\b(kamu|aku|gue|lo|nggak|gak|udah|banget)\b/i);
    expect(all).not.toMatch(/\binterview\b/i);
  });
});

describe('promptTheme', () => {
  it.each(LANGS)('%s: plain text at colour level 0, colour at level 1', (lang: Lang) => {
    const plain = promptTheme(0, LOCALES[lang]);
    const coloured = promptTheme(1, LOCALES[lang]);
    const sample = (t: typeof plain) =>
      [
        t.prefix.idle,
        t.prefix.done,
        t.style.answer('a'),
        t.style.error('e'),
        t.style.highlight('h'),
        t.style.defaultAnswer('d'),
        t.style.keysHelpTip([]),
      ].join('');
    expect(sample(plain)).not.toContain('\x1b');
    expect(sample(coloured)).toContain('\x1b[');
    expect(plain.style.keysHelpTip([])).toContain(LOCALES[lang].keys.select);
  });
});
