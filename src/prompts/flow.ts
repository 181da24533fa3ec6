import { colourLevel } from '../colour.js';
import {
  checkChoice,
  checkEmail,
  checkLine,
  checkPhone,
  MAX_NAME,
  MAX_REASON_TEXT,
} from '../core/fields.js';
import type { ProfileKey } from '../core/profile.js';
import type { Checked } from '../core/problems.js';
import { REASON_KEYS, REASONS } from '../core/reasons.js';
import type { Clock } from '../core/clock.js';
import { needsRecipient, needsSenderEmail, parseChannels, parseFormat } from '../core/delivery.js';
import { FLAG_OF, take, type FlagAnswer } from '../core/flags.js';
import { parseWhen } from '../core/time.js';
import { effectiveNow, fallbackZone } from '../core/interview-time.js';
import { readSlot } from '../core/slots.js';
import {
  LANGS,
  type Answers,
  type Channel,
  type Lang,
  type Message,
  type Plan,
  type Verdict,
} from '../core/types.js';
import type { Warning } from '../core/warnings.js';
import { zoneLabel } from '../messages/dates.js';
import { warningText } from '../messages/warnings.js';
import { LOCALES, sayProblem } from '../locales/index.js';
import { makeAsk, type Ask, type PromptIo, type Terminal } from './ask.js';
import {
  askGate,
  askHonorific,
  askLanguage,
  askLine,
  askReason,
  askSlots,
  showVerdict,
} from './questions.js';
import { takenFromProfile } from './profile.js';
import { askInterviewTime } from './zone.js';

/** What the flow needs from the caller: the clock, stdin, stderr, the environment and `--no-color`. */
export interface FlowContext {
  clock: Clock;
  io: PromptIo;
  color: boolean;
  /** The answers the saved profile gave, and where it is: said once, not asked. */
  profile?: { keys: ProfileKey[]; path: string };
  /** The line that says what an invitation answered, in the chosen language. */
  takenNote?: (lang: Lang) => string | undefined;
}

/** The terminal the questions are asked on: stdin, and stderr for everything drawn. */
export function terminalOf(ctx: FlowContext): Terminal {
  return {
    input: ctx.io.stdin,
    output: ctx.io.stderr,
    colour: colourLevel(ctx.io.stderr, ctx.io.env, ctx.color),
  };
}

/** A flag's value when it passes `check`; otherwise a note says why and the question is asked. */
function usable<T>(
  ask: Ask | undefined,
  field: FlagAnswer,
  value: string | undefined,
  check: (v: string) => Checked<T>,
): T | undefined {
  if (value === undefined || !value.trim()) return undefined;
  const checked = check(value);
  if (checked.ok) return checked.value;
  if (ask) {
    const problem = sayProblem(checked.problem, LOCALES[ask.lang]);
    ask.note(ask.locale.flagRefused(FLAG_OF[field], problem));
  }
  return undefined;
}

/** A flag given as an empty string. */
const isEmptyFlag = (value: Answers[keyof Answers]) => typeof value === 'string' && !value.trim();

/** Flags without a question of their own must be right before the first question. */
function checkSilentFlags(answers: Answers, clock: Clock): void {
  // Without them there is nothing to check, and reading the clock would start ICU before the first question.
  if (answers.now || answers.tz || answers.at) {
    const zone = fallbackZone(answers, clock);
    // A --now without a zone, when TZ cannot be read, waits for the interview's zone.
    if (zone || !answers.now) effectiveNow(answers, zone, clock);
    else {
      const read = parseWhen(answers.now, zone, clock.now);
      if (!read.ok && read.problem.code !== 'system-zone') take('now', read);
    }
  }
  parseChannels(answers.channels);
  parseFormat(answers.format);
}

/**
 * Asks, on stderr, for every answer the flags left out, in SPEC §2's order, and
 * returns the answers with the mode decided. Ctrl+C rejects with Inquirer's
 * ExitPromptError (exit 130 in main).
 */
export async function askMissing(answers: Answers, ctx: FlowContext): Promise<Answers> {
  checkSilentFlags(answers, ctx.clock);
  const terminal = terminalOf(ctx);
  const out: Answers = { ...answers };

  const lang =
    usable(makeAsk(terminal, 'en'), 'lang', answers.lang, (v) => checkChoice(v, LANGS)) ??
    (await askLanguage(makeAsk(terminal, 'id')));
  out.lang = lang;
  // The verdict is shown as soon as the time is known, but only before a question:
  // when the flags answered everything after the time, the printed plan says it once.
  let verdict: Verdict | undefined;
  const bound = makeAsk(terminal, lang);
  const beforeQuestion = () => {
    if (verdict) showVerdict(bound, verdict);
    verdict = undefined;
  };
  const ask: Ask = {
    ...bound,
    text: (config) => {
      beforeQuestion();
      return bound.text(config);
    },
    choose: (config) => {
      beforeQuestion();
      return bound.choose(config);
    },
  };
  const L = ask.locale;
  if (ctx.profile?.keys.length)
    ask.note(takenFromProfile(ctx.profile.keys, ctx.profile.path, lang));
  const fromInvite = ctx.takenNote?.(lang);
  if (fromInvite) ask.note(fromInvite);
  const name = (v: string) => checkLine(v, MAX_NAME);
  const line = async (field: FlagAnswer, message: string, check: typeof name, optional = false) =>
    // An optional flag given empty (--interviewer '') is an answer: none.
    optional && isEmptyFlag(answers[field])
      ? undefined
      : (usable(ask, field, answers[field] as string | undefined, check) ??
        askLine(ask, message, check, optional));

  out.company = await line('company', L.company, name);
  out.role = await line('role', L.role, name, true);
  out.interviewer = await line('interviewer', L.interviewer, name, true);
  if (lang === 'id' && out.interviewer && answers.honorific === undefined) {
    out.honorific = await askHonorific(ask, out.interviewer);
  }

  const timed = await askInterviewTime(ask, answers, ctx.clock, (check) =>
    usable(ask, 'at', answers.at, check),
  );
  if (timed.at !== undefined) out.at = timed.at;
  if (timed.tz !== undefined) out.tz = timed.tz;
  const { interview } = timed.read;
  const warn = (w: Warning) => warningText(w, lang, interview.zone);
  if (interview.ambiguous) {
    ask.note(
      ask.style.warn(warn({ code: 'ambiguous-time', field: 'at', ambiguity: interview.ambiguous })),
    );
  }
  verdict = timed.read.verdict;
  if (timed.asked) beforeQuestion();

  const given = usable(ask, 'reason', answers.reason, (v) => checkChoice(v, REASON_KEYS));
  const reason = given ?? (await askReason(ask));
  out.reason = reason;
  const textGiven = answers.reasonText !== undefined;
  const required = REASONS[reason].needsText;
  if (!answers.reasonText?.trim() && (required || (!given && !textGiven))) {
    const reasonLine = (v: string) => checkLine(v, MAX_REASON_TEXT);
    const message = required ? L.reasonText.required : L.reasonText.optional;
    out.reasonText = await askLine(ask, message, reasonLine, !required);
  }

  out.mode = answers.mode ?? (await askGate(ask, reason));
  if (out.mode === 'reschedule' && !answers.slots?.length) {
    const label = zoneLabel(interview.zone, interview.now);
    out.slots = await askSlots(ask, label, (text, taken) => readSlot(text, interview, taken), warn);
  }

  out.name = await line('name', L.name, name);
  out.phone = await line('phone', L.phone, checkPhone, true);
  const emailRequired = needsSenderEmail(parseFormat(answers.format), answers.invite);
  out.email = await line('email', L.email, checkEmail, !emailRequired);
  const toRequired = needsRecipient(parseFormat(answers.format));
  out.to = await line('to', toRequired ? L.toRequired : L.to, checkEmail, !toRequired);
  out.recruiterPhone = await line('recruiterPhone', L.recruiterPhone, checkPhone, true);

  // Optional questions left empty are dropped, so that `...answers` merges stay clean.
  for (const key of Object.keys(out) as (keyof Answers)[]) {
    if (out[key] === undefined) delete out[key];
  }
  return out;
}

/**
 * After the plan is printed: which message to copy to the clipboard, or none
 * (the default, unless `preferred` names a channel). Returns the text to copy;
 * for email, the body only (a mail client has its own subject field, and the
 * plan shows the subject).
 */
export async function askCopy(
  plan: Plan,
  messages: Message[],
  ctx: FlowContext,
  preferred?: Channel,
): Promise<string | undefined> {
  if (!messages.length) return undefined;
  const ask = makeAsk(terminalOf(ctx), plan.request.lang);
  const words = ask.locale.copy;
  const chosen = await ask.choose<Message | undefined>({
    message: words.message,
    choices: [
      ...messages.map((m) => ({ value: m, name: words.channels[m.channel] })),
      { value: undefined, name: words.none },
    ],
    default: messages.find((m) => m.channel === preferred),
  });
  if (!chosen) return undefined;
  if (chosen.subject !== undefined) ask.note(ask.style.dim(words.emailBodyOnly));
  return chosen.body;
}
