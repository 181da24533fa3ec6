import { readdirSync, readFileSync } from 'node:fs';
import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import { CHANNELS, LANGS, type Lang } from '../../src/core/types.js';
import { CHANNEL_TEMPLATES } from '../../src/messages/render.js';
import { buildView } from '../../src/messages/view.js';
import { TEMPLATES_ROOT } from './fixtures.js';
import { MINIMAL, planOf, SLOTS } from './scenarios.js';

type Token = [string, string, number, number, Token[]?];

const templateFiles = (lang: Lang): string[] =>
  readdirSync(new URL(`${lang}/`, TEMPLATES_ROOT)).sort();
const read = (lang: Lang, file: string): string =>
  readFileSync(new URL(`${lang}/${file}`, TEMPLATES_ROOT), 'utf8');
const parse = (source: string): Token[] => Mustache.parse(source) as unknown as Token[];

/** Every variable and section name a template uses, nested sections included. */
function namesIn(tokens: Token[], into = new Set<string>()): Set<string> {
  for (const [type, value, , , children] of tokens) {
    if (type !== 'text') into.add(`${type === 'name' || type === '&' ? '' : type}${value}`);
    if (children) namesIn(children, into);
  }
  return into;
}

/**
 * Names a template uses that the view cannot answer, resolving the way Mustache
 * does: inside a list section the item is searched first, then the outer view.
 */
function unknownNames(tokens: Token[], stack: object[]): string[] {
  const missing: string[] = [];
  for (const [type, name, , , children] of tokens) {
    if (type === 'text' || type === '!') continue;
    if (type === '>') {
      missing.push(`>${name} (partials are not used)`);
      continue;
    }
    const owner = stack.find((scope) => name in scope);
    if (!owner) missing.push(name);
    if (!children) continue;
    const value: unknown = owner ? (owner as Record<string, unknown>)[name] : undefined;
    const item: unknown = Array.isArray(value) ? value[0] : value;
    const inner = item && typeof item === 'object' ? [item, ...stack] : stack;
    missing.push(...unknownNames(children, inner));
  }
  return missing;
}

describe('template files', () => {
  it('both languages hold the same files', () => {
    expect(templateFiles('en')).toEqual(templateFiles('id'));
  });

  it('the files are exactly the templates the channels need', () => {
    const needed = new Set(CHANNELS.flatMap((channel) => CHANNEL_TEMPLATES[channel]));
    expect(templateFiles('id')).toEqual([...needed].map((name) => `${name}.mustache`).sort());
  });

  it.each(templateFiles('id'))('%s uses the same variables and sections in id and en', (file) => {
    expect([...namesIn(parse(read('en', file)))].sort()).toEqual(
      [...namesIn(parse(read('id', file)))].sort(),
    );
  });

  const cases = LANGS.flatMap((lang) => templateFiles(lang).map((file) => [lang, file] as const));

  it.each(cases)('%s/%s uses only variables the view has', (lang, file) => {
    const view = buildView(planOf(lang, { mode: 'reschedule', slots: SLOTS }), 'email');
    expect(view.slots.length).toBeGreaterThan(0);
    expect(unknownNames(parse(read(lang, file)), [view])).toEqual([]);
  });

  it('the checker does catch an unknown variable', () => {
    const view = buildView(planOf('id'), 'sms');
    expect(unknownNames(parse('{{#slots}}{{slot}}{{employer}}{{/slots}}{{nama}}'), [view])).toEqual(
      ['employer', 'nama'],
    );
  });
});

describe('view', () => {
  it.each(CHANNELS)('has the same keys in both languages and every case (%s)', (channel) => {
    const keys = (lang: Lang, full: boolean): string[] =>
      Object.keys(buildView(planOf(lang, full ? {} : MINIMAL), channel)).sort();
    expect(keys('en', true)).toEqual(keys('id', true));
    expect(keys('id', false)).toEqual(keys('id', true));
    expect(keys('en', false)).toEqual(keys('id', true));
  });

  it('every view key is used by some template (no dead keys)', () => {
    const used = new Set<string>();
    for (const file of templateFiles('id')) {
      for (const name of namesIn(parse(read('id', file)))) used.add(name.replace(/^[#^]/, ''));
    }
    const view = buildView(planOf('id', { mode: 'reschedule', slots: SLOTS }), 'email');
    const keys = [...Object.keys(view), ...Object.keys(view.slots[0] ?? {})];
    expect(keys.filter((key) => !used.has(key))).toEqual([]);
  });

  it('has no slot for another employer', () => {
    const view = buildView(planOf('id', { reason: 'offer' }), 'email');
    expect(Object.keys(view).filter((key) => /employer|offer|new|other/i.test(key))).toEqual([]);
  });
});
