import type { DateTime } from 'luxon';
import type { Answers, Lang } from './core/types.js';

/**
 * The sample answers of --demo: an interview on the second working day from
 * now, at 10:00 WIB, and another offer accepted.
 */
export function demoAnswers(lang: Lang, now: DateTime): Answers {
  let day = now.setZone('Asia/Jakarta').plus({ days: 2 });
  while (day.weekday > 5) day = day.plus({ days: 1 });
  return {
    lang,
    company: 'PT Maju Jaya Sejahtera',
    role: lang === 'id' ? 'Analis Data' : 'Data Analyst',
    interviewer: 'Sari Wulandari',
    honorific: 'ibu',
    at: `${day.toISODate()} 10:00 WIB`,
    reason: 'offer',
    mode: 'cancel',
    name: 'Budi Santoso',
    phone: '0812-3456-7890',
    email: 'budi.santoso@example.com',
    to: 'rekrutmen@majujaya.example',
    recruiterPhone: '0811-2233-4455',
  };
}
