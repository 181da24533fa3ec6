import { Chalk } from 'chalk';
import type { ColourLevel } from '../colour.js';
import { inActionOrder } from '../core/plan.js';
import type { Channel, Lang, Message, Plan } from '../core/types.js';
import { describeAdvice, describeNotice } from '../messages/advice.js';
import { formatRelative, formatWhen } from '../messages/dates.js';
import { displayPhone, type ForeignFormat } from '../messages/phone-number.js';

interface TextLabels {
  title: Record<Plan['request']['mode'], string>;
  /** What each channel is called in a heading. */
  channel: Record<Channel, string>;
  /** When to send it, after the dash. */
  now: string;
  callNow: string;
  /** Under `write`: a call to make sure the email arrived. */
  callToConfirm: (when: string) => string;
  /** Under `write` with no reachable hour before the interview. */
  callIfReachable: string;
  ifNoAnswer: string;
  afterCall: string;
  linkedin: string;
  subject: string;
  /** Before the recruiter's address (email) or number (text message). */
  to: string;
  segments: (n: number) => string;
  characters: (n: number, limit: number) => string;
}

const LABELS: Record<Lang, TextLabels> = {
  id: {
    title: {
      cancel: 'Rencana pembatalan wawancara',
      reschedule: 'Rencana penjadwalan ulang wawancara',
    },
    channel: {
      phone: 'Telepon',
      voicemail: 'Pesan suara',
      email: 'Email',
      sms: 'SMS / WhatsApp',
      linkedin: 'LinkedIn',
    },
    now: 'kirim sekarang',
    callNow: 'sekarang',
    callToConfirm: (when) => `${when}, untuk memastikan pesan Anda sudah diterima`,
    callIfReachable: 'hanya jika rekruter bisa dihubungi sebelum wawancara',
    ifNoAnswer: 'jika telepon tidak diangkat',
    afterCall: 'kirim setelah menelepon',
    linkedin: 'catatan ajakan terhubung',
    subject: 'Subjek',
    to: 'Kepada',
    segments: (n) => `${n} segmen SMS`,
    characters: (n, limit) => `${n}/${limit} karakter`,
  },
  en: {
    title: {
      cancel: 'Plan to cancel the interview',
      reschedule: 'Plan to reschedule the interview',
    },
    channel: {
      phone: 'Call',
      voicemail: 'Voicemail',
      email: 'Email',
      sms: 'Text message (SMS / WhatsApp)',
      linkedin: 'LinkedIn',
    },
    now: 'send now',
    callNow: 'now',
    callToConfirm: (when) => `${when}, to make sure your message arrived`,
    callIfReachable: 'only if you can reach the recruiter before the interview',
    ifNoAnswer: 'if nobody answers',
    afterCall: 'send after the call',
    linkedin: 'connection note',
    subject: 'Subject',
    to: 'To',
    segments: (n) => `${n} SMS segment${n === 1 ? '' : 's'}`,
    characters: (n, limit) => `${n}/${limit} characters`,
  },
};

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

/** "Email — kirim sekarang", "Telepon — besok pukul 09.00 WIB": the channel and when to send it. */
export function heading(plan: Plan, channel: Channel): string {
  const { lang, zone } = plan.request;
  const labels = LABELS[lang];
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

/**
 * The plan as text: the verdict and advice, then each message under a numbered
 * heading that says when to send it, in the order to act (email and text first
 * under `write`). With one channel, only that message's body.
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
  const labels = LABELS[request.lang];
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
