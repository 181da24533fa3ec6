import { SegmentedMessage } from 'sms-segments-calculator';
import { describe, expect, it } from 'vitest';
import { formatOutput } from '../../src/deliver/index.js';
import { LANGS, type Answers, type Lang } from '../../src/core/types.js';
import { LONG, messagesOf, NOW, planOf, renderAll, SLOTS, WRITE_FIRST } from './scenarios.js';
import { violations, type Case } from './matrix.js';

/** GSM 03.38, basic table and extension table, written out here as the second opinion. */
const GSM7 =
  /^[@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà^{}\\[~\]|€]*$/;

/** How the interview (Friday 27 November 2026, 10:00 WIB) may be said in a text. */
const INTERVIEW: Record<Lang, RegExp> = {
  id: /(Jumat, 27(\/11| November( 2026)?)|besok|hari ini) pukul 10\.00 WIB|Senin, 30(\/11| November( 2026)?) pukul 10\.00 WIB/,
  en: /(Fri(day)?,? 27 Nov(ember)?( 2026)?|tomorrow|today) at 10:00 AM WIB|(Mon(day)?,? 30 Nov(ember)?( 2026)?) at 10:00 AM WIB/,
};
/** Each proposed time: its day of the month and its time. */
const SLOT_WORDS: Record<Lang, RegExp[]> = {
  id: [
    /30(\/11| November) pukul 09\.00/,
    /1(\/12| Desember) pukul 14\.00/,
    /2(\/12| Desember) pukul 10\.30/,
  ],
  en: [/30 Nov(ember)? at 9:00 AM/, /1 Dec(ember)? at 2:00 PM/, /2 Dec(ember)? at 10:30 AM/],
};
const ASK: Record<Lang, Record<'cancel' | 'reschedule', RegExp>> = {
  id: { cancel: /mengundurkan diri dari proses seleksi/, reschedule: /jadwal/ },
  en: { cancel: /withdraw my application/, reschedule: /move my interview/ },
};

/** What a text must keep, whatever it had to leave out. */
function missingFacts(c: Case, text: string): string | false {
  const name = c.answers.name ?? '';
  const company = c.answers.company ?? '';
  if (!INTERVIEW[c.lang].test(text)) return 'no interview date and time';
  const slots = SLOT_WORDS[c.lang].slice(0, c.slots).filter((slot) => !slot.test(text));
  if (slots.length) return `missing slot ${String(slots[0])}`;
  if (!text.includes(name)) return 'no sender name';
  if (!text.includes(company)) return 'no company';
  if (!ASK[c.lang][c.mode].test(text)) return 'no ask';
  return false;
}

describe('the text message keeps the facts', () => {
  it.each(LANGS)(
    '%s: date, time, slots, who writes and what they ask, in every case',
    async (lang) => {
      expect(await violations(lang, (c) => missingFacts(c, c.messages.sms.body))).toEqual([]);
    },
  );

  it.each(LANGS)('%s: so does the whole text WhatsApp gets', async (lang) => {
    expect(await violations(lang, (c) => missingFacts(c, c.messages.sms.full ?? ''))).toEqual([]);
  });

  it.each(LANGS)('%s: GSM-7 only, two segments at most for typical input', async (lang) => {
    const found = await violations(lang, (c) => {
      const body = c.messages.sms.body;
      if (!GSM7.test(body)) return 'not GSM-7';
      // The oracle, not our own counter, says how many segments it takes.
      const segments = new SegmentedMessage(body).segmentsCount;
      return !c.long && segments > 2 && `${segments} segments`;
    });
    expect(found).toEqual([]);
  });

  it.each(LANGS)('%s: WhatsApp gets the whole text: role, year, reason', async (lang) => {
    const found = await violations(lang, (c) => {
      const full = c.messages.sms.full ?? '';
      const role = c.answers.role;
      if (role && !full.includes(role)) return 'no role';
      return (
        !/ 2026 | 2026\n/.test(full) && !/besok|hari ini|tomorrow|today/.test(full) && 'no year'
      );
    });
    expect(found).toEqual([]);
  });
});

describe('shortening a text drops the role, then the year, then ornaments, then the reason', () => {
  // Each row: answers → what the SMS still holds (role, the interview's year, the long
  // date form, the reason sentence). Literal expectations, read off the rule.
  it.each<[string, Lang, Answers, [boolean, boolean, boolean, boolean]]>([
    ['fits whole', 'en', { role: 'Analyst' }, [true, true, true, true]],
    ['role goes first', 'id', {}, [false, true, true, true]],
    ['then the year', 'id', { reason: 'family' }, [false, false, false, true]],
    [
      'then the reason',
      'id',
      { reason: 'family', reasonText: 'ayah saya baru saja menjalani operasi' },
      [false, false, false, false],
    ],
    [
      'three slots: compact dates, no reason',
      'id',
      { mode: 'reschedule', reason: 'health', slots: SLOTS },
      [false, false, false, false],
    ],
  ])('%s (%s)', async (_label, lang, answers, [role, year, long, reason]) => {
    const { sms } = await messagesOf(lang, answers);
    const roleName = answers.role ?? 'Product Designer';
    expect(sms.body.includes(roleName)).toBe(role);
    expect(/\b2026\b/.test(sms.body)).toBe(year);
    expect(/27 November|27 Nov/.test(sms.body)).toBe(long || year);
    const said = /tawaran|offer|keluarga|family|Kondisi kesehatan|health/.test(sms.body);
    expect(said).toBe(reason);
  });

  it.each<[Lang, string]>([
    [
      'id',
      '- Senin, 30/11 pukul 09.00 WIB\n- Selasa, 1/12 pukul 14.00 WIB\n- Rabu, 2/12 pukul 10.30 WIB\n',
    ],
    [
      'en',
      '- Mon 30 Nov at 9:00 AM WIB\n- Tue 1 Dec at 2:00 PM WIB\n- Wed 2 Dec at 10:30 AM WIB\n',
    ],
  ])('%s: compact dates, each proposed time on its own line', async (lang, list) => {
    const { sms } = await messagesOf(lang, { mode: 'reschedule', slots: SLOTS, now: NOW.short });
    expect(sms.body).toContain(list);
  });

  it.each<[Lang, Answers, string]>([
    ['id', { now: NOW.short }, 'besok pukul 10.00 WIB'],
    ['id', { now: NOW.sameDay }, 'hari ini pukul 10.00 WIB'],
    ['en', { now: NOW.short }, 'tomorrow at 10:00 AM WIB'],
    ['en', { now: NOW.sameDay }, 'today at 10:00 AM WIB'],
    ['id', { ...LONG, now: NOW.short }, 'besok pukul 10.00 WIB'],
  ])('%s %j: names the day as "%s"', async (lang, answers, said) => {
    const { sms } = await messagesOf(lang, answers);
    expect(sms.body).toContain(said);
  });
});

describe('--format wa', () => {
  it.each(LANGS)('%s: carries the whole text, not the one cut for SMS', async (lang) => {
    const plan = planOf(lang, {
      channels: 'sms',
      mode: 'reschedule',
      slots: SLOTS,
      now: NOW.short,
    });
    const messages = Object.values(await renderAll(plan));
    const [sms] = messages;
    expect(sms?.full).not.toBe(sms?.body);
    const link = await formatOutput(
      { ...plan, request: { ...plan.request, format: 'wa' } },
      messages,
      { colour: 0 },
    );
    const text = decodeURIComponent(new URL(link.trim()).searchParams.get('text') ?? '');
    expect(text).toBe(sms?.full);
  });

  it.each<[Lang, Answers, string]>([
    ['id', {}, 'Selamat pagi, Bu Sari. Saya Rina Wijaya, pelamar posisi Product Designer'],
    ['id', { now: NOW.callLater }, 'Permisi, Bu Sari. Saya Rina Wijaya'],
    ['id', WRITE_FIRST, 'Selamat siang, Bu Sari. Saya Rina Wijaya'],
    ['id', { honorific: undefined }, 'Selamat pagi, Sari Wulandari. Saya'],
    ['id', { interviewer: undefined, honorific: undefined }, 'Selamat pagi, Bapak/Ibu. Saya'],
    ['id', { interviewer: undefined }, 'Selamat pagi, Bu. Saya'],
    ['en', {}, 'Hi Sarah, this is Rina Wijaya, who applied for the Product Designer role'],
    ['en', { interviewer: undefined }, 'Hello, this is Rina Wijaya'],
  ])('%s %j: opens "%s"', async (lang, answers, opening) => {
    const { sms } = await messagesOf(lang, answers);
    expect(sms.full?.startsWith(opening)).toBe(true);
  });
});
