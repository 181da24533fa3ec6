import type { Answers, Lang } from './core/types.js';

/** The sample answers of --demo: an interview the day after tomorrow, another offer accepted. */
export function demoAnswers(lang: Lang): Answers {
  return {
    lang,
    company: 'PT Maju Jaya Sejahtera',
    role: lang === 'id' ? 'Analis Data' : 'Data Analyst',
    interviewer: 'Sari Wulandari',
    honorific: 'ibu',
    at: 'lusa 10.00 WIB',
    reason: 'offer',
    mode: 'cancel',
    name: 'Budi Santoso',
    phone: '0812-3456-7890',
    email: 'budi.santoso@example.com',
    to: 'rekrutmen@majujaya.example',
    recruiterPhone: '0811-2233-4455',
  };
}
