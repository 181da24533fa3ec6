import type { Locale } from './locale.js';

/** English: warm, concise, professional. */
export const LOCALE_EN: Locale = {
  optional: '(optional)',
  keys: { navigate: 'move', select: 'choose' },
  company: 'Company name',
  role: 'Position you applied for',
  interviewer: 'Name of the interviewer or recruiter',
  honorific: {
    message: (interviewer) => `How to address ${interviewer} in Indonesian`,
    bapak: 'Bapak (Mr)',
    ibu: 'Ibu (Ms)',
    unknown: 'Not sure (written "Bapak/Ibu")',
  },
  at: (zone) =>
    `Interview date and time, e.g. 27/11/2026 10:00 or tomorrow 10:00 (default zone ${zone})`,
  reason: 'What is your reason?',
  reasons: {
    offer: 'I accepted another job offer',
    family: 'I need to care for my family',
    relocation: 'I am moving to another city',
    health: 'Health reasons',
    conflict: 'A schedule clash',
    fit: 'The role is not the right fit for me',
    personal: 'Personal circumstances (no details)',
    other: 'Something else (in your own words)',
  },
  reasonText: {
    optional: 'One more sentence about your reason, only as much as you are comfortable sharing',
    required: 'Your reason, in one sentence',
  },
  gate: {
    message: 'Are you 100% sure you no longer want this job?',
    sure: 'Yes, I am sure: cancel the interview',
    unsure: 'I am not sure',
    stillWanted: 'No, I still want it: reschedule',
    why: 'Cancelling takes you out of consideration, so unless you are 100% sure, ask for another time instead.',
    choose: 'What would you like to do?',
    reschedule: 'Reschedule the interview (recommended)',
    cancel: 'Cancel the interview',
  },
  slot: (n, zone) =>
    n === 1
      ? `Proposed new time #1, e.g. 29/11/2026 14:00 (default zone ${zone})`
      : `Proposed new time #${n} (optional, press Enter to finish)`,
  name: 'Your full name',
  phone: 'Your phone number',
  email: 'Your email address',
  to: "The recruiter's email address",
  toRequired: "The recruiter's email address (needed for the eml format)",
  recruiterPhone: "The recruiter's phone or WhatsApp number",
  copy: {
    message: 'Copy which message to the clipboard?',
    none: 'None',
    channels: {
      phone: 'Call script',
      voicemail: 'Voicemail',
      email: 'Email (the body only)',
      sms: 'Text message (SMS / WhatsApp)',
      linkedin: 'LinkedIn note',
    },
    emailBodyOnly: 'The subject line is not copied; it is shown above.',
  },
  zone: {
    at: 'Interview date and time, e.g. 27/11/2026 10:00 WIB or tomorrow 10:00 (without a zone, you will be asked for it next)',
    message: (system) =>
      system
        ? `Time zone of the interview (this computer is set to ${system})`
        : "Time zone of the interview (this computer's zone cannot be read)",
    wib: 'WIB: Western Indonesia Time, UTC+7 (Jakarta, Medan, Pontianak)',
    wita: 'WITA: Central Indonesia Time, UTC+8 (Makassar, Denpasar, Balikpapan)',
    wit: 'WIT: Eastern Indonesia Time, UTC+9 (Jayapura, Ambon)',
    system: (zone) => `${zone} (this computer's zone)`,
    other: 'Other (type an IANA name or an offset)',
    otherMessage: 'Time zone, e.g. Asia/Singapore, Europe/London or +08:00',
  },
  whatNext: {
    message: 'What next?',
    copy: 'Copy one message to the clipboard',
    mailto: (to) =>
      to ? `Open the email in your mail client (to ${to})` : 'Open the email in your mail client',
    wa: (phone) =>
      phone
        ? `Open WhatsApp with the text message (${phone})`
        : 'Open WhatsApp with the text message (you pick the chat)',
    eml: 'Save the email as an .eml file',
    ics: 'Save the calendar reply as an .ics file',
    done: 'Done',
    toForEml: "The recruiter's email address, for the .eml file (leave empty to go back)",
    fileName: 'interview',
    saved: (path) => `Saved: ${path}`,
    saveFailed: (reason) => `Could not save the file: ${reason}`,
    openingMail: 'Opening your mail client…',
    openingWhatsapp: 'Opening WhatsApp…',
    notOpened: (cause) => `Could not open it (${cause}). Open this link yourself:`,
    noDisplay: 'no display: DISPLAY is not set',
    remote: 'an SSH session without a display',
    openerFailed: (detail) => `the opener failed: ${detail}`,
  },
  flagRefused: (flag, problem) => `${flag} cannot be used: ${problem}. Please answer below.`,
};
