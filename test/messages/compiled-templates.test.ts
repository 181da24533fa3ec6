import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import { REASON_KEYS } from '../../src/core/reasons.js';
import { LANGS, type Lang, type Mode, type Plan } from '../../src/core/types.js';
import { loadTemplates } from '../../src/messages/load-templates.js';
import { renderMessages, type Templates } from '../../src/messages/render.js';
import type { Template } from '../../src/messages/template.js';
import { buildView } from '../../src/messages/view.js';
import {
  fullRequest,
  iso,
  makePlan,
  minimalRequest,
  NOW_SHORT,
  TEMPLATES_ROOT,
  type PlanOptions,
} from './fixtures.js';

// The build compiles templates/ to dist/templates/<lang>.cjs (the global setup builds
// dist/); running from source renders templates/ with Mustache. Both must give the same
// text for every template file on disk and every scenario below.

const require = createRequire(import.meta.url);
const compiledModule = (lang: Lang): Record<string, Template> =>
  require(`../../dist/templates/${lang}.cjs`) as Record<string, Template>;

/** Every .mustache file of a language, read from disk: templates are added and renamed. */
function templateFiles(lang: Lang): { name: string; source: string }[] {
  return readdirSync(new URL(`${lang}/`, TEMPLATES_ROOT))
    .filter((file) => file.endsWith('.mustache'))
    .sort()
    .map((file) => ({
      name: file.slice(0, -'.mustache'.length),
      source: readFileSync(new URL(`${lang}/${file}`, TEMPLATES_ROOT), 'utf8'),
    }));
}

const SLOTS = [
  iso('2026-11-30T09:00:00+07:00'),
  iso('2026-12-01T14:00:00+07:00'),
  iso('2026-12-02T10:00:00+07:00'),
];
const LONG = {
  company: 'PT Perusahaan Perdagangan Internasional Nusantara Sejahtera Abadi Makmur Tbk',
  interviewer: 'Raden Ayu Kusumawardhani Setyaningrum Puspitasari Hadiningrat',
  role: 'Senior Principal Customer Experience and Digital Transformation Strategy Lead',
};
const OWN_WORDS = { id: 'Saya mohon pengertiannya', en: 'I hope you understand' };
const MODES: Mode[] = ['cancel', 'reschedule'];
const NOTICES: [string, PlanOptions][] = [
  ['enough notice', {}],
  ['short notice', { now: NOW_SHORT }],
  ['write first', { first: 'write', openNow: false, callAt: '2026-11-26T09:00:00+07:00' }],
  ['no call in time', { now: NOW_SHORT, first: 'write', openNow: false, callAt: null }],
];
const PEOPLE = ['everyone', 'no interviewer', 'no role', 'only what is required', 'long names'];

/** Both languages × cancel/reschedule × 0, 1, 3 slots × notice × who is named, each reason in turn. */
const SCENARIOS: [string, Plan][] = LANGS.flatMap((lang) =>
  MODES.flatMap((mode) =>
    [0, 1, 3].flatMap((slotCount) =>
      NOTICES.flatMap(([notice, options]) =>
        PEOPLE.map((people, i): [string, Plan] => {
          const reason = REASON_KEYS[(slotCount + i * 3) % REASON_KEYS.length] ?? 'offer';
          const base = {
            mode,
            reason,
            reasonText: reason === 'other' || i === 0 ? OWN_WORDS[lang] : undefined,
            slots: SLOTS.slice(0, slotCount),
          };
          const request =
            people === 'only what is required'
              ? minimalRequest(lang, base)
              : fullRequest(lang, {
                  ...base,
                  ...(people === 'no interviewer' && {
                    interviewer: undefined,
                    honorific: undefined,
                  }),
                  ...(people === 'no role' && { role: undefined }),
                  ...(people === 'long names' && LONG),
                });
          const label = `${lang} ${mode} ${reason}, ${slotCount} slots, ${notice}, ${people}`;
          return [label, makePlan(request, options)];
        }),
      ),
    ),
  ),
);

const mustache = (source: string, view: object): string =>
  Mustache.render(source, view, undefined, { escape: (value: unknown) => String(value) });

describe.each(LANGS)('templates/%s compiled', (lang) => {
  const files = templateFiles(lang);
  const compiled = compiledModule(lang);
  const plans = SCENARIOS.filter(([, plan]) => plan.request.lang === lang);

  it('holds exactly the template files on disk', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(Object.keys(compiled).sort()).toEqual(files.map((f) => f.name).sort());
  });

  it.each(files.map((f) => [f.name, f.source] as const))(
    '%s renders as Mustache renders it, in every scenario',
    (name, source) => {
      const render = compiled[name];
      if (!render) throw new Error(`no compiled template ${lang}/${name}`);
      const mismatches = plans.filter(([, plan]) => {
        const view = buildView(plan);
        return render(view) !== mustache(source, view);
      });
      expect(mismatches.map(([label]) => label)).toEqual([]);
      // The scenarios do reach the template's text: not two empty strings agreeing.
      const [, first] = plans[0] ?? [];
      if (first) expect(render(buildView(first)).trim().length).toBeGreaterThan(0);
    },
  );

  it.each(plans)('the messages are the same either way: %s', (_, plan) => {
    const fromSource = loadTemplates(TEMPLATES_ROOT, lang, plan.request.channels);
    const fromBuild: Templates = { lang, byName: compiled };
    expect(renderMessages(plan, fromBuild)).toEqual(renderMessages(plan, fromSource));
  });
});

it('the scenarios cover both modes, 0, 1 and 3 slots, short notice, no interviewer and no role', () => {
  const requests = SCENARIOS.map(([, plan]) => plan.request);
  expect(new Set(requests.map((r) => `${r.lang} ${r.mode} ${r.slots.length}`)).size).toBe(12);
  expect(SCENARIOS.some(([, plan]) => plan.notice.status === 'short')).toBe(true);
  expect(requests.some((r) => r.interviewer === undefined && r.role !== undefined)).toBe(true);
  expect(requests.some((r) => r.role === undefined && r.interviewer !== undefined)).toBe(true);
  expect(new Set(requests.map((r) => r.reason))).toEqual(new Set(REASON_KEYS));
});
