import Mustache from 'mustache';
import type { MessageView } from './view.js';

// Messages are plain text, never HTML: values go in as they are.
const PLAIN_TEXT = { escape: (value: unknown): string => String(value) };

/** Renders one template as plain text, tidied (see `tidy`). */
export function renderTemplate(template: string, view: MessageView): string {
  return tidy(Mustache.render(template, view, undefined, PLAIN_TEXT));
}

/**
 * Trims both ends of every line and of the whole text, and folds runs of spaces inside a
 * line (an empty value between two words), doubled full stops and runs of blank lines.
 */
export function tidy(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/(\S) {2,}/g, '$1 ')
      // A value ending in a full stop ("Inc.") before the sentence's own: one stop.
      .replace(/(?<!\.)\.\.(?!\.)/g, '.')
      .replace(/^[ \t]+|[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/**
 * The first rendering that `fits`: with nothing left out, then leaving out each part of
 * `order` in turn, keeping the ones before; else the shortest attempt, the last.
 */
export function fitByCuts<Cut>(
  render: (cuts: ReadonlySet<Cut>) => string,
  order: readonly Cut[],
  fits: (text: string) => boolean,
): string {
  const cuts = new Set<Cut>();
  let text = render(cuts);
  for (const cut of order) {
    if (fits(text)) return text;
    cuts.add(cut);
    text = render(cuts);
  }
  return text;
}
