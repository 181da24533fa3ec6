import type { Lang, Plan, ReasonKey } from '../core/types.js';
import { NEUTRAL_IN_RESCHEDULE } from './phrases.js';

/** Something the messages did that the user should know: a code, worded at the edge. */
export type MessageWarning = { code: 'reason-neutralised'; reason: ReasonKey };

/** What the messages of `plan` say differently from what was asked, once each. */
export function messageWarnings(plan: Plan): MessageWarning[] {
  const { mode, reason } = plan.request;
  return mode === 'reschedule' && NEUTRAL_IN_RESCHEDULE.has(reason)
    ? [{ code: 'reason-neutralised', reason }]
    : [];
}

const WORDS: Record<Lang, Record<MessageWarning['code'], (reason: ReasonKey) => string>> = {
  id: {
    'reason-neutralised': (reason) =>
      `catatan: alasan "${reason}" tidak disebut dalam permohonan perubahan jadwal, karena akan terbaca seolah Anda masih menimbang pilihan lain; pesan hanya menyebut bahwa Anda berhalangan hadir (tambahkan kalimat sendiri dengan --reason-text bila perlu).`,
  },
  en: {
    'reason-neutralised': (reason) =>
      `note: the reason "${reason}" is not named in a request to reschedule, as it would read as weighing other options; the messages say only that you cannot attend at that time (add your own sentence with --reason-text if you wish).`,
  },
};

/** One line for the user, in their language. */
export function describeWarning(warning: MessageWarning, lang: Lang): string {
  return WORDS[lang][warning.code](warning.reason);
}
