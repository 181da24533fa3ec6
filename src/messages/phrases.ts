import type { Honorific, Lang, Mode, ReasonKey } from '../core/types.js';

/** What to say about a reason; `reschedule` when asking for another time reads differently. */
export interface ReasonPhrase {
  cancel: string;
  reschedule?: string;
}

/** The language-specific words a message view needs; templates hold everything else. */
export interface Phrases {
  /** The written addressee ("Yth. …", "Dear …") when there is no interviewer name. */
  recruitingTeam(company: string): string;
  /** The interviewer as named in writing and speech ("Bapak Budi", "Budi"). */
  named(interviewer: string, honorific: Honorific | undefined): string;
  /** The second person: "Bapak" / "Ibu" / "Bapak/Ibu", or "you". */
  you(honorific: Honorific | undefined): string;
  /** Who a call or a note greets when no name is known ("Bapak/Ibu", or nobody). */
  unnamedCallee(honorific: Honorific | undefined): string;
  /** A greeting for the hour of the day in the interview's zone. */
  greeting(hour: number): string;
  /** Joins proposed times: "A atau B", "A, B, or C". */
  or: string;
  reasons: Record<ReasonKey, ReasonPhrase>;
}

const ID_HONORIFICS: Record<Honorific, string> = { bapak: 'Bapak', ibu: 'Ibu' };
const idYou = (honorific: Honorific | undefined): string =>
  honorific ? ID_HONORIFICS[honorific] : 'Bapak/Ibu';

/** Per-language phrases, kept side by side so both languages stay in step. */
export const PHRASES: Record<Lang, Phrases> = {
  id: {
    recruitingTeam: (company) => `Tim Rekrutmen ${company}`,
    named: (interviewer, honorific) => `${idYou(honorific)} ${interviewer}`,
    you: idYou,
    unnamedCallee: idYou,
    greeting: (hour) =>
      hour < 11
        ? 'Selamat pagi'
        : hour < 15
          ? 'Selamat siang'
          : hour < 18
            ? 'Selamat sore'
            : 'Selamat malam',
    or: 'atau',
    reasons: {
      offer: {
        cancel: 'Saya telah menerima tawaran pekerjaan lain.',
        reschedule: 'Saya sedang mempertimbangkan tawaran pekerjaan lain.',
      },
      family: {
        cancel: 'Saya harus pindah untuk merawat anggota keluarga.',
        reschedule: 'Saat ini saya perlu merawat anggota keluarga.',
      },
      relocation: {
        cancel: 'Saya akan pindah ke kota lain dalam waktu dekat.',
        reschedule: 'Saya sedang dalam proses pindah domisili.',
      },
      health: { cancel: 'Kondisi kesehatan saya sedang kurang baik.' },
      conflict: { cancel: 'Ada jadwal lain yang tidak dapat saya tinggalkan.' },
      fit: {
        cancel: 'Setelah mempertimbangkan kembali, posisi ini kurang sesuai bagi saya.',
        reschedule: 'Saya memerlukan waktu untuk mempertimbangkan kembali posisi ini.',
      },
      personal: {
        cancel: 'Keadaan pribadi saya tidak memungkinkan untuk melanjutkan proses ini.',
        reschedule: 'Ada keperluan pribadi yang tidak dapat saya tinggalkan.',
      },
      other: { cancel: '' },
    },
  },
  en: {
    recruitingTeam: (company) => `${company} Hiring Team`,
    named: (interviewer) => interviewer,
    you: () => 'you',
    unnamedCallee: () => '',
    greeting: (hour) =>
      hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening',
    or: 'or',
    reasons: {
      offer: {
        cancel: 'I have accepted another job offer.',
        reschedule: 'I am considering another job offer.',
      },
      family: {
        cancel: 'I need to move to care for a family member.',
        reschedule: 'I need to care for a family member at the moment.',
      },
      relocation: {
        cancel: 'I am relocating to another city soon.',
        reschedule: 'I am in the middle of relocating.',
      },
      health: { cancel: 'I am dealing with a health matter.' },
      conflict: { cancel: 'I have an unavoidable scheduling conflict at that time.' },
      fit: {
        cancel: 'After careful thought, the role is not the right fit for me.',
        reschedule: 'I need a little more time to consider the role.',
      },
      personal: {
        cancel: 'My personal circumstances no longer allow me to continue.',
        reschedule: 'A personal matter has come up that I cannot set aside.',
      },
      other: { cancel: '' },
    },
  },
};

/** The reason as one or two sentences: the built-in phrase, then the user's own sentence. */
export function reasonSentence(
  lang: Lang,
  mode: Mode,
  reason: ReasonKey,
  reasonText?: string,
): string {
  const phrase = PHRASES[lang].reasons[reason];
  const builtIn = (mode === 'reschedule' && phrase.reschedule) || phrase.cancel;
  const own = reasonText?.trim() ?? '';
  const ownSentence = own && !/[.!?…]["')\]]*$/.test(own) ? `${own}.` : own;
  return [builtIn, ownSentence].filter(Boolean).join(' ');
}

/** "A", "A atau B", "A, B, atau C" (English: "A, B, or C"). */
export function joinAlternatives(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  const head = items.slice(0, -1).join(', ');
  return items.length === 2
    ? `${head} ${PHRASES[lang].or} ${last}`
    : `${head}, ${PHRASES[lang].or} ${last}`;
}
