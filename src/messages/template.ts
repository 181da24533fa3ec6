import type { MessageView } from './view.js';

/**
 * One template, ready to render: Mustache over the file's text when running from source,
 * the function compiled from it in the build (scripts/compile-templates.mjs). Either way
 * HTML escaping is off: messages are plain text, values go in as they are.
 */
export type Template = (view: MessageView) => string;

/** Renders one template as plain text, tidied: no trailing spaces, no blank-line runs. */
export function renderTemplate(template: Template, view: MessageView): string {
  return tidy(template(view));
}

/** Trims line ends and the whole text, and folds runs of blank lines into one. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The first rendering that `fits`, trying `candidates` in order; else the last one. */
export function firstFitting(
  candidates: ReadonlyArray<() => string>,
  fits: (text: string) => boolean,
): string {
  let text = '';
  for (const candidate of candidates) {
    text = candidate();
    if (fits(text)) return text;
  }
  return text;
}
