import { Chalk } from 'chalk';
import type { ColourLevel } from '../colour.js';
import { inActionOrder } from '../core/plan.js';
import type { Channel, Message, Plan } from '../core/types.js';
import { describeAdvice, describeNotice } from '../messages/advice.js';
import { formatRelative, formatWhen } from '../messages/dates.js';
import { displayPhone, type ForeignFormat } from '../messages/phone-number.js';
import { LOCALES } from '../locales/index.js';

/** "Email — kirim sekarang", "Telepon — besok pukul 09.00 WIB": the channel and when to send it. */
export function heading(plan: Plan, channel: Channel): string {
  const { lang, zone } = plan.request;
  const labels = LOCALES[lang].plan;
  const { callAt, openNow } = plan.call;
  const when = (at: Date) => formatRelative(at, plan.now, zone, lang);
  const write = plan.first === 'write';
  let timing: string;
  switch (channel) {
    case 'phone':
      if (openNow) timing = labels.callNow;
      else if (!callAt) timing = labels.callIfReachable;
      else timing = write ? labels.callToConfirm(when(callAt)) : when(callAt);
      break;
    case 'voicemail':
      timing = labels.ifNoAnswer;
      break;
    case 'email':
    case 'sms':
      timing = write ? labels.now : labels.afterCall;
      break;
    case 'linkedin':
      timing = labels.linkedin;
      break;
  }
  return `${labels.channel[channel]} — ${timing}`;
}

/** Who a message goes to, where the user gave it: the email's address, the text's number. */
function recipient(
  channel: Channel,
  { recruiter, lang }: Plan['request'],
  foreign?: ForeignFormat,
): string | undefined {
  if (channel === 'email') return recruiter.email;
  if (channel === 'sms' && recruiter.phone) return displayPhone(recruiter.phone, lang, foreign);
  return undefined;
}

/**
 * The plan as text: the verdict and advice, then each message under a numbered
 * heading that says when to send it, in the order to act (email and text first
 * under `write`), the recruiter's address and number above the email and the
 * text when given. With one channel, only that message's body.
 */
export function toText(
  plan: Plan,
  messages: Message[],
  colour: ColourLevel,
  foreignPhone?: ForeignFormat,
): string {
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
    status(describeNotice(plan, request.lang)),
    describeAdvice(plan, request.lang),
  ];
  inActionOrder(plan.first, messages).forEach((message, index) => {
    const notes = [
      message.segments !== undefined ? labels.segments(message.segments) : undefined,
      message.limit !== undefined ? labels.characters(message.length, message.limit) : undefined,
    ].filter(Boolean);
    const note = notes.length ? c.dim(` (${notes.join(', ')})`) : '';
    lines.push('', c.bold.cyan(`${index + 1}. ${heading(plan, message.channel)}`) + note);
    const to = recipient(message.channel, request, foreignPhone);
    if (to) lines.push(`${c.bold(`${labels.to}:`)} ${to}`);
    if (message.subject !== undefined)
      lines.push(`${c.bold(`${labels.subject}:`)} ${message.subject}`);
    if (to || message.subject !== undefined) lines.push('');
    lines.push(message.body);
  });
  return `${lines.join('\n')}\n`;
}
