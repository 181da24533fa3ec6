import type { Clock } from '../core/clock.js';
import { effectiveNow, fallbackZone } from '../core/interview-time.js';
import type { Checked } from '../core/problems.js';
import { LOCALES, sayProblem } from '../locales/index.js';
import { parseWhen } from '../core/time.js';
import type { Answers, Zone } from '../core/types.js';
import { parseZone, systemZone } from '../core/zone.js';
import { zoneLabel } from '../messages/dates.js';
import { validator, type Ask } from './ask.js';
import { askWhen } from './questions.js';
import { readFutureInterview, type FutureInterview } from './times.js';

/** Indonesia's zones: a computer set to one of them answers the zone question itself. */
export const INDONESIAN_ZONES: readonly string[] = [
  'Asia/Jakarta',
  'Asia/Pontianak',
  'Asia/Makassar',
  'Asia/Jayapura',
];

const OTHER = 'other';
// Reads the form of a time whose zone is still to be asked; the instant is read again after.
const PROVISIONAL: Zone = { id: 'UTC' };

/** The computer's zone when it can be read (core's reading of `TZ`), else undefined. */
export function readableZone(reported: string | undefined): string | undefined {
  return systemZone(reported)?.id;
}

/** Whether an IANA zone is one of Indonesia's, under any of its names ("Asia/Ujung_Pandang"). */
function isIndonesian(id: string): boolean {
  const canonical = new Intl.DateTimeFormat('en-US', { timeZone: id }).resolvedOptions().timeZone;
  return INDONESIAN_ZONES.includes(canonical);
}

/**
 * Whether the interview's zone must be asked (SPEC §2): `--tz` is absent and the
 * computer's zone is not one of Indonesia's, or cannot be read. A zone written
 * in the date itself still answers it; `zoneInText` tells.
 */
export function zoneUnknown(answers: Answers, systemZone: string | undefined): boolean {
  if (answers.tz?.trim()) return false;
  const zone = readableZone(systemZone);
  return !zone || !isIndonesian(zone);
}

/** Whether a date-time text carries its own zone ("besok 10.00 WITA", "…+08:00"). */
export function zoneInText(text: string, clock: Clock): boolean {
  const parsed = parseWhen(text, PROVISIONAL, clock.now);
  return parsed.ok && parsed.value.zone !== undefined;
}

/**
 * The interview's zone: WIB, WITA and WIT first, then the computer's own zone
 * when it can be read, then any IANA name or offset typed in. Returns a zone
 * token core reads (`--tz`'s forms).
 */
export async function askZone(ask: Ask, systemZone: string | undefined): Promise<string> {
  const words = ask.locale.zone;
  const system = readableZone(systemZone);
  const chosen = await ask.choose<string>({
    message: words.message(system ?? ''),
    choices: [
      { value: 'Asia/Jakarta', name: words.wib, short: 'WIB' },
      { value: 'Asia/Makassar', name: words.wita, short: 'WITA' },
      { value: 'Asia/Jayapura', name: words.wit, short: 'WIT' },
      ...(system ? [{ value: system, name: words.system(system), short: system }] : []),
      { value: OTHER, name: words.other },
    ],
    default: 'Asia/Jakarta',
  });
  if (chosen !== OTHER) return chosen;
  const read = (value: string) => parseZone(value.trim());
  const typed = await ask.text({
    message: words.otherMessage,
    validate: validator(read, ask.lang),
  });
  const parsed = read(typed);
  if (!parsed.ok) throw new Error('a validated zone could not be read again');
  return parsed.value.id;
}

/** The interview time with what was asked for it: the text typed, the zone chosen. */
export interface InterviewAnswer {
  /** The interview and its verdict. */
  read: FutureInterview;
  /** The date as typed, when it was asked. */
  at?: string;
  /** The zone chosen, when it was asked (`--tz` from then on). */
  tz?: string;
  /** Whether a question was asked (the verdict follows it at once). */
  asked: boolean;
}

/**
 * The interview's date and time, from `--at` (through `fromFlag`, which notes a
 * value it cannot use) or asked; then its zone, when neither the date nor the
 * computer gives one (SPEC §2: never a silent UTC). A time that turns out to
 * have passed in the chosen zone is asked again.
 */
export async function askInterviewTime(
  ask: Ask,
  answers: Answers,
  clock: Clock,
  fromFlag: <T>(check: (text: string) => Checked<T>) => T | undefined,
): Promise<InterviewAnswer> {
  const readIn = (given: Answers) => (text: string) => readFutureInterview(text, given, clock);
  const askIn = async (given: Answers, message: string) => {
    const typed = await askWhen(ask, message, readIn(given));
    return { read: typed.value, at: typed.text, asked: true };
  };
  const labelled = (given: Answers) => {
    // Known here: --tz, the zone just chosen, or an Indonesian system zone.
    const zone = fallbackZone(given, clock) ?? PROVISIONAL;
    return ask.locale.at(zoneLabel(zone, effectiveNow(given, zone, clock)));
  };

  if (!zoneUnknown(answers, clock.systemZone)) {
    const flagged = fromFlag(readIn(answers));
    return flagged ? { read: flagged, asked: false } : askIn(answers, labelled(answers));
  }

  // A time with its own zone is read whole; one without is only checked for its form here.
  const provisional: Answers = { ...answers, tz: PROVISIONAL.id };
  const readFirst = (text: string): Checked<unknown> =>
    zoneInText(text, clock) ? readIn(provisional)(text) : parseWhen(text, PROVISIONAL, clock.now);
  const flagged = answers.at !== undefined && fromFlag(readFirst) !== undefined;
  const first = flagged
    ? { at: answers.at ?? '', asked: false }
    : { at: (await askWhen(ask, ask.locale.zone.at, readFirst)).text, asked: true };
  if (zoneInText(first.at, clock)) {
    const read = readIn(provisional)(first.at);
    if (!read.ok) throw new Error('a validated date-time could not be read again');
    return { read: read.value, ...(first.asked && { at: first.at }), asked: first.asked };
  }

  const tz = await askZone(ask, clock.systemZone);
  const zoned: Answers = { ...answers, tz };
  const read = readIn(zoned)(first.at);
  if (read.ok) return { read: read.value, at: first.at, tz, asked: true };
  // Passed, in the zone now known: say why, and ask for the date again.
  const why = sayProblem(read.problem, LOCALES[ask.lang]);
  ask.note(ask.style.warn(flagged ? ask.locale.flagRefused('--at', why) : why));
  return { ...(await askIn(zoned, labelled(zoned))), tz };
}
