import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang, type Mode, type Plan } from '../../src/core/types.js';
import { fitLinkedIn, LINKEDIN_LIMIT, shortenAtWord } from '../../src/messages/linkedin.js';
import { loadTemplates } from '../../src/messages/load-templates.js';
import { buildView } from '../../src/messages/view.js';
import { fullPlan, shortPlan, TEMPLATES_ROOT } from './fixtures.js';

const LONG_COMPANY =
  'PT Perusahaan Perdagangan Internasional Nusantara Sejahtera Abadi Makmur Sentosa Tbk';
const LONG_NAME = 'Raden Ayu Kusumawardhani Setyaningrum Puspitasari Hadiningrat Wijayakusuma';
const LONG_ROLE = 'Senior Principal Customer Experience and Digital Transformation Strategy Lead';
const ONE_WORD =
  'Supercalifragilisticexpialidociousnesscorporationinternationalholdingsgroupworldwide';

function note(plan: Plan): string {
  const { linkedin, 'linkedin-short': short } = loadTemplates(TEMPLATES_ROOT, plan.request.lang, [
    'linkedin',
  ]).byName;
  if (!linkedin || !short) throw new Error('the LinkedIn templates were not loaded');
  return fitLinkedIn(plan, { full: linkedin, short });
}

const templateText = (lang: Lang, name: string): string =>
  readFileSync(new URL(`${lang}/${name}.mustache`, TEMPLATES_ROOT), 'utf8');

/** Every whole word a note may hold: template words and the words of the values. */
function vocabulary(plan: Plan): Set<string> {
  const r = plan.request;
  const callee = buildView(plan).callee;
  const text = [
    templateText(r.lang, 'linkedin'),
    templateText(r.lang, 'linkedin-short'),
    ...[r.company, r.role, callee, r.sender.name],
  ];
  return new Set(words(text.join(' ').replace(/\{\{[^}]*\}\}/g, ' ')));
}
const words = (text: string): string[] =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|(\.\.\.)?[^\p{L}\p{N}']*$/gu, ''))
    .filter(Boolean);

const MODES: Mode[] = ['cancel', 'reschedule'];
const LONG_CASES = LANGS.flatMap((lang) =>
  MODES.flatMap((mode) =>
    [false, true].flatMap((short) =>
      [
        ['long everything', { company: LONG_COMPANY, role: LONG_ROLE, interviewer: LONG_NAME }],
        ['one-word company', { company: ONE_WORD, interviewer: LONG_NAME }],
        ['long sender', { sender: { name: LONG_NAME }, company: LONG_COMPANY, role: LONG_ROLE }],
        ['no interviewer', { company: LONG_COMPANY, interviewer: undefined, role: LONG_ROLE }],
      ].map(
        ([label, overrides]) =>
          [
            `${lang} ${mode}${short ? ' short notice' : ''}, ${label as string}`,
            (short ? shortPlan : fullPlan)(lang, { mode, ...(overrides as object) }),
          ] as const,
      ),
    ),
  ),
);

describe('fitLinkedIn', () => {
  it.each(LONG_CASES)('%s: at most 200 characters, no word cut', (_label, plan) => {
    const text = note(plan);
    expect([...text].length).toBeLessThanOrEqual(LINKEDIN_LIMIT);
    const known = vocabulary(plan);
    expect(words(text).filter((w) => !known.has(w))).toEqual([]);
    expect(text).not.toMatch(/\{\{|  | [.,]/);
  });

  it.each<[Lang, string]>([
    ['id', 'Rina Wijaya, kandidat posisi Product Designer di PT Maju Jaya'],
    ['en', 'Rina Wijaya, a candidate for the Product Designer role at PT Maju Jaya'],
  ])('%s: a typical note keeps everything', (lang, said) => {
    expect(note(fullPlan(lang))).toContain(said);
  });

  it.each(LANGS)('%s: drops the role before anything else', (lang) => {
    const text = note(fullPlan(lang, { role: LONG_ROLE }));
    expect(text).not.toContain('Senior');
    expect(text).toContain('Rina Wijaya');
    expect(text).toContain('PT Maju Jaya');
  });

  it.each(LANGS)('%s: shortens a long company at a word boundary', (lang) => {
    const text = note(fullPlan(lang, { company: LONG_COMPANY, interviewer: LONG_NAME }));
    expect(text).toMatch(/PT Perusahaan( [A-Z][a-z]+)*\.\.\./);
  });
});

describe('shortenAtWord', () => {
  it.each<[string, number, string]>([
    ['PT Maju Jaya', 20, 'PT Maju Jaya'],
    ['PT Maju Jaya', 12, 'PT Maju Jaya'],
    ['PT Maju Jaya', 11, 'PT Maju...'],
    ['PT Maju Jaya', 10, 'PT Maju...'],
    ['PT Maju Jaya', 9, 'PT...'],
    ['PT Maju, Jaya', 11, 'PT Maju...'],
    ['PT Maju Jaya', 4, ''],
    ['Supercalifragilistic', 10, ''],
  ])('%j within %i → %j', (value, max, expected) => {
    const result = shortenAtWord(value, max);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(max);
  });
});
