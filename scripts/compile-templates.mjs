// Compiles templates/<lang>/*.mustache into one CommonJS module per language, so a run
// neither loads Mustache nor parses a template: dist/templates/<lang>.cjs exports
// { '<file name>': (view) => string }.
//
// The parse is Mustache's own (Mustache.parse), so the tokens already carry its whitespace
// rules: a tag alone on its line ("standalone") has that line's indentation and line break
// removed from the neighbouring text tokens. Rendering the tokens follows mustache.js 4's
// Writer and Context: names looked up through the stack of section values (dotted names
// and `.` included), sections over lists, objects, non-empty strings, numbers and `true`,
// inverted sections for falsy values and empty lists, and no HTML escaping (the messages
// are plain text: src/messages/template.ts). What the messages do not use (partials,
// changed delimiters) fails the build instead of rendering differently; a function in the
// view (a Mustache lambda) fails the render.
import Mustache from 'mustache';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const UNSUPPORTED = {
  '>': 'partials ({{> name}})',
  '=': 'changed delimiters ({{=<% %>=}})',
};

/** Line and column (1-based) of `offset` in `source`, for error messages. */
function position(source, offset) {
  const before = source.slice(0, offset).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

// The runtime the compiled functions call. Kept as real functions (and emitted with their
// own source text) so that they are linted and read like code, not like strings.

/** Whether `o` is an object holding `key`, own or inherited (mustache.js hasProperty). */
function has(o, key) {
  return o != null && typeof o === 'object' && key in o;
}

/**
 * The value of a name in context `c` ({ v: view, p: parent context }), as mustache.js
 * Context.lookup finds it: `.` is the current value; a plain name is the first context
 * object that holds it; a dotted name (`path`, split) descends from the first context where
 * its last part is found, primitives included.
 */
function look(c, name, path) {
  let value;
  if (name === '.') {
    value = c.v;
  } else {
    for (let at = c; at; at = at.p) {
      let hit = false;
      let x;
      if (path) {
        x = at.v;
        for (let i = 0; x != null && i < path.length; i++) {
          if (i === path.length - 1) {
            hit = has(x, path[i]) || (typeof x !== 'object' && Object.hasOwn(Object(x), path[i]));
          }
          x = x[path[i]];
        }
      } else {
        x = at.v[name];
        hit = has(at.v, name);
      }
      if (hit) {
        value = x;
        break;
      }
    }
  }
  if (typeof value === 'function') {
    throw new Error(`template value "${name}" is a function; compiled templates have no lambdas`);
  }
  return value;
}

/** `{{name}}`: the value as text (escaping is off), nothing for null or undefined. */
function text(c, name, path) {
  const value = look(c, name, path);
  return value == null ? '' : String(value);
}

/** `{{& name}}` and `{{{name}}}`: the value as it is, nothing for null or undefined. */
function raw(c, name, path) {
  const value = look(c, name, path);
  return value == null ? '' : '' + value;
}

/** `{{#name}}…{{/name}}`: `inner` once per item, once with the value on top, or not at all. */
function section(c, name, path, inner) {
  const value = look(c, name, path);
  if (!value) return '';
  if (Array.isArray(value)) {
    let out = '';
    for (const item of value) out += inner({ v: item, p: c });
    return out;
  }
  if (typeof value === 'object' || typeof value === 'string' || typeof value === 'number') {
    return inner({ v: value, p: c });
  }
  return inner(c);
}

/** `{{^name}}…{{/name}}`: `inner` when the value is falsy or an empty list. */
function inverted(c, name, path, inner) {
  const value = look(c, name, path);
  return !value || (Array.isArray(value) && value.length === 0) ? inner(c) : '';
}

const RUNTIME = [has, look, text, raw, section, inverted].map(String).join('\n');

/** The arguments naming a value: its name and, when dotted, its parts (mustache.js splits on "."). */
function nameArgs(name) {
  const path = name.indexOf('.') > 0 ? JSON.stringify(name.split('.')) : 'null';
  return `${JSON.stringify(name)}, ${path}`;
}

/** One JavaScript expression rendering `tokens` in context `c`. */
function expression(tokens, source, file) {
  const parts = [];
  for (const [type, value, start, , children] of tokens) {
    const at = () => `${file}:${position(source, start)}`;
    switch (type) {
      case 'text':
        parts.push(JSON.stringify(value));
        break;
      case 'name':
        parts.push(`text(c, ${nameArgs(value)})`);
        break;
      case '&':
        parts.push(`raw(c, ${nameArgs(value)})`);
        break;
      case '#':
      case '^': {
        const inner = `(c) => ${expression(children, source, file)}`;
        parts.push(`${type === '#' ? 'section' : 'inverted'}(c, ${nameArgs(value)}, ${inner})`);
        break;
      }
      case '!':
        break; // a comment renders nothing
      default:
        throw new Error(
          `${at()}: ${UNSUPPORTED[type] ?? `the tag type "${type}"`} cannot be compiled; ` +
            'the templates use names, sections, inverted sections and comments only',
        );
    }
  }
  return parts.length ? parts.join(' + ') : '""';
}

/** A template's source text compiled to a function expression `(view) => string`. */
export function compileTemplate(source, file = 'template') {
  let tokens;
  try {
    tokens = Mustache.parse(source);
  } catch (error) {
    throw new Error(`${file}: ${error.message}`);
  }
  return `(view) => { const c = { v: view, p: null }; return ${expression(tokens, source, file)}; }`;
}

/** A CommonJS module exporting each template of `sources` ({ name: source text }) compiled. */
export function compileModule(sources, folder = 'templates') {
  const entries = Object.entries(sources).map(
    ([name, source]) =>
      `  ${JSON.stringify(name)}: ${compileTemplate(source, `${folder}/${name}.mustache`)},`,
  );
  return [
    "'use strict';",
    '// Generated by scripts/compile-templates.mjs from the .mustache files: do not edit.',
    RUNTIME,
    'module.exports = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

/** The languages under `root` (its folders) and, for each, its templates' source texts. */
export function readTemplates(root) {
  const langs = {};
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const sources = {};
    for (const file of readdirSync(join(root, entry.name)).sort()) {
      if (file.endsWith('.mustache')) {
        sources[file.slice(0, -'.mustache'.length)] = readFileSync(
          join(root, entry.name, file),
          'utf8',
        );
      }
    }
    langs[entry.name] = sources;
  }
  return langs;
}

/**
 * The module the bundle uses in place of src/messages/load-templates.ts: the same
 * loadTemplates(root, lang, channels), answered by the compiled module of that language
 * (required beside the bundle, only for the language asked for).
 */
export function loaderSource(langs, from = './templates') {
  const byLang = langs
    .map(
      (lang) =>
        `  ${JSON.stringify(lang)}: () => require(${JSON.stringify(`${from}/${lang}.cjs`)}),`,
    )
    .join('\n');
  return [
    `const COMPILED = {\n${byLang}\n};`,
    'export function loadTemplates(_root, lang) {',
    '  const load = COMPILED[lang];',
    '  if (!load) throw new Error(`no compiled templates for ${lang}`);',
    '  return { lang, byName: load() };',
    '}',
    '',
  ].join('\n');
}
