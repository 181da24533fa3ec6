import type { Lang, Verdict } from '../core/types.js';
import { formatRelative, formatWhen } from './dates.js';

interface AdviceWords {
  /** first = call, inside reachable hours. */
  callNow: string;
  /** first = call, at the next opening (still ≥ 24 h ahead). */
  callAt: (when: string) => string;
  /** After a call nobody answered: the article's order. */
  thenWrite: string;
  /** first = write: email and text now (`inTime`: the notice still lands ≥ 24 h ahead)… */
  writeNow: (inTime: boolean) => string;
  /** …then a call at the next opening, to make sure they arrived… */
  thenCall: (when: string) => string;
  /** …or no call at all: no reachable hour comes before the interview. */
  noCall: string;
  /** Less than 24 hours left. */
  apologise: string;
  /** Enough notice: 24 hours or more. */
  hoursLeft: (hours: number) => string;
  enough: (deadline: string) => string;
  /** Short notice: when the interview is, as seen from now ("hari ini pukul 14.00 WIB"). */
  notEnough: (when: string, hours: number) => string;
}

const WORDS: Record<Lang, AdviceWords> = {
  id: {
    callNow: 'Telepon rekruter sekarang: kantor sedang buka.',
    callAt: (when) =>
      `Telepon rekruter ${when}, saat kantor buka: pemberitahuan Anda tetap 24 jam atau lebih sebelum wawancara.`,
    thenWrite: 'Jika tidak diangkat, tinggalkan pesan suara, lalu kirim email dan pesan teks.',
    writeNow: (inTime) =>
      inTime
        ? 'Kirim email dan pesan teks sekarang agar pemberitahuan sampai setidaknya 24 jam sebelum wawancara.'
        : 'Kantor sedang tutup: kirim email dan pesan teks sekarang.',
    thenCall: (when) =>
      `Lalu telepon rekruter ${when}, saat kantor buka, untuk memastikan pesan Anda sudah diterima.`,
    noCall:
      'Kantor tidak buka lagi sebelum wawancara, jadi telepon tidak akan sampai tepat waktu: email dan pesan teks yang menyampaikannya.',
    apologise: 'Sampaikan permohonan maaf karena pemberitahuannya kurang dari 24 jam.',
    hoursLeft: (hours) => `Waktu tersisa ${hours} jam sebelum wawancara`,
    enough: (deadline) => `cukup untuk pemberitahuan 24 jam (hubungi paling lambat ${deadline}).`,
    notEnough: (when, hours) =>
      `Wawancara ${when}, ${hours < 1 ? 'kurang dari 1 jam' : `${hours} jam`} lagi: kurang dari 24 jam, jadi sampaikan permohonan maaf atas pemberitahuan yang mendadak.`,
  },
  en: {
    callNow: 'Call the recruiter now: the office is open.',
    callAt: (when) =>
      `Call the recruiter ${when}, when the office opens: that still gives 24 hours' notice or more.`,
    thenWrite: 'If nobody answers, leave a voicemail, then send the email and the text message.',
    writeNow: (inTime) =>
      inTime
        ? 'Send the email and the text message now so your notice arrives at least 24 hours ahead.'
        : 'The office is closed: send the email and the text message now.',
    thenCall: (when) =>
      `Then call the recruiter ${when}, when the office opens, to make sure your message arrived.`,
    noCall:
      'The office does not open again before the interview, so no call can reach them in time: the email and the text message carry your news.',
    apologise: "Apologise for giving less than 24 hours' notice.",
    hoursLeft: (hours) => `${hours} hours left before the interview`,
    enough: (deadline) => `enough for 24 hours' notice (get in touch by ${deadline}).`,
    notEnough: (when, hours) =>
      `The interview is ${when}, ${hours < 1 ? 'less than an hour' : `${hours} ${hours === 1 ? 'hour' : 'hours'}`} from now: less than 24 hours, so apologise for the short notice.`,
  },
};

/**
 * What to do first, in `lang`. Under `call`: call now (only inside reachable
 * hours) or at the next opening, then voicemail, email and text. Under `write`:
 * email and text now, then a call at `callAt` — or, when it is null, no call.
 * Never names a call time at or after the interview.
 */
export function describeAdvice(verdict: Verdict, lang: Lang): string {
  const { zone, now, call, notice } = verdict;
  const words = WORDS[lang];
  const short = notice.status === 'short';
  const when = (at: Date) => formatRelative(at, now, zone, lang);
  const sentences: string[] = [];
  if (verdict.first === 'call') {
    sentences.push(call.openNow || !call.callAt ? words.callNow : words.callAt(when(call.callAt)));
    if (short) sentences.push(words.apologise);
    sentences.push(words.thenWrite);
  } else {
    sentences.push(words.writeNow(!short));
    if (short) sentences.push(words.apologise);
    sentences.push(call.callAt ? words.thenCall(when(call.callAt)) : words.noCall);
  }
  return sentences.join(' ');
}

/**
 * The 24-hour verdict in one line: hours left (rounded down) and, with enough
 * notice, the deadline; with short notice, when the interview is ("today at
 * 2:00 PM WIB", "tomorrow …").
 */
export function describeNotice(verdict: Verdict, lang: Lang): string {
  const { zone, notice } = verdict;
  const words = WORDS[lang];
  const hours = Math.floor(notice.hoursLeft);
  if (notice.status === 'short') {
    return words.notEnough(formatRelative(verdict.at, verdict.now, zone, lang), hours);
  }
  return `${words.hoursLeft(hours)}: ${words.enough(formatWhen(notice.deadline, zone, lang))}`;
}
