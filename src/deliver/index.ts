import type { ColourLevel } from '../colour.js';
import { lineProblem } from '../core/fields.js';
import type { Channel, InviteReply, Message, Plan } from '../core/types.js';
import type { ForeignFormat } from '../messages/phone-number.js';
import { toJson } from './json.js';

export interface OutputOptions {
  colour: ColourLevel;
  /** The invitation being answered (`--invite`): ics replies to it, eml carries the reply. */
  invite?: InviteReply;
  /** Groups a foreign recruiter number in the text plan (`loadForeignFormat`). */
  foreignPhone?: ForeignFormat;
}

function pick(messages: Message[], channel: Channel): Message {
  const message = messages.find((m) => m.channel === channel);
  if (!message) throw new Error(`no ${channel} message was rendered`);
  return message;
}

/** The iTIP reply to the invitation, its comment the short text message. */
async function calendarReply(plan: Plan, messages: Message[], invite: InviteReply) {
  const { replyOf, toIcs } = await import('./ics.js');
  const reply = replyOf(plan, invite, pick(messages, 'sms').body);
  return { method: reply.method, content: toIcs(reply) };
}

/** "Re: <the invitation email's subject>", so that mail clients thread the reply; else `own`. */
function threadSubject(invite: InviteReply | undefined, own: string): string {
  const original = invite?.subject?.trim();
  // Control characters, or decoded text shaped like an encoded-word (read again by the
  // recipient's mail program): the message keeps its own subject.
  if (!original || lineProblem(original)) return own;
  return /^re:/i.test(original) ? original : `Re: ${original}`;
}

// What the user may ask for after the plan: loaded only then, never on a render's path.
/** Copies to the clipboard, or prints with a warning (clipboard.ts). */
export const copyOutput: typeof import('./clipboard.js').copyOutput = async (...args) =>
  (await import('./clipboard.js')).copyOutput(...args);
/** Hands a link to the desktop's opener, or says why not (opener.ts). */
export const openLink: typeof import('./opener.js').openLink = async (...args) =>
  (await import('./opener.js')).openLink(...args);
export type { OpenProblem } from './opener.js';
/** Writes a new file, never over an existing one (save-file.ts). */
export const saveNew = async (...args: Parameters<typeof import('./save-file.js').saveNew>) =>
  (await import('./save-file.js')).saveNew(...args);

/** The product in the requested format, as one string ready for stdout or the clipboard. */
export async function formatOutput(
  plan: Plan,
  messages: Message[],
  options: OutputOptions,
): Promise<string> {
  const { request } = plan;
  switch (request.format) {
    case 'text': {
      const { toText } = await import('./text.js');
      return toText(plan, messages, options.colour, options.foreignPhone);
    }
    case 'json':
      return toJson(plan, messages);
    case 'eml': {
      const { toEml } = await import('./eml.js');
      const email = pick(messages, 'email');
      const { name, email: address } = request.sender;
      const { invite } = options;
      return toEml({
        subject: threadSubject(invite, email.subject ?? ''),
        body: email.body,
        to: request.recruiter.email ?? '',
        from: address ? { name, address } : undefined,
        date: new Date(plan.now.getTime()),
        ...(invite ? { calendar: await calendarReply(plan, messages, invite) } : {}),
        inReplyTo: invite?.messageId,
      });
    }
    case 'ics': {
      // Core refuses --format ics without --invite before anything is asked.
      if (!options.invite) throw new Error('--format ics reached delivery without an invitation');
      return (await calendarReply(plan, messages, options.invite)).content;
    }
    case 'mailto': {
      const { toMailto } = await import('./mailto.js');
      const email = pick(messages, 'email');
      return `${toMailto(request.recruiter.email, email.subject ?? '', email.body)}\n`;
    }
    case 'wa': {
      const { toWaLink } = await import('./wa.js');
      const text = pick(messages, 'sms');
      return `${toWaLink(request.recruiter.phone, text.full ?? text.body)}\n`;
    }
  }
}
