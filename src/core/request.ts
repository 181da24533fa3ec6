import type { DateTime } from 'luxon';
import type { Clock } from './clock.js';
import { channelsFor, needsRecipient, parseFormat } from './delivery.js';
import { InputError } from './errors.js';
import {
  checkChoice,
  checkEmail,
  checkLine,
  checkPhone,
  MAX_NAME,
  MAX_REASON_TEXT,
} from './fields.js';
import { optional, requireAnswers, take } from './flags.js';
import { readInterview } from './interview-time.js';
import { REASON_KEYS } from './reasons.js';
import { readSlots } from './slots.js';
import {
  DEFAULT_LANG,
  HONORIFICS,
  LANGS,
  type Answers,
  type Honorific,
  type Request,
} from './types.js';

const HONORIFIC_ALIASES: Readonly<Record<string, Honorific>> = {
  pak: 'bapak',
  bu: 'ibu',
  mr: 'bapak',
  ms: 'ibu',
  mrs: 'ibu',
};

/**
 * Checks every answer and parses times: the `Request` everything downstream
 * trusts, and the effective "now" (`--now` or the clock). Throws `InputError`.
 */
export function resolveRequest(
  answers: Answers,
  clock: Clock,
): { request: Request; now: DateTime } {
  requireAnswers(answers);
  const lang = answers.lang ? take('lang', checkChoice(answers.lang, LANGS)) : DEFAULT_LANG;
  const format = parseFormat(answers.format);
  const channels = channelsFor(format, answers.channels);

  const interview = take('at', readInterview(answers.at ?? '', answers, clock));
  const { at, zone, now } = interview;

  const reason = take('reason', checkChoice(answers.reason ?? '', REASON_KEYS));
  const mode = answers.mode ?? 'cancel';
  const slots = readSlots(answers.slots ?? [], interview, mode);

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
  if (needsRecipient(format) && !request.recruiter.email) {
    throw new InputError({ code: 'needs-recipient', format });
  }
  return { request, now };
}
