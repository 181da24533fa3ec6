import { gateDefault } from '../core/gate.js';
import type { Checked } from '../core/problems.js';
import { REASON_KEYS } from '../core/reasons.js';
import { MAX_SLOTS, type Slot } from '../core/slots.js';
import {
  DEFAULT_LANG,
  LANGS,
  type Honorific,
  type Lang,
  type Mode,
  type ReasonKey,
  type Verdict,
} from '../core/types.js';
import type { Warning } from '../core/warnings.js';
import { describeAdvice, describeNotice } from '../messages/advice.js';
import { LOCALES } from '../locales/index.js';
import { Interrupted } from '../report.js';
import { validator, type Ask } from './ask.js';

/**
 * "Bahasa / Language": asked before a language is chosen, so it speaks every
 * language, each offered by its own name, and so does its Ctrl+C line; the
 * default language is the default answer.
 */
export async function askLanguage(ask: Ask): Promise<Lang> {
  const langs = LANGS.map((lang) => ({ lang, words: LOCALES[lang].language }));
  try {
    return await ask.choose<Lang>({
      message: langs.map(({ words }) => words.question).join(' / '),
      choices: langs.map(({ lang, words }) => ({ value: lang, name: words.name })),
      default: DEFAULT_LANG,
    });
  } catch (error) {
    throw error instanceof Interrupted ? new Interrupted(undefined, { cause: error }) : error;
  }
}

/**
 * A one-line answer checked by a core checker and returned as the checker
 * cleaned it; an optional question returns `undefined` for an empty answer.
 */
export async function askLine(
  ask: Ask,
  message: string,
  check: (value: string) => Checked<string>,
  optional = false,
): Promise<string | undefined> {
  const answer = await ask.text({
    message: optional ? `${message} ${ask.locale.optional}` : message,
    validate: validator(check, ask.lang, optional),
  });
  if (optional && !answer.trim()) return undefined;
  const checked = check(answer);
  return checked.ok ? checked.value : undefined;
}

/** Bapak, Ibu, or not known (messages then write "Bapak/Ibu"). */
export async function askHonorific(ask: Ask, interviewer: string): Promise<Honorific | undefined> {
  const words = ask.locale.honorific;
  const answer = await ask.choose<Honorific | 'unknown'>({
    message: words.message(interviewer),
    choices: [
      { value: 'bapak', name: words.bapak },
      { value: 'ibu', name: words.ibu },
      { value: 'unknown', name: words.unknown },
    ],
    default: 'unknown',
  });
  return answer === 'unknown' ? undefined : answer;
}

/**
 * A date-time read by `read` (every form `parseWhen` accepts); an unreadable or
 * passed time is re-asked with the reason. Returns the text as typed.
 */
export async function askWhen<T>(
  ask: Ask,
  message: string,
  read: (text: string) => Checked<T>,
): Promise<{ text: string; value: T }> {
  const text = (await ask.text({ message, validate: validator(read, ask.lang) })).trim();
  const again = read(text);
  if (!again.ok) throw new Error('a validated date-time could not be read again');
  return { text, value: again.value };
}

/** The 24-hour verdict and what to do first, as soon as the interview time is known. */
export function showVerdict(ask: Ask, verdict: Verdict): void {
  const colour = verdict.notice.status === 'ok' ? ask.style.ok : ask.style.warn;
  ask.note('');
  ask.note(colour(describeNotice(verdict, ask.lang)));
  ask.note(describeAdvice(verdict, ask.lang));
  ask.note('');
}

/** The eight reasons, in the catalogue's order, with labels in the user's language. */
export function askReason(ask: Ask): Promise<ReasonKey> {
  return ask.choose<ReasonKey>({
    message: ask.locale.reason,
    choices: REASON_KEYS.map((key) => ({ value: key, name: ask.locale.reasons[key] })),
  });
}

type GateAnswer = 'sure' | 'unsure' | 'still-wanted';

/**
 * The reschedule gate: cancel only when the user is 100% sure. When not sure,
 * the article's reason is shown and rescheduling is the default answer.
 * Health and schedule clashes lean to rescheduling from the start.
 */
export async function askGate(ask: Ask, reason: ReasonKey): Promise<Mode> {
  const words = ask.locale.gate;
  const answer = await ask.choose<GateAnswer>({
    message: words.message,
    choices: [
      { value: 'sure', name: words.sure },
      { value: 'unsure', name: words.unsure },
      { value: 'still-wanted', name: words.stillWanted },
    ],
    default: gateDefault(reason) === 'reschedule' ? 'still-wanted' : 'sure',
  });
  if (answer === 'sure') return 'cancel';
  if (answer === 'still-wanted') return 'reschedule';
  ask.note(ask.style.warn(words.why));
  return ask.choose<Mode>({
    message: words.choose,
    choices: [
      { value: 'reschedule', name: words.reschedule },
      { value: 'cancel', name: words.cancel },
    ],
    default: 'reschedule',
  });
}

/**
 * One to three proposed new times, read by core's `readSlot` (refused as the
 * flags are: past, the interview's own time, at night, and a repeat); after the
 * first, an empty answer ends the list. A slot's warnings (weekend, out of
 * hours) are shown once it is accepted. Returns the texts as typed (the
 * request reads them again).
 */
export async function askSlots(
  ask: Ask,
  zoneLabel: string,
  read: (text: string, taken: readonly Date[]) => Checked<Slot>,
  warn: (warning: Warning) => string,
): Promise<string[]> {
  const texts: string[] = [];
  const taken: Date[] = [];
  while (texts.length < MAX_SLOTS) {
    const first = texts.length === 0;
    const text = await ask.text({
      message: ask.locale.slot(texts.length + 1, zoneLabel),
      validate: validator((t) => read(t, taken), ask.lang, !first),
    });
    if (!text.trim()) break;
    const slot = read(text, taken);
    if (!slot.ok) throw new Error('a validated slot could not be read again');
    for (const warning of slot.value.warnings) ask.note(ask.style.warn(warn(warning)));
    texts.push(text.trim());
    taken.push(slot.value.at);
  }
  return texts;
}
