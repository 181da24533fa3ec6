import type { TZDate } from '@date-fns/tz';
import type { Clock } from './clock.js';
import { channelsFor, checkFormat, needsRecipient, needsSenderEmail } from './delivery.js';
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
import type { Warning } from './warnings.js';

const HONORIFIC_ALIASES: Readonly<Record<string, Honorific>> = {
  pak: 'bapak',
  bu: 'ibu',
  mr: 'bapak',
  ms: 'ibu',
  mrs: 'ibu',
};

/** A checked request, the effective "now", and what the user should be told. */
export interface Resolved {
  request: Request;
  /** `--now` or the clock, in the interview's zone. */
  now: TZDate;
  /** Warnings to show on stderr (one line each), in the request's language. */
  warnings: Warning[];
}

/**
 * Checks every answer and parses times: the `Request` everything downstream
 * trusts, the effective "now" (`--now` or the clock), and warnings (a time that
 * happens twice, a slot at an odd hour). Throws `InputError`.
 */
export function resolveRequest(answers: Answers, clock: Clock): Resolved {
  requireAnswers(answers);
  const lang = answers.lang ? take('lang', checkChoice(answers.lang, LANGS)) : DEFAULT_LANG;
  const format = checkFormat(answers);
  const mode = answers.mode ?? 'cancel';
  const invite = Boolean(answers.invite?.trim());
  const channels = channelsFor(format, answers.channels, invite, mode);

  const interview = take('at', readInterview(answers.at ?? '', answers, clock));
  const { at, zone, now } = interview;

  const reason = take('reason', checkChoice(answers.reason ?? '', REASON_KEYS));
  const { slots, warnings } = readSlots(answers.slots ?? [], interview, mode);
  if (interview.ambiguous) {
    warnings.unshift({ code: 'ambiguous-time', field: 'at', ambiguity: interview.ambiguous });
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
  if (needsRecipient(format) && !request.recruiter.email) {
    throw new InputError({ code: 'needs-recipient', format });
  }
  if (needsSenderEmail(format, answers.invite) && !request.sender.email) {
    throw new InputError({ code: 'needs-sender-email', format });
  }
  return { request, now, warnings };
}
