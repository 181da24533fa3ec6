import type { Lang, Plan } from '../core/types.js';
import { formatRelative, formatWhen } from './dates.js';

interface AdviceWords {
  callNow: string;
  callAt: (when: string) => string;
  writeFirst: (when: string) => string;
  short: string;
  /** After a call nobody answered: the article's order. */
  thenWrite: string;
  /** Short notice and the office is closed: write, then call again when it opens. */
  thenWriteAndRetry: (when: string) => string;
  hoursLeft: (hours: number) => string;
  enough: (deadline: string) => string;
  notEnough: string;
}

const WORDS: Record<Lang, AdviceWords> = {
  id: {
    callNow: 'Telepon rekruter sekarang: kantor sedang buka dan waktunya masih cukup.',
    callAt: (when) =>
      `Telepon rekruter ${when}, saat kantor buka: pemberitahuan Anda tetap lebih dari 24 jam sebelum wawancara.`,
    writeFirst: (when) =>
      `Kirim email dan pesan teks sekarang agar pemberitahuan sampai setidaknya 24 jam sebelum wawancara, lalu telepon rekruter ${when}, saat kantor buka.`,
    short:
      'Telepon rekruter sekarang dan sampaikan permohonan maaf karena pemberitahuannya kurang dari 24 jam.',
    thenWrite: 'Jika tidak diangkat, tinggalkan pesan suara, lalu kirim email dan pesan teks.',
    thenWriteAndRetry: (when) =>
      `Jika tidak diangkat, tinggalkan pesan suara, kirim email dan pesan teks, lalu telepon lagi ${when}.`,
    hoursLeft: (hours) =>
      hours < 1
        ? 'Waktu tersisa kurang dari 1 jam sebelum wawancara'
        : `Waktu tersisa ${hours} jam sebelum wawancara`,
    enough: (deadline) => `cukup untuk pemberitahuan 24 jam (hubungi paling lambat ${deadline}).`,
    notEnough:
      'kurang dari 24 jam, jadi sampaikan permohonan maaf atas pemberitahuan yang mendadak.',
  },
  en: {
    callNow: 'Call the recruiter now: the office is open and there is still enough notice.',
    callAt: (when) =>
      `Call the recruiter ${when}, when the office opens: that still gives more than 24 hours' notice.`,
    writeFirst: (when) =>
      `Send the email and the text message now so your notice arrives at least 24 hours ahead, then call the recruiter ${when}, when the office opens.`,
    short: "Call the recruiter now and apologise for giving less than 24 hours' notice.",
    thenWrite: 'If nobody answers, leave a voicemail, then send the email and the text message.',
    thenWriteAndRetry: (when) =>
      `If nobody answers, leave a voicemail, send the email and the text message, then call again ${when}.`,
    hoursLeft: (hours) =>
      hours < 1
        ? 'Less than an hour left before the interview'
        : `${hours} ${hours === 1 ? 'hour' : 'hours'} left before the interview`,
    enough: (deadline) => `enough for 24 hours' notice (get in touch by ${deadline}).`,
    notEnough: 'less than 24 hours, so apologise for the short notice.',
  },
};

/** What to do first, in the plan's language: call, or write then call, in the article's order. */
export function describeAdvice(plan: Plan): string {
  const { lang, zone } = plan.request;
  const words = WORDS[lang];
  const callAt = formatRelative(plan.call.callAt, plan.now, zone, lang);
  switch (plan.advice) {
    case 'call-now':
      return `${words.callNow} ${words.thenWrite}`;
    case 'call-at':
      return `${words.callAt(callAt)} ${words.thenWrite}`;
    case 'write-first':
      return words.writeFirst(callAt);
    case 'short':
      return `${words.short} ${
        plan.call.officeOpen ? words.thenWrite : words.thenWriteAndRetry(callAt)
      }`;
  }
}

/** The 24-hour verdict in one line: hours left and, with enough notice, the deadline. */
export function describeNotice(plan: Plan): string {
  const { lang, zone } = plan.request;
  const words = WORDS[lang];
  // Rounded down: the verdict never promises more time than there is.
  const hours = Math.floor(plan.notice.hoursLeft);
  const verdict =
    plan.notice.status === 'ok'
      ? words.enough(formatWhen(plan.notice.deadline, zone, lang))
      : words.notEnough;
  return `${words.hoursLeft(hours)}: ${verdict}`;
}
