import { Chalk } from 'chalk';
import type { ColourLevel } from '../colour.js';
import type { Message, Plan } from '../core/types.js';
import { LOCALES } from '../locales/index.js';
import { describeAdvice, describeNotice } from '../messages/advice.js';
import { formatWhen } from '../messages/dates.js';

/**
 * The plan as text: the verdict and advice, then each message under a numbered
 * heading in the article's order. With one channel, only that message's body.
 */
export function toText(plan: Plan, messages: Message[], colour: ColourLevel): string {
  const [single] = messages;
  if (messages.length === 1 && single) return `${single.body}\n`;
  const c = new Chalk({ level: colour });
  const { request } = plan;
  const labels = LOCALES[request.lang].plan;
  const status = plan.notice.status === 'ok' ? c.green : c.yellow;
  const lines = [
    c.bold(`${labels.title[request.mode]}: ${request.company}`),
    formatWhen(request.at, request.zone, request.lang),
    '',
    status(describeNotice(plan)),
    describeAdvice(plan),
  ];
  messages.forEach((message, index) => {
    const notes = [
      message.segments !== undefined ? labels.segments(message.segments) : undefined,
      message.limit !== undefined ? labels.characters(message.length, message.limit) : undefined,
    ].filter(Boolean);
    const note = notes.length ? c.dim(` (${notes.join(', ')})`) : '';
    lines.push('', c.bold.cyan(`${index + 1}. ${labels.channel[message.channel]}`) + note);
    if (message.subject !== undefined)
      lines.push(`${c.bold(`${labels.subject}:`)} ${message.subject}`, '');
    lines.push(message.body);
  });
  return `${lines.join('\n')}\n`;
}
