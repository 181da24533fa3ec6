import { Chalk } from 'chalk';
import type { ColourLevel } from '../colour.js';
import type { Channel, Lang, Message, Plan } from '../core/types.js';
import { describeAdvice, describeNotice } from '../messages/advice.js';
import { formatWhen } from '../messages/dates.js';
import { displayPhone } from '../messages/phone-number.js';

interface TextLabels {
  title: Record<Plan['request']['mode'], string>;
  channel: Record<Channel, string>;
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
      phone: 'Telepon dulu — naskah panggilan',
      voicemail: 'Pesan suara — jika telepon tidak diangkat',
      email: 'Email — kirim setelah menelepon',
      sms: 'SMS / WhatsApp — kirim juga',
      linkedin: 'LinkedIn — catatan ajakan terhubung',
    },
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
      phone: 'Call first — call script',
      voicemail: 'Voicemail — if nobody answers',
      email: 'Email — send after the call',
      sms: 'Text message (SMS / WhatsApp) — send it too',
      linkedin: 'LinkedIn — connection note',
    },
    subject: 'Subject',
    to: 'To',
    segments: (n) => `${n} SMS segment${n === 1 ? '' : 's'}`,
    characters: (n, limit) => `${n}/${limit} characters`,
  },
};

/** Who a message goes to, where the user gave it: the email's address, the text's number. */
function recipient(channel: Channel, recruiter: Plan['request']['recruiter']): string | undefined {
  if (channel === 'email') return recruiter.email;
  if (channel === 'sms' && recruiter.phone) return displayPhone(recruiter.phone);
  return undefined;
}

/**
 * The plan as text: the verdict and advice, then each message under a numbered
 * heading in the article's order. With one channel, only that message's body.
 */
export function toText(plan: Plan, messages: Message[], colour: ColourLevel): string {
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
    const to = recipient(message.channel, request.recruiter);
    if (to) lines.push(`${c.bold(`${labels.to}:`)} ${to}`);
    if (message.subject !== undefined)
      lines.push(`${c.bold(`${labels.subject}:`)} ${message.subject}`);
    if (to || message.subject !== undefined) lines.push('');
    lines.push(message.body);
  });
  return `${lines.join('\n')}\n`;
}
