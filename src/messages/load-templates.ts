import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Mustache from 'mustache';
import type { Channel, Lang } from '../core/types.js';
import { CHANNEL_TEMPLATES, type TemplateName, type Templates } from './render.js';
import type { Template } from './template.js';

// Running from source (tsx, vitest): the templates are read and rendered by Mustache.
// The build answers this module with the templates compiled to functions instead
// (scripts/compile-templates.mjs), and a test holds the two to the same output.

// Messages are plain text, never HTML: values go in as they are.
const PLAIN_TEXT = { escape: (value: unknown): string => String(value) };

function templatePath(root: URL | string, lang: Lang, name: TemplateName): URL | string {
  const file = `${lang}/${name}.mustache`;
  if (typeof root !== 'string') {
    const base = root.href.endsWith('/') ? root : new URL(`${root.href}/`);
    return new URL(file, base);
  }
  const dir = root.startsWith('file:') ? fileURLToPath(root) : root;
  return `${dir.replace(/[\\/]+$/, '')}/${file}`;
}

/** A template's text as a function, rendered by Mustache without HTML escaping. */
export function mustacheTemplate(source: string): Template {
  return (view) => Mustache.render(source, view, undefined, PLAIN_TEXT);
}

/** The templates `channels` need, in `lang`, read from the templates folder `root`. */
export function loadTemplates(root: URL | string, lang: Lang, channels: Channel[]): Templates {
  const byName: Templates['byName'] = {};
  for (const channel of channels) {
    for (const name of CHANNEL_TEMPLATES[channel]) {
      byName[name] ??= mustacheTemplate(readFileSync(templatePath(root, lang, name), 'utf8'));
    }
  }
  return { lang, byName };
}
