import { REASON_KEYS } from '../../src/core/reasons.js';
import type { Answers, Channel, Lang, Message, Mode } from '../../src/core/types.js';
import { LANGS } from '../../src/core/types.js';
import { BASE, LONG, messagesOf, MINIMAL, NOW, SLOTS, WRITE_FIRST } from './scenarios.js';

const OWN: Record<Lang, string> = {
  id: 'saya mohon pengertiannya',
  en: 'I hope you understand',
};

const NOTICES: Record<string, Answers> = {
  ok: { now: NOW.ok },
  'call later': { now: NOW.callLater },
  short: { now: NOW.short },
  'same day': { now: NOW.sameDay },
  'write first': WRITE_FIRST,
};
const DETAILS: Record<string, Answers> = { full: {}, minimal: MINIMAL, long: LONG };

/** One rendered case of the sweep. */
export interface Case {
  label: string;
  lang: Lang;
  mode: Mode;
  /** Every answer, the base ones included. */
  answers: Answers;
  slots: number;
  /** Long names: "typical input" limits (two SMS segments) do not apply. */
  long: boolean;
  messages: Record<Channel, Message>;
}

/**
 * Every language × mode × reason × notice × detail level, and for a reschedule 0, 1 and 3
 * proposed times: the cases a rule is swept over.
 */
export async function sweep(): Promise<Case[]> {
  const cases: Promise<Case>[] = [];
  for (const lang of LANGS) {
    for (const mode of ['cancel', 'reschedule'] as const) {
      for (const reason of REASON_KEYS) {
        for (const [notice, when] of Object.entries(NOTICES)) {
          for (const [detail, more] of Object.entries(DETAILS)) {
            for (const slots of mode === 'cancel' ? [0] : [0, 1, 3]) {
              const answers: Answers = {
                mode,
                reason,
                reasonText: reason === 'other' ? OWN[lang] : undefined,
                slots: SLOTS.slice(0, slots),
                ...when,
                ...more,
              };
              const label = `${lang} ${mode} ${reason} ${notice} ${detail} ${slots} slot(s)`;
              cases.push(
                messagesOf(lang, answers).then((messages) => ({
                  label,
                  lang,
                  mode,
                  answers: { ...BASE[lang], ...answers },
                  slots,
                  long: detail === 'long',
                  messages,
                })),
              );
            }
          }
        }
      }
    }
  }
  return Promise.all(cases);
}

let cached: Promise<Case[]> | undefined;
/** The sweep, rendered once per test file. */
export const allCases = (): Promise<Case[]> => (cached ??= sweep());

/** The labels of the cases where `broken` says something, with what it says. */
export async function violations(
  lang: Lang,
  broken: (c: Case) => string | boolean | undefined,
): Promise<string[]> {
  const out: string[] = [];
  for (const c of await allCases()) {
    if (c.lang !== lang) continue;
    const problem = broken(c);
    if (problem) out.push(problem === true ? c.label : `${c.label}: ${problem}`);
  }
  return out;
}
