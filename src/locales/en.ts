import type { Locale } from './types.js';

// Both languages' forms: a scripted run's refusals are in English, whatever --lang says.
const DATETIME_FORMS =
  '2026-11-27 10:00, 27/11/2026 10.00, tomorrow 10:00, besok 10.00, Monday 09:00';
const ZONE_FORMS = 'WIB, WITA, WIT, +07:00, Z, Asia/Jakarta';

/** English: warm, concise, professional. */
export const EN: Locale = {
  language: { name: 'English', question: 'Language', intl: 'en-GB' },

  dates: { at: 'at', on: 'on', today: 'today', tomorrow: 'tomorrow' },

  prompts: {
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
    profile: {
      details: { name: 'name', phone: 'phone', email: 'email', lang: 'language' },
      and: 'and',
      taken: (details, path) => `${details} taken from the profile (${path}).`,
      save: (details) => `Save your ${details} in the profile for next time?`,
      yes: 'Yes, save them',
      no: 'No',
      saved: (path) => `Saved in ${path}.`,
    },
  },

  problems: {
    empty: () => 'this is required',
    control: () => 'remove control characters (line breaks, tabs, escape codes)',
    invisible: () =>
      'remove invisible characters (zero-width spaces, direction marks, soft hyphens, BOM)',
    encoding: () =>
      "holds U+FFFD (\ufffd): the text was not valid UTF-8 — type it again or check the terminal's encoding",
    'encoded-word': () => 'remove the "=?…?=" part: mail programs would decode it into other text',
    'too-long': (p) => `keep it to ${p.max} characters or fewer`,
    email: () => 'not an email address — use e.g. name@example.com',
    phone: () => 'not a phone number — use e.g. 0812 3456 7890 or +62 812 3456 7890',
    datetime: (p) =>
      p.detail === 'hour'
        ? 'hours run 00–23 — midnight is 00:00 of the next day'
        : `cannot read this date and time — use e.g. ${DATETIME_FORMS}${p.detail === 'twelve-hour' ? ' (24-hour clock: 22:00, not 10:00 PM)' : ''}, optionally followed by a zone (${ZONE_FORMS})`,
    zone: () => `unknown time zone — use ${ZONE_FORMS}`,
    'zone-abbreviation': (p) =>
      `${p.token} is an abbreviation, not a time zone — give its IANA name, e.g. America/New_York, or an offset such as -05:00`,
    nonexistent: (p) =>
      `${p.local} does not exist in ${p.zone} (clocks go forward from ${p.from} to ${p.to}) — choose another time`,
    'system-zone': () =>
      "the system time zone (TZ) cannot be read — give a zone with --tz (e.g. --tz Asia/Jakarta) or in the time itself (e.g. '2026-11-27 10:00 WIB')",
    past: () => 'the interview time has already passed — check the date',
    'slot-before-now': (p) => `${p.slot} has already passed — choose a later time`,
    'slot-same-as-interview': (p) =>
      `${p.slot} is the interview's own time — propose a different one`,
    'slot-at-night': (p) => `${p.slot} is at night (before 07:00 or from 21:00) — check the time`,
    'slot-duplicate': (p) => `${p.slot} is already proposed — choose another time`,
    choice: (p) => `choose one of: ${p.choices.join(', ')}`,
  },

  warnings: {
    label: 'warning',
    ambiguousTime: (p) =>
      `${p.local} happens twice in ${p.zone} (clocks go back from ${p.from} to ${p.to}); using the first, ${p.chosen}`,
    reasonNeutralised: (reason) =>
      `the reason "${reason}" is not named in a request to reschedule, as it would read as weighing other options; the messages say only that you cannot attend at that time (add your own sentence with --reason-text if you wish)`,
    slotWeekend: (when) =>
      `the proposed time ${when} falls on a weekend; make sure the office is open`,
    slotOutsideHours: (when) =>
      `the proposed time ${when} is outside office hours (9:00 AM–5:00 PM)`,
  },

  invitation: {
    from: 'From the invitation',
    fields: {
      at: 'interview time',
      company: 'company',
      role: 'role',
      interviewer: 'interviewer',
      to: "recruiter's email",
      email: 'your email',
    },
  },

  profileFile: {
    ignoring: (path, why) => ({
      what: `ignoring the profile ${path}: ${why}`,
      hint: "correct it, or delete it with 'batal-wawancara profile --clear'",
    }),
    permission: 'permission denied',
    directory: 'it is a directory',
    notFile: 'it is not a regular file',
    tooBig: (kib) => `larger than ${kib} KiB`,
    unreadable: (detail) => `cannot read it (${detail})`,
    utf8: 'not valid UTF-8',
    json: 'not valid JSON',
    notObject: 'not a JSON object',
    notText: (key) => `"${key}" is not a string`,
    value: (key, problem) => `"${key}": ${problem}`,
  },

  advice: {
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

  plan: {
    title: {
      cancel: 'Plan to cancel the interview',
      reschedule: 'Plan to reschedule the interview',
    },
    channel: {
      phone: 'Call',
      voicemail: 'Voicemail',
      email: 'Email',
      sms: 'Text message (SMS / WhatsApp)',
      linkedin: 'LinkedIn',
    },
    now: 'send now',
    callNow: 'now',
    callToConfirm: (when) => `${when}, to make sure your message arrived`,
    callIfReachable: 'only if you can reach the recruiter before the interview',
    ifNoAnswer: 'if nobody answers',
    afterCall: 'send after the call',
    linkedin: 'connection note',
    subject: 'Subject',
    to: 'To',
    segments: (n) => `${n} SMS segment${n === 1 ? '' : 's'}`,
    characters: (n, limit) => `${n}/${limit} characters`,
  },

  clipboard: {
    copied: 'copied to the clipboard',
    osc52: 'copied, if your terminal supports OSC 52',
    fallback: (cause) => `no clipboard: ${cause} — printed to stdout instead`,
    shownAbove: (cause) => `no clipboard: ${cause} — the text is shown above instead`,
    noDisplay: 'DISPLAY is not set',
    noTty: 'no terminal (/dev/tty) to send OSC 52 to',
    noTool: 'xsel or wl-copy not found',
    displayUnreachable: (display) => `cannot open display ${display}`,
  },

  report: { stopped: 'stopped' },

  demo: { role: 'Data Analyst' },

  message: {
    recruitingTeam: (company) => `${company} Hiring Team`,
    // English puts no honorific before a given name: the name alone.
    honorific: null,
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
      other: null,
    },
  },
};
