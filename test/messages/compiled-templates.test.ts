import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Mustache from 'mustache';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePlan as planOfRequest } from '../../src/core/plan.js';
import { REASON_KEYS } from '../../src/core/reasons.js';
import { resolveRequest } from '../../src/core/request.js';
import {
  CHANNELS,
  LANGS,
  type Channel,
  type Lang,
  type Mode,
  type Plan,
} from '../../src/core/types.js';
import { loadTemplates } from '../../src/messages/load-templates.js';
import { loadForeignFormat, type ForeignFormat } from '../../src/messages/phone-number.js';
import {
  CHANNEL_TEMPLATES,
  CUTS,
  renderMessages,
  type Templates,
} from '../../src/messages/render.js';
import type { Template } from '../../src/messages/template.js';
import { buildView, type Cut } from '../../src/messages/view.js';
import { GALLERY } from '../../scripts/samples.scenarios.js';
import {
  fullRequest,
  iso,
  planFor,
  minimalRequest,
  NOW_SHORT,
  TEMPLATES_ROOT,
  type PlanOptions,
} from './fixtures.js';

// The build compiles templates/ to dist/templates/<lang>.cjs (the global setup builds
// dist/); running from source renders templates/ with Mustache. Both must give the same
// text for every template file on disk, over the samples gallery and more.

const require = createRequire(import.meta.url);
const compiledModule = (lang: Lang): Record<string, Template> =>
  require(`../../dist/templates/${lang}.cjs`) as Record<string, Template>;

/** Every .mustache file of a language, read from disk: templates are added and renamed. */
function templateFiles(lang: Lang): { name: string; source: string }[] {
  return readdirSync(new URL(`${lang}/`, TEMPLATES_ROOT))
    .filter((file) => file.endsWith('.mustache'))
    .map((file) => ({
      name: file.slice(0, -'.mustache'.length),
      source: readFileSync(new URL(`${lang}/${file}`, TEMPLATES_ROOT), 'utf8'),
    }));
}

/** The samples gallery (docs/samples/), planned the way scripts/samples.ts plans it. */
const CLOCK = { now: new Date('2026-01-01T00:00:00Z'), systemZone: 'Asia/Jakarta' };
const gallery: [string, Plan][] = GALLERY.flatMap(({ lang, mode, scenarios }) =>
  scenarios.map(({ title, answers }): [string, Plan] => {
    const { request, now } = resolveRequest(answers, CLOCK);
    return [`gallery ${lang} ${mode}: ${title}`, planOfRequest(request, now)];
  }),
);

/** More variety: 0, 1 and 3 slots, notice, who is named, each reason in turn. */
const SLOTS = [
  '2026-11-30T09:00:00+07:00',
  '2026-12-01T14:00:00+07:00',
  '2026-12-02T10:00:00+07:00',
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
const variety: [string, Plan][] = LANGS.flatMap((lang) =>
  MODES.flatMap((mode) =>
    [0, 1, 3].flatMap((slotCount) =>
      NOTICES.flatMap(([notice, options]) =>
        PEOPLE.map((people, i): [string, Plan] => {
          const reason = REASON_KEYS[(slotCount + i * 3) % REASON_KEYS.length] ?? 'offer';
          const base = {
            mode,
            reason,
            reasonText: reason === 'other' || i === 0 ? OWN_WORDS[lang] : undefined,
            slots: SLOTS.slice(0, slotCount).map(iso),
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
          return [label, planFor(request, options)];
        }),
      ),
    ),
  ),
);
const SCENARIOS = [...gallery, ...variety];

const mustache = (source: string, view: object): string =>
  Mustache.render(source, view, undefined, { escape: (value: unknown) => String(value) });

/** The channels whose view a template is rendered with (all, for one no channel names). */
const channelsOf = (name: string): Channel[] => {
  const named = CHANNELS.filter((c) => (CHANNEL_TEMPLATES[c] as readonly string[]).includes(name));
  return named.length ? named : [...CHANNELS];
};
/** No cut, then each longer run of the channel's cuts, as the fitting tries them. */
const cutsOf = (channel: Channel): ReadonlySet<Cut>[] => {
  const order: readonly Cut[] = channel in CUTS ? CUTS[channel as keyof typeof CUTS] : [];
  return [new Set<Cut>(), ...order.map((_, i) => new Set(order.slice(0, i + 1)))];
};

const foreign = new Map<Plan, ForeignFormat | undefined>();
beforeAll(async () => {
  for (const [, plan] of SCENARIOS) {
    foreign.set(plan, await loadForeignFormat([plan.request.sender.phone]));
  }
});

describe.each(LANGS)('templates/%s compiled', (lang) => {
  const files = templateFiles(lang);
  const compiled = compiledModule(lang);
  const plans = SCENARIOS.filter(([, plan]) => plan.request.lang === lang);

  it('holds exactly the template files on disk', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(Object.keys(compiled).sort()).toEqual(files.map((f) => f.name).sort());
  });

  it.each(files.map((f) => [f.name, f.source] as const))(
    '%s renders as Mustache renders it, in every scenario, channel and cut',
    (name, source) => {
      const render = compiled[name];
      if (!render) throw new Error(`no compiled template ${lang}/${name}`);
      const mismatches: string[] = [];
      let nonEmpty = 0;
      for (const [label, plan] of plans) {
        for (const channel of channelsOf(name)) {
          for (const cuts of cutsOf(channel)) {
            const view = buildView(plan, channel, { cuts, foreignPhone: foreign.get(plan) });
            const text = render(view);
            if (text !== mustache(source, view)) mismatches.push(`${label}, ${channel}`);
            if (text.trim()) nonEmpty++;
          }
        }
      }
      expect(mismatches).toEqual([]);
      // The scenarios do reach the template's text: not two empty strings agreeing.
      expect(nonEmpty).toBeGreaterThan(0);
    },
  );

  it.each(plans)('the messages are the same either way: %s', (_, plan) => {
    const options = { foreignPhone: foreign.get(plan) };
    const fromSource = loadTemplates(TEMPLATES_ROOT, lang, plan.request.channels);
    const fromBuild: Templates = { lang, byName: compiled };
    expect(renderMessages(plan, fromBuild, options)).toEqual(
      renderMessages(plan, fromSource, options),
    );
  });
});

it('the scenarios cover the gallery, both modes, 0, 1 and 3 slots, short notice, no interviewer and no role', () => {
  const requests = SCENARIOS.map(([, plan]) => plan.request);
  expect(gallery.length).toBe(GALLERY.flatMap((g) => g.scenarios).length);
  const covered = new Set(requests.map((r) => `${r.lang} ${r.mode} ${r.slots.length}`));
  const wanted = LANGS.flatMap((l) => MODES.flatMap((m) => [0, 1, 3].map((n) => `${l} ${m} ${n}`)));
  expect(wanted.filter((combination) => !covered.has(combination))).toEqual([]);
  expect(SCENARIOS.some(([, plan]) => plan.notice.status === 'short')).toBe(true);
  expect(requests.some((r) => r.interviewer === undefined && r.role !== undefined)).toBe(true);
  expect(requests.some((r) => r.role === undefined && r.interviewer !== undefined)).toBe(true);
  expect(new Set(requests.map((r) => r.reason))).toEqual(new Set(REASON_KEYS));
});
