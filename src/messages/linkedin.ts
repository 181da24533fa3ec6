import type { Plan } from '../core/types.js';
import { firstFitting, renderTemplate, type Template } from './template.js';
import { buildView, type MessageView } from './view.js';

/** LinkedIn's connection-note limit on a free account, in characters. */
export const LINKEDIN_LIMIT = 200;

const ELLIPSIS = '...';

/** Code points, the way the note's length is reported. */
export function charCount(text: string): number {
  return [...text].length;
}

/**
 * `value` cut to at most `max` characters at a word boundary, marked with "...";
 * "" when not even its first word fits.
 */
export function shortenAtWord(value: string, max: number): string {
  if (charCount(value) <= max) return value;
  const words = value.split(/\s+/).filter(Boolean);
  let kept = '';
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    if (charCount(next) + ELLIPSIS.length > max) break;
    kept = next;
  }
  // Trailing punctuation before the ellipsis reads badly ("PT Maju,...").
  kept = kept.replace(/[\s,;:.\-–—]+$/u, '');
  return kept ? `${kept}${ELLIPSIS}` : '';
}

/** The LinkedIn templates: the full note and a shorter fallback. */
export interface LinkedInTemplates {
  full: Template;
  short: Template;
}

type Shortenable = 'company' | 'interviewer';

/**
 * The connection note, at most `LINKEDIN_LIMIT` characters: the full note, else
 * without the role, else the short note; then long company or interviewer names are
 * shortened at a word boundary (or left out) until it fits. Never cuts a word.
 */
export function fitLinkedIn(
  plan: Plan,
  templates: LinkedInTemplates,
  view: MessageView = buildView(plan),
): string {
  const fits = (text: string): boolean => charCount(text) <= LINKEDIN_LIMIT;
  const note = firstFitting(
    [
      () => renderTemplate(templates.full, view),
      () => renderTemplate(templates.full, { ...view, role: '' }),
    ],
    fits,
  );
  if (fits(note)) return note;

  const values: Record<Shortenable, string> = {
    company: plan.request.company,
    interviewer: plan.request.interviewer ?? '',
  };
  const renderShort = (): string =>
    renderTemplate(
      templates.short,
      buildView({
        ...plan,
        request: {
          ...plan.request,
          company: values.company,
          interviewer: values.interviewer || undefined,
        },
      }),
    );
  let short = renderShort();
  while (!fits(short)) {
    // Shorten the longest value, but no further than the next longest, so that two
    // long names share the cut instead of one of them vanishing.
    const [longest, next] = (Object.keys(values) as Shortenable[]).sort(
      (a, b) => charCount(values[b]) - charCount(values[a]),
    );
    if (!longest || !values[longest]) break; // nothing left to shorten
    const length = charCount(values[longest]);
    const floor = next ? charCount(values[next]) : 0;
    const over = charCount(short) - LINKEDIN_LIMIT;
    values[longest] = shortenAtWord(
      values[longest],
      Math.max(length - over, Math.min(floor, length - 1)),
    );
    short = renderShort();
  }
  // A value cut with "..." at the end of a sentence takes the sentence's full stop.
  return short.replace(/\.{3}\./g, '...');
}
