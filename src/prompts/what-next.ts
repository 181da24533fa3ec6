import { checkEmail } from '../core/fields.js';
import type { First, Format, InviteReply, Message, Plan } from '../core/types.js';
import { copyOutput, formatOutput, openLink, saveNew, type OpenProblem } from '../deliver/index.js';
import { displayPhone, type ForeignFormat } from '../messages/phone-number.js';
import type { PromptWords } from '../locales/index.js';
import { makeAsk, type Ask, type PromptIo } from './ask.js';
import { askCopy, terminalOf, type FlowContext } from './flow.js';
import { askLine } from './questions.js';

/** What the user can do once the plan is printed. */
export type NextAction = 'copy' | 'mailto' | 'wa' | 'eml' | 'ics' | 'done';

/** Which actions the rendered messages allow. */
export interface Available {
  /** Any message at all (the copy action). */
  messages: boolean;
  email: boolean;
  sms: boolean;
  /** A calendar reply can be written (`--invite`). */
  ics: boolean;
}

/**
 * The actions in the order of the plan's first step: when calling comes first,
 * copying (the call script) leads; when writing comes first, the email and the
 * text lead and copying follows. "Done" is always last.
 */
export function nextActions(first: First, available: Available): NextAction[] {
  const writing: NextAction[] = [];
  if (available.email) writing.push('mailto');
  if (available.sms) writing.push('wa');
  if (available.email) writing.push('eml');
  if (available.ics) writing.push('ics');
  const copying: NextAction[] = available.messages ? ['copy'] : [];
  return [...(first === 'call' ? [...copying, ...writing] : [...writing, ...copying]), 'done'];
}

/** The flow's context and stdout, which the clipboard's io names (a copy never prints there). */
export interface WhatNextContext extends FlowContext {
  io: PromptIo & { stdout: NodeJS.WritableStream };
}

export interface WhatNextOptions {
  /** The invitation answered (`--invite`): the calendar reply, and the .eml carries it. */
  invite?: InviteReply;
  /** Groups a foreign recruiter number (`loadForeignFormat`), as the plan shows it. */
  foreignPhone?: ForeignFormat;
  /** Where saved files go: the current directory. */
  cwd?: string;
}

/** What the loop keeps between actions: an address typed for the .eml file serves mailto too. */
interface State {
  to?: string;
}

function label(
  action: NextAction,
  plan: Plan,
  state: State,
  words: PromptWords['whatNext'],
  foreign?: ForeignFormat,
): string {
  const { recruiter, lang } = plan.request;
  switch (action) {
    case 'copy':
      return words.copy;
    case 'mailto':
      return words.mailto(state.to ?? '');
    case 'wa':
      return words.wa(recruiter.phone ? displayPhone(recruiter.phone, lang, foreign) : '');
    case 'eml':
      return words.eml;
    case 'ics':
      return words.ics;
    case 'done':
      return words.done;
  }
}

/** The plan in another format (a link or an email), built by the same code as `--format`. */
async function render(
  plan: Plan,
  messages: Message[],
  format: Format,
  options: { to?: string; invite?: InviteReply } = {},
) {
  const { to, invite } = options;
  const recruiter = { ...plan.request.recruiter, ...(to ? { email: to } : {}) };
  const request = { ...plan.request, format, recruiter };
  return formatOutput({ ...plan, request }, messages, { colour: 0, invite });
}

function cause(problem: OpenProblem, words: PromptWords['whatNext']): string {
  switch (problem.code) {
    case 'no-display':
      return words.noDisplay;
    case 'remote':
      return words.remote;
    case 'failed':
      return words.openerFailed(problem.detail);
  }
}

/** Opens a link; when nothing can open it, the link itself goes to the terminal. */
async function openOrPrint(ask: Ask, ctx: WhatNextContext, link: string, opening: string) {
  const words = ask.locale.whatNext;
  const result = await openLink(link, { env: ctx.io.env });
  if (result.opened) {
    ask.note(ask.style.dim(opening));
    return;
  }
  ask.note(ask.style.warn(words.notOpened(cause(result.problem, words))));
  // Plain, on a line of its own: ready to select and paste.
  ask.note(link);
}

/** Saves a new file named after the interview, and says where; a failure is said, not thrown. */
async function save(ask: Ask, plan: Plan, cwd: string, ext: string, content: string) {
  const words = ask.locale.whatNext;
  try {
    const path = await saveNew(cwd, [words.fileName, plan.request.company], ext, content);
    ask.note(words.saved(path));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    ask.note(ask.style.warn(words.saveFailed(reason)));
  }
}

/** Carries out one action; false when the user backed out and nothing was done. */
async function perform(
  action: Exclude<NextAction, 'done'>,
  plan: Plan,
  messages: Message[],
  ctx: WhatNextContext & {
    ask: Ask;
    state: State;
    cwd: string;
    preferred?: Message['channel'];
    invite?: InviteReply;
  },
): Promise<boolean> {
  const { ask, state } = ctx;
  const words = ask.locale.whatNext;
  switch (action) {
    case 'copy': {
      const text = await askCopy(plan, messages, ctx, ctx.preferred);
      if (text === undefined) return false;
      const { env, stdout, stderr } = ctx.io;
      const { lang } = plan.request;
      // The plan is on stdout already: without a clipboard the text is shown on the terminal.
      await copyOutput(text, 'auto', { env, stdout, stderr, lang, fallback: 'terminal' });
      return true;
    }
    case 'mailto': {
      const link = (await render(plan, messages, 'mailto', { to: state.to })).trim();
      await openOrPrint(ask, ctx, link, words.openingMail);
      return true;
    }
    case 'wa': {
      const link = (await render(plan, messages, 'wa')).trim();
      await openOrPrint(ask, ctx, link, words.openingWhatsapp);
      return true;
    }
    case 'eml': {
      state.to ??= await askLine(ask, words.toForEml, checkEmail, true);
      if (!state.to) return false;
      const { invite } = ctx;
      const email = await render(plan, messages, 'eml', { to: state.to, invite });
      await save(ask, plan, ctx.cwd, 'eml', email);
      return true;
    }
    case 'ics': {
      const reply = await render(plan, messages, 'ics', { invite: ctx.invite });
      await save(ask, plan, ctx.cwd, 'ics', reply);
      return true;
    }
  }
}

/**
 * "What next?" after the plan is printed (SPEC §10): copy a message, open the
 * email or WhatsApp, save the email or the calendar reply, or finish, in the
 * order of the plan's first step. Asked again after each action,
 * with "done" then the default, so Enter finishes. Ctrl+C rejects with
 * Inquirer's ExitPromptError (exit 130); what was printed stays printed.
 */
export async function askWhatNext(
  plan: Plan,
  messages: Message[],
  ctx: WhatNextContext,
  options: WhatNextOptions = {},
): Promise<void> {
  const ask = makeAsk(terminalOf(ctx), plan.request.lang);
  const state: State = { to: plan.request.recruiter.email };
  const has = (channel: Message['channel']) => messages.some((m) => m.channel === channel);
  const { first } = plan;
  // The calendar reply's comment is the text message: without it there is no reply to write.
  const invite = has('sms') ? options.invite : undefined;
  const actions = nextActions(first, {
    messages: messages.length > 0,
    email: has('email'),
    sms: has('sms'),
    ics: invite !== undefined,
  });
  // The message to copy first: the call script when calling comes first, else the email.
  const preferred = first === 'write' && has('email') ? 'email' : messages[0]?.channel;
  const run = { ...ctx, ask, state, preferred, invite, cwd: options.cwd ?? process.cwd() };
  let acted = false;
  for (;;) {
    const action: NextAction = await ask.choose<NextAction>({
      message: ask.locale.whatNext.message,
      choices: actions.map((value) => ({
        value,
        name: label(value, plan, state, ask.locale.whatNext, options.foreignPhone),
      })),
      default: acted ? 'done' : actions[0],
    });
    if (action === 'done') return;
    acted = (await perform(action, plan, messages, run)) || acted;
  }
}
