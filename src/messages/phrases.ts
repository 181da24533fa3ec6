import type { Honorific, Lang, Mode, ReasonKey } from '../core/types.js';
import { capitalise } from './date-forms.js';

/** What to say about a reason, when withdrawing and when asking for another time. */
export interface ReasonPhrase {
  cancel: string;
  reschedule: string;
}

/** The language-specific words a message view needs; templates hold everything else. */
export interface Phrases {
  /** The written addressee ("Yth. …", "Dear …") when there is no interviewer name. */
  recruitingTeam(company: string): string;
  /** The honorific before a name: in a letter ("Ibu Sari Wulandari") and in speech or chat. */
  honorific: Record<Honorific, { written: string; spoken: string; chat: string }>;
  /** The written second person when the honorific is unknown ("Bapak/Ibu"); English "you". */
  anyone: string;
  /** A greeting for the hour of the day in the interview's zone. */
  greeting(hour: number): string;
  /** The last words of a call or a voicemail, fitting the hour. */
  farewell(hour: number): string;
  /**
   * How a text opens: with the greeting for the hour when it is sent now, else without
   * one; `chatName` is who it greets ("Bu Sari", "Sarah", or "").
   */
  textOpening(greeting: string | undefined, chatName: string): string;
  reasons: Record<ReasonKey, ReasonPhrase>;
}

/**
 * Reasons that, in a request for another time, would read as "I am weighing another
 * offer" or "I am reconsidering": the request says only the neutral minimum instead
 * (the user is told, once).
 */
export const NEUTRAL_IN_RESCHEDULE: ReadonlySet<ReasonKey> = new Set<ReasonKey>(['offer', 'fit']);

const idGreeting = (hour: number): string =>
  hour < 11
    ? 'Selamat pagi'
    : hour < 15
      ? 'Selamat siang'
      : hour < 18
        ? 'Selamat sore'
        : 'Selamat malam';

/** Per-language phrases, kept side by side so both languages stay in step. */
export const PHRASES: Record<Lang, Phrases> = {
  id: {
    recruitingTeam: (company) => `Tim Rekrutmen ${company}`,
    honorific: {
      bapak: { written: 'Bapak', spoken: 'Bapak', chat: 'Pak' },
      ibu: { written: 'Ibu', spoken: 'Ibu', chat: 'Bu' },
    },
    anyone: 'Bapak/Ibu',
    greeting: idGreeting,
    farewell: (hour) => `${idGreeting(hour)}.`,
    // "Permisi" opens a message to someone senior at any hour, where a greeting would not.
    textOpening: (greeting, chatName) =>
      `${greeting ?? 'Permisi'}${chatName ? `, ${chatName}` : ''}.`,
    reasons: {
      offer: {
        cancel: 'Saya telah menerima tawaran pekerjaan lain.',
        reschedule: 'Saya berhalangan hadir pada waktu tersebut.',
      },
      family: {
        cancel: 'Saat ini saya perlu mencurahkan waktu untuk merawat anggota keluarga.',
        reschedule: 'Saat ini saya perlu merawat anggota keluarga.',
      },
      relocation: {
        cancel: 'Saya akan pindah ke kota lain dalam waktu dekat.',
        reschedule: 'Saya sedang dalam proses pindah domisili.',
      },
      health: {
        cancel: 'Kondisi kesehatan saya sedang kurang baik.',
        reschedule: 'Kondisi kesehatan saya sedang kurang baik.',
      },
      conflict: {
        cancel: 'Ada jadwal lain yang tidak dapat saya tinggalkan.',
        reschedule: 'Pada waktu tersebut ada jadwal lain yang tidak dapat saya tinggalkan.',
      },
      fit: {
        cancel:
          'Setelah mempertimbangkan kembali, saya merasa posisi ini kurang sesuai untuk saya.',
        reschedule: 'Saya berhalangan hadir pada waktu tersebut.',
      },
      personal: {
        cancel: 'Keadaan pribadi saya tidak memungkinkan untuk melanjutkan proses ini.',
        reschedule: 'Ada keperluan pribadi yang tidak dapat saya tinggalkan pada waktu tersebut.',
      },
      other: { cancel: '', reschedule: '' },
    },
  },
  en: {
    recruitingTeam: (company) => `${company} Hiring Team`,
    // English has no honorific before a given name: the name alone.
    honorific: {
      bapak: { written: '', spoken: '', chat: '' },
      ibu: { written: '', spoken: '', chat: '' },
    },
    anyone: 'you',
    greeting: (hour) =>
      hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening',
    farewell: (hour) => (hour < 17 ? 'Have a good day.' : 'Have a good evening.'),
    textOpening: (_greeting, chatName) => `${chatName ? `Hi ${chatName}` : 'Hello'},`,
    reasons: {
      offer: {
        cancel: 'I have accepted another job offer.',
        reschedule: 'I am unable to attend at that time.',
      },
      family: {
        cancel: 'I need to devote my time to caring for a family member.',
        reschedule: 'I am caring for a family member at the moment.',
      },
      relocation: {
        cancel: 'I am relocating to another city soon.',
        reschedule: 'I am in the middle of a move.',
      },
      health: {
        cancel: 'I am dealing with a health matter.',
        reschedule: 'I am dealing with a health matter.',
      },
      conflict: {
        cancel: 'I have an unavoidable scheduling conflict.',
        reschedule: 'I have an unavoidable scheduling conflict at that time.',
      },
      fit: {
        cancel: 'After careful thought, I have decided the role is not the right fit for me.',
        reschedule: 'I am unable to attend at that time.',
      },
      personal: {
        cancel: 'My personal circumstances no longer allow me to continue.',
        reschedule: 'A personal matter has come up that I cannot set aside.',
      },
      other: { cancel: '', reschedule: '' },
    },
  },
};

/** The user's own words as a sentence: a capital first letter and a final full stop. */
export function ownSentence(text: string | undefined): string {
  const own = text?.trim().replace(/\s+/g, ' ') ?? '';
  if (!own) return '';
  const sentence = capitalise(own);
  return /[.!?…]["'”’»)\]]*$/u.test(sentence) ? sentence : `${sentence}.`;
}

/** The reason as one or two sentences: the built-in phrase, then the user's own sentence. */
export function reasonSentence(
  lang: Lang,
  mode: Mode,
  reason: ReasonKey,
  reasonText?: string,
): string {
  const builtIn = PHRASES[lang].reasons[reason][mode];
  return [builtIn, ownSentence(reasonText)].filter(Boolean).join(' ');
}
