import fc from 'fast-check';
import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import { compileModule, compileTemplate } from '../../scripts/compile-templates.mjs';

type Render = (view: unknown) => string;

/** The compiled module of one template, evaluated the way require() would. */
function compiled(source: string): Render {
  const module = { exports: {} as Record<string, Render> };
  new Function('module', compileModule({ t: source }))(module);
  const render = module.exports.t;
  if (!render) throw new Error('the compiled module has no template "t"');
  return render;
}

/** The oracle: Mustache itself, HTML escaping off as in src/messages/load-templates.ts. */
const mustache = (source: string, view: unknown): string =>
  Mustache.render(source, view, undefined, { escape: (value: unknown) => String(value) });

/** A render's outcome, comparable even when it throws. */
function outcome(render: () => string): { text: string } | { threw: true } {
  try {
    return { text: render() };
  } catch {
    return { threw: true };
  }
}

describe('compiled templates render what Mustache renders', () => {
  it.each([
    ['a name', 'Hi {{name}}!', { name: 'Sari' }, 'Hi Sari!'],
    ['no HTML escaping', '{{q}} {{{q}}} {{& q}}', { q: '<"&\'>' }, '<"&\'> <"&\'> <"&\'>'],
    ['missing and null values', '[{{a}}|{{b}}|{{c}}]', { b: null, c: 0 }, '[||0]'],
    ['a dotted name', '{{a.b.c}}', { a: { b: { c: 'deep' } } }, 'deep'],
    ['a dotted name on a primitive', '{{s.length}}', { s: 'four' }, '4'],
    ['a list', '{{#xs}}<{{n}}>{{/xs}}', { xs: [{ n: 1 }, { n: 2 }] }, '<1><2>'],
    ['a list of strings and `.`', '{{#xs}}{{.}};{{/xs}}', { xs: ['a', 'b'] }, 'a;b;'],
    [
      'the outer view from inside a list',
      '{{#xs}}{{n}}{{who}} {{/xs}}',
      { who: '!', xs: [{ n: 1 }, { n: 2, who: '?' }] },
      '1! 2? ',
    ],
    [
      'an undefined own value hides the outer one',
      '{{#o}}[{{w}}]{{/o}}',
      { w: 'outer', o: { w: undefined } },
      '[]',
    ],
    [
      'a section over true, an object, a string, a number',
      '{{#t}}T{{/t}}{{#o}}{{k}}{{/o}}{{#s}}{{.}}{{/s}}{{#n}}{{.}}{{/n}}',
      { t: true, o: { k: 'K' }, s: 'S', n: 7 },
      'TKS7',
    ],
    [
      'falsy sections render nothing',
      '{{#f}}x{{/f}}{{#e}}x{{/e}}{{#z}}x{{/z}}{{#xs}}x{{/xs}}',
      { f: false, e: '', z: 0, xs: [] },
      '',
    ],
    [
      'inverted sections',
      '{{^f}}F{{/f}}{{^xs}}E{{/xs}}{{^t}}no{{/t}}{{^u}}U{{/u}}',
      { f: false, xs: [], t: 'yes' },
      'FEU',
    ],
    ['comments', 'a{{! a note }}b', {}, 'ab'],
    [
      'standalone lines',
      'A\n  {{#t}}\n  B\n  {{/t}}\n{{! note }}\nC\n',
      { t: true },
      'A\n  B\nC\n',
    ],
    ['standalone lines with CRLF', 'A\r\n{{#t}}\r\nB\r\n{{/t}}\r\nC', { t: true }, 'A\r\nB\r\nC'],
    [
      'a tag that is not alone on its line keeps the line',
      'A {{#t}}\nB\n{{/t}} C',
      { t: true },
      'A \nB\n C',
    ],
  ])('%s', (_, source, view, expected) => {
    expect(mustache(source, view)).toBe(expected);
    expect(compiled(source)(view)).toBe(expected);
  });

  const NAMES = ['a', 'b', 'xs', 's', 'a.b', 'xs.length', 's.length', 'a.b.c', '.'];
  const TEXT = ['', 'x', ' ', '\n', '  \n', ' y \n', '\r\n', '\t'];
  const { template } = fc.letrec<{ node: string; template: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom(...TEXT),
      fc.constantFrom(...NAMES).map((n) => `{{${n}}}`),
      fc.constantFrom(...NAMES).map((n) => `{{{${n}}}}`),
      fc.constant('{{! note }}'),
      fc
        .tuple(fc.constantFrom('#', '^'), fc.constantFrom(...NAMES), tie('template'), fc.boolean())
        .map(([kind, name, body, alone]) =>
          alone
            ? `\n  {{${kind}${name}}}\n${body}\n  {{/${name}}}\n`
            : `{{${kind}${name}}}${body}{{/${name}}}`,
        ),
    ),
    template: fc.array(tie('node'), { maxLength: 5 }).map((nodes) => nodes.join('')),
  }));
  const leaf = fc.oneof(
    fc.string({ maxLength: 3 }),
    fc.integer({ min: -1, max: 2 }),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      leaf,
      fc.array(tie('value'), { maxLength: 3 }),
      fc.record(
        { a: tie('value'), b: tie('value'), c: tie('value'), xs: tie('value'), s: tie('value') },
        { requiredKeys: [] },
      ),
    ),
  }));
  const view = fc.record({ a: value, b: value, xs: value, s: value }, { requiredKeys: [] });

  it('for any template of names, sections, inverted sections and comments, and any view', () => {
    fc.assert(
      fc.property(template, view, (source, v) => {
        expect(outcome(() => compiled(source)(v))).toEqual(outcome(() => mustache(source, v)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('what cannot be compiled faithfully fails', () => {
  it.each([
    [
      'a partial',
      'Hello\n {{> footer}}',
      /^x\.mustache:2:2: partials \(\{\{> name\}\}\) cannot be compiled/,
    ],
    ['changed delimiters', '{{=<% %>=}}<% a %>', /^x\.mustache:1:1: changed delimiters/],
    ['an unclosed section', 'a {{#s}} b', /^x\.mustache: Unclosed section "s"/],
    ['an unopened section end', 'a {{/s}}', /^x\.mustache: Unopened section "s"/],
  ])('%s stops the build, naming the file and place', (_, source, message) => {
    expect(() => compileTemplate(source, 'x.mustache')).toThrow(message);
  });

  it('a function in the view (a Mustache lambda) stops the render', () => {
    expect(mustache('{{f}}', { f: () => 'lambda' })).toBe('lambda');
    expect(() => compiled('{{f}}')({ f: () => 'lambda' })).toThrow(/"f" is a function/);
  });
});
