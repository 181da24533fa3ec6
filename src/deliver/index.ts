import type { ColourLevel } from '../colour.js';
import type { Channel, Message, Plan } from '../core/types.js';
import { toJson } from './json.js';
import { toText } from './text.js';

export interface OutputOptions {
  colour: ColourLevel;
}

function pick(messages: Message[], channel: Channel): Message {
  const message = messages.find((m) => m.channel === channel);
  if (!message) throw new Error(`no ${channel} message was rendered`);
  return message;
}

/** The product in the requested format, as one string ready for stdout or the clipboard. */
export async function formatOutput(
  plan: Plan,
  messages: Message[],
  options: OutputOptions,
): Promise<string> {
  const { request } = plan;
  switch (request.format) {
    case 'text':
      return toText(plan, messages, options.colour);
    case 'json':
      return toJson(plan, messages);
    case 'eml': {
      const { toEml } = await import('./eml.js');
      const email = pick(messages, 'email');
      const { name, email: address } = request.sender;
      return toEml({
        subject: email.subject ?? '',
        body: email.body,
        to: request.recruiter.email ?? '',
        from: address ? { name, address } : undefined,
        date: new Date(plan.now.getTime()),
      });
    }
    case 'mailto': {
      const { toMailto } = await import('./mailto.js');
      const email = pick(messages, 'email');
      return `${toMailto(request.recruiter.email, email.subject ?? '', email.body)}\n`;
    }
    case 'wa': {
      const { toWaLink } = await import('./wa.js');
      return `${toWaLink(request.recruiter.phone, pick(messages, 'sms').body)}\n`;
    }
  }
}
