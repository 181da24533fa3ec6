import type { DateTime } from 'luxon';
import { UsageError } from './errors.js';
import {
  checkChoice,
  checkEmail,
  checkLine,
  checkPhone,
  MAX_NAME,
  MAX_REASON_TEXT,
} from './fields.js';
import { problemText, type Checked } from './problems.js';
import { REASON_KEYS, REASONS } from './reasons.js';
import { parseWhen, parseZone } from './time.js';
import {
  CHANNELS,
  FORMATS,
  HONORIFICS,
  LANGS,
  type Answers,
  type Channel,
  type Format,
  type Honorific,
  type Mode,
  type Request,
  type Zone,
} from './types.js';

/** The real world as core needs it: the clock and the system's zone. */
export interface Clock {
  now: DateTime;
  systemZone: string;
}

/** The flag each answer comes from, for error messages. */
export const FLAG_OF: Readonly<Record<keyof Answers, string>> = {
  lang: '--lang',
  company: '--company',
  role: '--role',
  interviewer: '--interviewer',
  honorific: '--honorific',
  at: '--at',
  tz: '--tz',
  now: '--now',
  reason: '--reason',
  reasonText: '--reason-text',
  mode: '--sure or --reschedule',
  slots: '--slot',
  name: '--name',
  phone: '--phone',
  email: '--email',
  to: '--to',
  recruiterPhone: '--recruiter-phone',
  channels: '--channel',
  format: '--format',
};

const REQUIRED = ['company', 'at', 'reason', 'name', 'mode'] as const;
export const MAX_SLOTS = 3;

const HONORIFIC_ALIASES: Readonly<Record<string, Honorific>> = {
  pak: 'bapak',
  bu: 'ibu',
  mr: 'bapak',
  ms: 'ibu',
  mrs: 'ibu',
};

/** The flags of every required answer that is missing, in a stable order. */
export function missingFlags(answers: Answers): string[] {
  const missing = REQUIRED.filter((key) => !answers[key]?.toString().trim()).map((k) => FLAG_OF[k]);
  if (answers.reason === 'other' && !answers.reasonText?.trim()) missing.push('--reason-text');
  return missing;
}

function take<T>(field: keyof Answers, checked: Checked<T>): T {
  if (checked.ok) return checked.value;
  throw new UsageError(`${FLAG_OF[field]}: ${problemText(checked.problem, 'en')}`);
}

function optional<T>(
  field: keyof Answers,
  value: string | undefined,
  check: (v: string) => Checked<T>,
): T | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return take(field, check(value));
}

/** The interview's zone: a zone in `--at` wins, then `--tz`, then the system zone. */
export function interviewZone(answers: Answers, clock: Clock): Zone {
  if (answers.tz?.trim()) return take('tz', parseZone(answers.tz.trim()));
  return take('tz', parseZone(clock.systemZone));
}

/** The interview as typed: its instant, its zone, and the effective "now". */
export interface InterviewTime {
  at: DateTime;
  zone: Zone;
  /** `--now` (read in the interview's zone) or the clock. */
  now: DateTime;
}

/** `--now` read in `zone`, or the clock. A bad `--now` is a usage error: no question asks for it. */
export function effectiveNow(answers: Answers, zone: Zone, clock: Clock): DateTime {
  if (!answers.now?.trim()) return clock.now;
  return take('now', parseWhen(answers.now, zone, clock.now)).at;
}

/**
 * Reads an interview date-time: a zone written in the text wins over `--tz`
 * and the system zone, and `besok` counts from the effective now in that zone.
 */
export function readInterview(
  text: string,
  answers: Answers,
  clock: Clock,
): Checked<InterviewTime> {
  let zone = interviewZone(answers, clock);
  const first = parseWhen(text, zone, clock.now);
  if (!first.ok) return first;
  if (first.value.zone) zone = first.value.zone;
  const now = effectiveNow(answers, zone, clock);
  const parsed = parseWhen(text, zone, now);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { at: parsed.value.at, zone, now } };
}

/** Reads the delivery format; text when none is given. */
export function parseFormat(value: string | undefined): Format {
  return value?.trim() ? take('format', checkChoice(value, FORMATS)) : 'text';
}

/** The channel a delivery format carries, when it carries only one. */
const FORMAT_CHANNEL: Partial<Record<Format, Channel>> = {
  eml: 'email',
  mailto: 'email',
  wa: 'sms',
};

/**
 * Reads the channel list: known names, in the article's order, no repeats. By default
 * every channel; a reschedule leaves out LinkedIn (a connection note reads as goodbye).
 */
export function parseChannels(list: string | undefined, mode: Mode = 'cancel'): Channel[] {
  if (!list?.trim()) return CHANNELS.filter((c) => mode === 'cancel' || c !== 'linkedin');
  const wanted = list.split(',').map((c) => c.trim().toLowerCase());
  for (const name of wanted) take('channels', checkChoice(name, CHANNELS));
  return CHANNELS.filter((c) => wanted.includes(c));
}

/**
 * Checks every answer and parses times: the `Request` everything downstream
 * trusts, and the effective "now" (`--now` or the clock). Throws `UsageError`.
 */
export function resolveRequest(
  answers: Answers,
  clock: Clock,
): { request: Request; now: DateTime } {
  const missing = missingFlags(answers);
  if (missing.length) {
    throw new UsageError(
      `missing ${missing.join(', ')}`,
      'give them as flags, or run in a terminal without --yes to be asked',
    );
  }
  const lang = answers.lang ? take('lang', checkChoice(answers.lang, LANGS)) : 'id';
  const format = parseFormat(answers.format);
  const mode = answers.mode ?? 'cancel';
  const channels = parseChannels(answers.channels, mode);

  const { at, zone, now } = take('at', readInterview(answers.at ?? '', answers, clock));

  const reason = take('reason', checkChoice(answers.reason ?? '', REASON_KEYS));
  const slots = (answers.slots ?? []).map((s) => take('slots', parseWhen(s, zone, now)).at);
  if (slots.length && mode !== 'reschedule') {
    throw new UsageError('--slot goes with --reschedule', 'drop --slot, or add --reschedule');
  }
  if (slots.length > MAX_SLOTS) {
    throw new UsageError(`--slot: propose at most ${MAX_SLOTS} times`, 'keep the best three');
  }
  if (slots.some((s) => s <= now)) {
    throw new UsageError(`--slot: ${problemText({ code: 'slot-before-now' }, 'en')}`);
  }

  const honorific = optional('honorific', answers.honorific, (v) => {
    const alias = HONORIFIC_ALIASES[v.trim().toLowerCase()];
    return alias ? { ok: true, value: alias } : checkChoice(v, HONORIFICS);
  });
  const line = (max: number) => (v: string) => checkLine(v, max);
  const request: Request = {
    lang,
    mode,
    company: take('company', checkLine(answers.company ?? '', MAX_NAME)),
    role: optional('role', answers.role, line(MAX_NAME)),
    interviewer: optional('interviewer', answers.interviewer, line(MAX_NAME)),
    honorific,
    at,
    zone,
    reason,
    reasonText: optional('reasonText', answers.reasonText, line(MAX_REASON_TEXT)),
    slots,
    sender: {
      name: take('name', checkLine(answers.name ?? '', MAX_NAME)),
      phone: optional('phone', answers.phone, checkPhone),
      email: optional('email', answers.email, checkEmail),
    },
    recruiter: {
      email: optional('to', answers.to, checkEmail),
      phone: optional('recruiterPhone', answers.recruiterPhone, checkPhone),
    },
    channels,
    format,
  };
  if (REASONS[reason].needsText && !request.reasonText) {
    throw new UsageError('--reason other needs --reason-text', 'say it in one sentence');
  }
  const only = FORMAT_CHANNEL[format];
  if (only) {
    if (answers.channels && !channels.includes(only)) {
      throw new UsageError(
        `--format ${format} carries the ${only} message`,
        `add ${only} to --channel`,
      );
    }
    request.channels = [only];
  }
  if (format === 'eml' && !request.recruiter.email) {
    throw new UsageError(
      "--format eml needs --to (the recruiter's email address)",
      'add --to hr@company.co.id',
    );
  }
  return { request, now };
}
