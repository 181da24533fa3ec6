import { describe, expect, it } from 'vitest';
import { makePlan } from '../../src/core/plan.js';
import type { Lang, Message, Plan, Request } from '../../src/core/types.js';
import { toText } from '../../src/deliver/text.js';
import { loadForeignFormat } from '../../src/messages/phone-number.js';
import { loadTemplates } from '../../src/messages/load-templates.js';
import { renderMessages } from '../../src/messages/render.js';
import { fullRequest, iso, minimalRequest, planFor, TEMPLATES_ROOT } from '../messages/fixtures.js';

/** The plan core decides for the full request, with the interview at `at` seen at `now`. */
function plan(lang: Lang, at: string, now: string): Plan {
  return makePlan(fullRequest(lang, { at: iso(at) }), iso(now));
}

const MESSAGES: Message[] = (['phone', 'voicemail', 'email', 'sms', 'linkedin'] as const).map(
  (channel) => ({ channel, body: `(${channel})`, length: channel.length + 2 }),
);

/** The numbered headings of a text plan, in order. */
const headings = (text: string) => text.split('\n').filter((line) => /^\d\. /.test(line));

describe('the text plan: messages in the order to act, each saying when', () => {
  it.each<[string, Lang, string, string, string[]]>([
    [
      'call now',
      'id',
      '2026-11-27T10:00+07:00',
      '2026-11-25T10:00+07:00',
      [
        '1. Telepon — sekarang',
        '2. Pesan suara — jika telepon tidak diangkat',
        '3. Email — kirim setelah menelepon',
        '4. SMS / WhatsApp — kirim setelah menelepon',
        '5. LinkedIn — catatan ajakan terhubung',
      ],
    ],
    [
      'call now',
      'en',
      '2026-11-27T10:00+07:00',
      '2026-11-25T10:00+07:00',
      [
        '1. Call — now',
        '2. Voicemail — if nobody answers',
        '3. Email — send after the call',
        '4. Text message (SMS / WhatsApp) — send after the call',
        '5. LinkedIn — connection note',
      ],
    ],
    [
      'call at the opening',
      'id',
      '2026-11-27T10:00+07:00',
      '2026-11-25T06:00+07:00',
      ['1. Telepon — hari ini pukul 09.00 WIB', '2. Pesan suara — jika telepon tidak diangkat'],
    ],
    [
      'call at the opening',
      'en',
      '2026-11-27T10:00+07:00',
      '2026-11-24T19:00+07:00',
      ['1. Call — tomorrow at 9:00 AM WIB', '2. Voicemail — if nobody answers'],
    ],
    [
      'write, then call',
      'id',
      '2026-11-30T10:00+07:00',
      '2026-11-27T18:00+07:00',
      [
        '1. Email — kirim sekarang',
        '2. SMS / WhatsApp — kirim sekarang',
        '3. Telepon — pada Senin, 30 November pukul 09.00 WIB, untuk memastikan pesan Anda sudah diterima',
        '4. Pesan suara — jika telepon tidak diangkat',
        '5. LinkedIn — catatan ajakan terhubung',
      ],
    ],
    [
      'write, then call',
      'en',
      '2026-11-30T10:00+07:00',
      '2026-11-27T18:00+07:00',
      [
        '1. Email — send now',
        '2. Text message (SMS / WhatsApp) — send now',
        '3. Call — on Monday, 30 November at 9:00 AM WIB, to make sure your message arrived',
        '4. Voicemail — if nobody answers',
        '5. LinkedIn — connection note',
      ],
    ],
    [
      'write, no call in time',
      'id',
      '2026-11-27T09:00+07:00',
      '2026-11-26T23:30+07:00',
      [
        '1. Email — kirim sekarang',
        '2. SMS / WhatsApp — kirim sekarang',
        '3. Telepon — hanya jika rekruter bisa dihubungi sebelum wawancara',
        '4. Pesan suara — jika telepon tidak diangkat',
        '5. LinkedIn — catatan ajakan terhubung',
      ],
    ],
    [
      'write, no call in time',
      'en',
      '2026-11-27T09:00+07:00',
      '2026-11-26T23:30+07:00',
      [
        '1. Email — send now',
        '2. Text message (SMS / WhatsApp) — send now',
        '3. Call — only if you can reach the recruiter before the interview',
      ],
    ],
  ])('%s (%s)', (_situation, lang, at, now, expected) => {
    const text = toText(plan(lang, at, now), MESSAGES, 0);
    expect(headings(text).slice(0, expected.length)).toEqual(expected);
  });

  it('puts each body under its own heading', () => {
    const text = toText(
      plan('en', '2026-11-27T09:00+07:00', '2026-11-26T23:30+07:00'),
      MESSAGES,
      0,
    );
    expect(text).toContain('1. Email — send now\nTo: budi@majujaya.example\n\n(email)');
    expect(text).toContain(
      '3. Call — only if you can reach the recruiter before the interview\n(phone)',
    );
  });

  it('keeps the order of the channels asked for, in the order to act', () => {
    const two = MESSAGES.filter((m) => m.channel === 'phone' || m.channel === 'sms');
    const text = toText(plan('en', '2026-11-30T10:00+07:00', '2026-11-27T18:00+07:00'), two, 0);
    expect(headings(text)).toEqual([
      '1. Text message (SMS / WhatsApp) — send now',
      '2. Call — on Monday, 30 November at 9:00 AM WIB, to make sure your message arrived',
    ]);
  });
});

function plainText(request: Request): string {
  const plan = planFor(request);
  const messages = renderMessages(
    plan,
    loadTemplates(TEMPLATES_ROOT, request.lang, request.channels),
  );
  return toText(plan, messages, 0);
}

/** The lines of the section under the heading that holds `heading`, up to its first blank line. */
function sectionHead(text: string, heading: RegExp): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end);
}

describe("the text plan shows the recruiter's address and number where given", () => {
  it.each([
    ['id', /^\d\. Email/, ['Kepada: budi@majujaya.example', /^Subjek: /]],
    ['en', /^\d\. Email/, ['To: budi@majujaya.example', /^Subject: /]],
    ['id', /^\d\. SMS/, ['Kepada: 0811-9876-5432']],
    ['en', /^\d\. Text message/, ['To: +62 811-9876-5432']],
  ] as [Lang, RegExp, (string | RegExp)[]][])('%s, %s', (lang, heading, expected) => {
    const head = sectionHead(plainText(fullRequest(lang)), heading);
    expect(head).toHaveLength(expected.length);
    expected.forEach((line, i) => expect(head[i]).toMatch(line));
  });

  it.each([
    ['id', 'Kepada: +44 7700 900123'],
    ['en', 'To: +44 7700 900123'],
  ] as [Lang, string][])(
    '%s: a foreign number is grouped as its country writes it',
    async (lang, line) => {
      const request = fullRequest(lang, {
        recruiter: { email: 'hr@example.co.uk', phone: '+447700900123' },
      });
      const plan = planFor(request);
      const foreign = await loadForeignFormat([request.recruiter.phone]);
      const messages = renderMessages(plan, loadTemplates(TEMPLATES_ROOT, lang, request.channels));
      expect(sectionHead(toText(plan, messages, 0, foreign), /^\d\. (SMS|Text message)/)).toEqual([
        line,
      ]);
    },
  );

  it.each(['id', 'en'] as Lang[])('%s: without them, no such line', (lang) => {
    const text = plainText(minimalRequest(lang));
    expect(text).not.toMatch(/^(Kepada|To):/mu);
    expect(sectionHead(text, /^\d\. Email/)).toEqual([expect.stringMatching(/^Subje(k|ct): /)]);
  });
});
