import { describe, expect, it } from 'vitest';
import type { Lang, Request } from '../../src/core/types.js';
import { toText } from '../../src/deliver/text.js';
import { loadTemplates, renderMessages } from '../../src/messages/render.js';
import { fullRequest, makePlan, minimalRequest, TEMPLATES_ROOT } from '../messages/fixtures.js';

function plainText(request: Request): string {
  const plan = makePlan(request);
  const messages = renderMessages(
    plan,
    loadTemplates(TEMPLATES_ROOT, request.lang, request.channels),
  );
  return toText(plan, messages, 0);
}

/** The lines of the section under the heading that holds `heading`, up to its first blank line. */
function sectionHead(text: string, heading: RegExp): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end);
}

describe("the text plan shows the recruiter's address and number where given", () => {
  it.each([
    ['id', /^\d\. Email/, ['Kepada: budi@majujaya.example', /^Subjek: /]],
    ['en', /^\d\. Email/, ['To: budi@majujaya.example', /^Subject: /]],
    ['id', /^\d\. SMS/, ['Kepada: +62 811-9876-5432']],
    ['en', /^\d\. Text message/, ['To: +62 811-9876-5432']],
  ] as [Lang, RegExp, (string | RegExp)[]][])('%s, %s', (lang, heading, expected) => {
    const head = sectionHead(plainText(fullRequest(lang)), heading);
    expect(head).toHaveLength(expected.length);
    expected.forEach((line, i) => expect(head[i]).toMatch(line));
  });

  it.each(['id', 'en'] as Lang[])('%s: without them, no such line', (lang) => {
    const text = plainText(minimalRequest(lang));
    expect(text).not.toMatch(/^(Kepada|To):/mu);
    expect(sectionHead(text, /^\d\. Email/)).toEqual([expect.stringMatching(/^Subje(k|ct): /)]);
  });
});
