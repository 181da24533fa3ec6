import Mustache from 'mustache';
import type { MessageView } from './view.js';

// Messages are plain text, never HTML: values go in as they are.
const PLAIN_TEXT = { escape: (value: unknown): string => String(value) };

/** Renders one template as plain text, tidied: no trailing spaces, no blank-line runs. */
export function renderTemplate(template: string, view: MessageView): string {
  return tidy(Mustache.render(template, view, undefined, PLAIN_TEXT));
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
