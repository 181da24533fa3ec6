import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  LANGS,
  type Channel,
  type Lang,
  type Message,
  type Mode,
  type Plan,
  type ReasonKey,
} from '../../src/core/types.js';
import { formatWhen } from '../../src/messages/dates.js';
import { loadTemplates, renderMessages } from '../../src/messages/render.js';
import { countSegments, isGsm7 } from '../../src/messages/sms.js';
import {
  fullPlan,
  fullRequest,
  iso,
  makePlan,
  minimalRequest,
  shortPlan,
  TEMPLATES_ROOT,
} from './fixtures.js';

const REASONS: ReasonKey[] = [
  'offer',
  'family',
  'relocation',
  'health',
  'conflict',
  'fit',
  'personal',
  'other',
];
const MODES: Mode[] = ['cancel', 'reschedule'];
const OWN_REASON: Record<Lang, string> = {
  id: 'Saya mohon pengertiannya',
  en: 'I hope you understand',
};

/** All five messages for a plan, keyed by channel. */
function render(plan: Plan): Record<Channel, Message> {
  const templates = loadTemplates(TEMPLATES_ROOT, plan.request.lang, [...CHANNELS]);
  const messages = renderMessages(plan, templates);
  return Object.fromEntries(messages.map((m) => [m.channel, m])) as Record<Channel, Message>;
}
const everything = (m: Message): string => `${m.subject ?? ''}\n${m.body}`;

/** Every lang × mode × reason × notice, with and without optional answers. */
const MATRIX = LANGS.flatMap((lang) =>
  MODES.flatMap((mode) =>
    REASONS.flatMap((reason) => {
      const reasonText = reason === 'other' ? OWN_REASON[lang] : undefined;
      const label = `${lang} ${mode} ${reason}`;
      return [
        [`${label} full`, fullPlan(lang, { mode, reason, reasonText })],
        [`${label} short notice`, shortPlan(lang, { mode, reason, reasonText })],
        [`${label} minimal`, makePlan(minimalRequest(lang, { mode, reason, reasonText }))],
      ] as const;
    }),
  ),
);

describe('renderMessages', () => {
  it('gives one message per channel, in the order asked, with the per-channel fields', () => {
    const plan = fullPlan('id', { channels: ['linkedin', 'sms', 'email', 'phone'] });
    const templates = loadTemplates(TEMPLATES_ROOT, 'id', plan.request.channels);
    const messages = renderMessages(plan, templates);
    expect(messages.map((m) => m.channel)).toEqual(['linkedin', 'sms', 'email', 'phone']);
    const [linkedin, sms, email, phone] = messages;
    expect(linkedin).toMatchObject({ limit: 200 });
    expect(sms?.segments).toBe(countSegments(sms?.body ?? ''));
    expect(email?.subject).toMatch(/^Pembatalan Wawancara Posisi Product Designer - Rina Wijaya$/);
    expect(phone?.subject).toBeUndefined();
    for (const m of messages) expect(m.length).toBe([...m.body].length);
  });

  it('counts length in code points', () => {
    const m = render(fullPlan('en', { company: 'Café 😀 Co' })).email;
    expect(m.length).toBe([...m.body].length);
    expect(m.length).toBeLessThan(m.body.length);
  });

  it('reads only the templates the channels need', () => {
    expect(Object.keys(loadTemplates(TEMPLATES_ROOT, 'en', ['sms']).sources).sort()).toEqual([
      'sms',
      'sms-short',
    ]);
    const fromPath = loadTemplates(TEMPLATES_ROOT.pathname, 'en', ['email']);
    expect(Object.keys(fromPath.sources).sort()).toEqual(['email', 'email-subject']);
  });

  it('refuses templates that were not loaded or are in another language', () => {
    const plan = fullPlan('id', { channels: ['email'] });
    expect(() => renderMessages(plan, loadTemplates(TEMPLATES_ROOT, 'id', ['sms']))).toThrow(
      /email/,
    );
    expect(() => renderMessages(plan, loadTemplates(TEMPLATES_ROOT, 'en', ['email']))).toThrow(
      /id/,
    );
  });

  it.each(MATRIX)('%s: tidy output, every slot filled', (_label, plan) => {
    for (const m of Object.values(render(plan))) {
      const text = everything(m);
      expect(text).not.toMatch(/\{\{|\}\}|undefined|null|\[object/);
      expect(text).not.toMatch(/ {2}| [.,?]|\.\.(?!\.)|,,/);
      expect(text).not.toMatch(/[ \t]$/m);
      expect(text).not.toMatch(/\n{3}/);
      expect(m.body).toBe(m.body.trim());
    }
  });
});

describe('the article', () => {
  it.each(MATRIX)('%s: voicemail takes at most 75 words', (_label, plan) => {
    expect(render(plan).voicemail.body.split(/\s+/).length).toBeLessThanOrEqual(75);
  });

  it.each(MATRIX)('%s: the text message is GSM-7 in at most 2 segments', (_label, plan) => {
    const sms = render(plan).sms;
    expect(isGsm7(sms.body)).toBe(true);
    expect(sms.segments).toBeLessThanOrEqual(2);
  });

  it.each(MATRIX)('%s: LinkedIn note within 200 characters', (_label, plan) => {
    expect(render(plan).linkedin.length).toBeLessThanOrEqual(200);
  });

  it.each(LANGS)('%s: the text message stays GSM-7 when values carry typography', (lang) => {
    const plan = fullPlan(lang, {
      company: 'PT \u201cMaju\u201d \u2014 Jaya',
      sender: { name: 'Rina \u2018Ina\u2019 Wijaya\u00a0\u{1f642}' },
      reason: 'other',
      reasonText: 'Ada urusan keluarga\u2026 maaf \u2013 sungguh',
    });
    const sms = render(plan).sms;
    expect(isGsm7(sms.body)).toBe(true);
    expect(sms.body).toContain('PT "Maju" - Jaya');
    expect(sms.body).toContain("Rina 'Ina' Wijaya");
  });

  it.each(LANGS)('%s: the phone script asks to stay connected on LinkedIn', (lang) => {
    expect(render(fullPlan(lang)).phone.body).toMatch(/LinkedIn\?/);
  });

  it.each([
    ['id', 'cancel', /membatalkan wawancara|pembatalan wawancara/i],
    ['id', 'reschedule', /menjadwalkan ulang|dijadwalkan ulang|penjadwalan ulang/],
    ['en', 'cancel', /cancel/i],
    ['en', 'reschedule', /reschedule/i],
  ] as const)('%s %s: every message says what is asked', (lang, mode, said) => {
    for (const m of Object.values(render(fullPlan(lang, { mode })))) {
      expect(everything(m), m.channel).toMatch(said);
    }
  });
});

describe('short notice', () => {
  const SHORT_APOLOGY: Record<Lang, RegExp> = {
    id: /mohon maaf (karena|atas pemberitahuan|atas pembatalan|atas permintaan).*(mendadak|kurang dari 24 jam)/i,
    en: /(sorry|apologise).*(short notice|less than 24 hours)/,
  };
  const cases = LANGS.flatMap((lang) =>
    MODES.flatMap((mode) => CHANNELS.map((channel) => [lang, mode, channel] as const)),
  );

  it.each(cases)('%s %s %s: apologises for the short notice only when short', (lang, mode, ch) => {
    expect(render(shortPlan(lang, { mode }))[ch].body).toMatch(SHORT_APOLOGY[lang]);
    expect(render(fullPlan(lang, { mode }))[ch].body).not.toMatch(SHORT_APOLOGY[lang]);
  });
});

describe('reschedule', () => {
  const slots = [
    iso('2026-11-30T09:00:00+07:00'),
    iso('2026-12-01T14:00:00+07:00'),
    iso('2026-12-02T10:30:00+07:00'),
  ];
  it.each(
    LANGS.flatMap((lang) => (['phone', 'email', 'sms'] as const).map((ch) => [lang, ch] as const)),
  )('%s %s lists every proposed slot', (lang, channel) => {
    const count = channel === 'sms' ? 2 : 3;
    const plan = fullPlan(lang, { mode: 'reschedule', slots: slots.slice(0, count) });
    const body = render(plan)[channel].body;
    for (const slot of slots.slice(0, count)) {
      expect(body).toContain(formatWhen(slot, { id: 'Asia/Jakarta' }, lang));
    }
  });

  it.each([
    ['id', /waktu lain/],
    ['en', /another time/],
  ] as const)('%s asks for a new time when no slot is proposed', (lang, ask) => {
    const messages = render(fullPlan(lang, { mode: 'reschedule', slots: [] }));
    for (const channel of ['phone', 'email', 'sms'] as const) {
      expect(messages[channel].body).toMatch(ask);
    }
  });

  it.each(LANGS)('%s: a cancellation lists no slots', (lang) => {
    const body = render(fullPlan(lang, { mode: 'cancel' })).email.body;
    expect(body).not.toContain(formatWhen(slots[0]!, { id: 'Asia/Jakarta' }, lang));
  });
});

describe('addressing the recruiter', () => {
  it.each([
    ['id', 'Budi Santoso', 'bapak', 'Yth. Bapak Budi Santoso', 'Bapak Budi Santoso'],
    ['id', 'Sari Dewi', 'ibu', 'Yth. Ibu Sari Dewi', 'Ibu Sari Dewi'],
    ['id', 'Andi Pratama', undefined, 'Yth. Bapak/Ibu Andi Pratama', 'Bapak/Ibu Andi Pratama'],
    ['id', undefined, undefined, 'Yth. Tim Rekrutmen PT Maju Jaya', 'Bapak/Ibu'],
    ['id', undefined, 'ibu', 'Yth. Tim Rekrutmen PT Maju Jaya', 'Ibu'],
    ['en', 'Budi Santoso', 'bapak', 'Dear Budi Santoso,', 'Budi Santoso'],
    ['en', undefined, undefined, 'Dear PT Maju Jaya Hiring Team,', ''],
  ] as const)('%s, %s (%s): "%s"', (lang, interviewer, honorific, salutation, callee) => {
    const messages = render(fullPlan(lang, { interviewer, honorific }));
    expect(messages.email.body.split('\n')[0]).toBe(salutation);
    const firstLine = messages.phone.body.split('\n')[0] ?? '';
    if (callee)
      expect(firstLine).toMatch(new RegExp(`^Selamat \\w+, ${callee}\\.$|, ${callee}\\.$`));
    else expect(firstLine).toMatch(/^Good (morning|afternoon|evening)\.$/);
  });

  it.each([
    ['bapak', 'Bapak'],
    ['ibu', 'Ibu'],
    [undefined, 'Bapak/Ibu'],
  ] as const)('Indonesian second person for %s is "%s"', (honorific, you) => {
    const body = render(fullPlan('id', { honorific })).email.body;
    expect(body).toContain(`Atas perhatian dan pengertian ${you}, saya ucapkan terima kasih.`);
  });

  it.each([
    ['07:30', 'Selamat pagi', 'Good morning'],
    ['13:00', 'Selamat siang', 'Good afternoon'],
    ['16:00', 'Selamat sore', 'Good afternoon'],
    ['19:00', 'Selamat malam', 'Good evening'],
  ])('a call at %s opens with "%s" / "%s"', (time, id, en) => {
    const plan = (lang: Lang): Plan =>
      makePlan(fullRequest(lang), { now: `2026-11-25T${time}:00+07:00` });
    expect(render(plan('id')).phone.body).toMatch(new RegExp(`^${id}, `));
    expect(render(plan('en')).phone.body).toMatch(new RegExp(`^${en}, `));
  });

  it('greets for the time the call is planned, not the time of writing', () => {
    const plan = makePlan(fullRequest('id'), {
      now: '2026-11-24T21:00:00+07:00',
      callAt: '2026-11-25T09:00:00+07:00',
      openNow: false,
      first: 'call',
    });
    expect(render(plan).phone.body).toMatch(/^Selamat pagi, /);
  });
});

describe('role', () => {
  it.each([
    ['id', 'untuk posisi Product Designer di PT Maju Jaya', 'proses seleksi di PT Maju Jaya'],
    ['en', 'the Product Designer role at PT Maju Jaya', 'a position at PT Maju Jaya'],
  ] as const)('%s: named when given, phrased without it when absent', (lang, withRole, without) => {
    expect(render(fullPlan(lang)).email.body).toContain(withRole);
    const body = render(fullPlan(lang, { role: undefined })).email.body;
    expect(body).toContain(without);
    expect(body).not.toMatch(/posisi di|posisi {2}|the {2}role|the role role/);
  });
});

describe('reasons', () => {
  it.each([
    ['id', 'cancel', 'Saya telah menerima tawaran pekerjaan lain.'],
    ['id', 'reschedule', 'Saya sedang mempertimbangkan tawaran pekerjaan lain.'],
    ['en', 'cancel', 'I have accepted another job offer.'],
    ['en', 'reschedule', 'I am considering another job offer.'],
  ] as const)('%s %s: the offer is named honestly, the employer never', (lang, mode, said) => {
    const messages = render(fullPlan(lang, { mode, reason: 'offer', company: 'Zyxcorp' }));
    for (const channel of ['phone', 'email', 'sms'] as const) {
      const body = messages[channel].body;
      expect(body).toContain(said);
      // The sentence ends right after the offer: no "di …", "at …", "with …" naming a place.
      expect(body).not.toMatch(
        /(tawaran pekerjaan lain|another job offer) (di|dari|dengan|at|with|from) /,
      );
      // The only company anywhere is the one the candidate interviews with.
      const companies = body.match(/\b(PT|CV|Tbk|Inc|Ltd|Corp|Zyxcorp)\b/g) ?? [];
      expect(companies.every((c) => c === 'Zyxcorp')).toBe(true);
    }
  });

  it.each([
    ['id', 'family', 'merawat anggota keluarga'],
    ['id', 'relocation', 'pindah ke kota lain'],
    ['id', 'health', 'kesehatan'],
    ['id', 'conflict', 'jadwal lain'],
    ['id', 'fit', 'kurang sesuai'],
    ['id', 'personal', 'Keadaan pribadi'],
    ['en', 'family', 'care for a family member'],
    ['en', 'relocation', 'relocating'],
    ['en', 'health', 'health'],
    ['en', 'conflict', 'scheduling conflict'],
    ['en', 'fit', 'not the right fit'],
    ['en', 'personal', 'personal circumstances'],
  ] as const)('%s %s is explained briefly', (lang, reason, said) => {
    expect(render(fullPlan(lang, { reason })).email.body).toContain(said);
  });

  it.each(LANGS)('%s: the own sentence follows the reason; "other" uses it alone', (lang) => {
    const withOwn = render(fullPlan(lang, { reason: 'health', reasonText: OWN_REASON[lang] }));
    expect(withOwn.email.body).toMatch(new RegExp(`\\. ${OWN_REASON[lang]}\\.`));
    const other = render(fullPlan(lang, { reason: 'other', reasonText: `${OWN_REASON[lang]}!` }));
    expect(other.email.body).toMatch(new RegExp(`WI[BT]A?\\. ${OWN_REASON[lang]}!\\n`));
  });
});

describe('language', () => {
  it.each(MATRIX.filter(([label]) => label.startsWith('id')))(
    '%s: formal Indonesian: no "interview", "kamu", "aku"',
    (_label, plan) => {
      for (const m of Object.values(render(plan))) {
        expect(everything(m)).not.toMatch(/interview|\bkamu\b|\baku\b|\bkau\b|\bgue\b|\bnggak\b/i);
      }
    },
  );

  it.each(MATRIX)('%s: plain spaces only', (_label, plan) => {
    for (const m of Object.values(render(plan))) {
      expect(everything(m)).not.toMatch(/[\u00a0\u202f\u2009]/);
    }
  });

  it.each([
    ['id', 'Jumat, 27 November 2026 pukul 10.00 WIB'],
    ['en', 'Friday, 27 November 2026 at 10:00 AM WIB'],
  ] as const)('%s names the interview as "%s"', (lang, when) => {
    const messages = render(fullPlan(lang));
    for (const channel of ['phone', 'voicemail', 'email', 'sms'] as const) {
      expect(messages[channel].body).toContain(when);
    }
  });

  it.each([
    ['id', 'Yth. ', 'Dengan hormat,', 'Hormat saya,'],
    ['en', 'Dear ', 'Thank you for your time', 'Kind regards,'],
  ] as const)('%s email: salutation, opening, sign-off with contact', (lang, yth, open, close) => {
    const body = render(fullPlan(lang)).email.body;
    expect(body.startsWith(yth)).toBe(true);
    expect(body).toContain(open);
    expect(body).toMatch(
      new RegExp(`${close}\\n\\nRina Wijaya\\n\\+62 812-3456-7890\\nrina@example\\.com$`),
    );
  });
});
