import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { formatISO } from 'date-fns/formatISO';
import { isWeekend } from 'date-fns/isWeekend';
import type { Answers, Lang, Zone } from './core/types.js';
import { LOCALES } from './locales/index.js';

/** The demo's interview zone: Jakarta (WIB). */
export const DEMO_ZONE: Zone = { id: 'Asia/Jakarta' };

/**
 * The sample answers of --demo: an interview on the second working day from
 * `now` (the clock, or --now), at 10:00 WIB, and another offer accepted.
 */
export function demoAnswers(lang: Lang, now: Date): Answers {
  let day = addDays(new TZDate(now.getTime(), DEMO_ZONE.id), 2);
  while (isWeekend(day)) day = addDays(day, 1);
  return {
    lang,
    company: 'PT Maju Jaya Sejahtera',
    role: LOCALES[lang].demo.role,
    interviewer: 'Sari Wulandari',
    honorific: 'ibu',
    at: `${formatISO(day, { representation: 'date' })} 10:00 WIB`,
    reason: 'offer',
    mode: 'cancel',
    name: 'Budi Santoso',
    phone: '0812-3456-7890',
    email: 'budi.santoso@example.com',
    to: 'rekrutmen@majujaya.example',
    recruiterPhone: '0811-2233-4455',
  };
}
