import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/core/types.js';
import { LOCALES } from '../../src/locales/index.js';
import { promptTheme } from '../../src/prompts/theme.js';

describe('promptTheme', () => {
  it.each(LANGS)('%s: plain text at colour level 0, colour at level 1', (lang: Lang) => {
    const words = LOCALES[lang].prompts;
    const plain = promptTheme(0, words);
    const coloured = promptTheme(1, words);
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
    expect(plain.style.keysHelpTip([])).toContain(words.keys.select);
  });
});
