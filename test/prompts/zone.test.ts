// ./screens.js must come first: it mocks @inquirer/prompts for the flow.
import { ANSWERS, context, drive, screen, type Step } from './screens.js';
import { describe, expect, it } from 'vitest';
import { resolveRequest } from '../../src/core/request.js';
import type { Answers, Lang } from '../../src/core/types.js';
import { askMissing } from '../../src/prompts/flow.js';
import { LOCALES, sayProblem } from '../../src/locales/index.js';
import { zoneInText, zoneUnknown } from '../../src/prompts/zone.js';

const LANG_CASES: Lang[] = ['id', 'en'];

describe('zoneUnknown: when the interview zone must be asked', () => {
  it.each([
    [{}, 'Asia/Jakarta', false],
    [{}, 'Asia/Pontianak', false],
    [{}, 'Asia/Makassar', false],
    [{}, 'Asia/Jayapura', false],
    // An old alias of Asia/Makassar, as some systems still name it.
    [{}, 'Asia/Ujung_Pandang', false],
    [{}, 'UTC', true],
    [{}, 'Etc/UTC', true],
    [{}, 'Europe/Berlin', true],
    [{}, 'Asia/Singapore', true],
    // Node's answer for an empty TZ, and for one it does not know.
    [{}, 'Etc/Unknown', true],
    [{}, undefined, true],
    [{}, 'Foo/Bar', true],
    [{ tz: 'WITA' }, 'UTC', false],
    [{ tz: 'Europe/Berlin' }, undefined, false],
    [{ tz: '  ' }, 'UTC', true],
  ] as [Answers, string | undefined, boolean][])(
    '%j on a %s computer → %s',
    (answers, system, asked) => {
      expect(zoneUnknown(answers, system)).toBe(asked);
    },
  );
});

describe('zoneInText: a zone typed in the date answers the question', () => {
  const { clock } = context();
  it.each([
    ['besok 10.00 WITA', true],
    ['27/11/2026 10.00 wit', true],
    ['2026-11-27T10:00+08:00', true],
    ['2026-11-27 10:00 Z', true],
    ['2026-11-27 10:00 Asia/Singapore', true],
    ['besok 10.00', false],
    ['27/11/2026 10.00', false],
    ['not a date', false],
  ])('%s → %s', (text, has) => {
    expect(zoneInText(text, clock)).toBe(has);
  });
});

/** Everything but the date, so that the date and the zone are the first questions. */
const GIVEN: Answers = { ...ANSWERS, at: undefined };

describe.each(LANG_CASES)('the zone question in %s', (lang) => {
  const L = LOCALES[lang].prompts;
  const given = { ...GIVEN, lang };

  it('a UTC computer: the zone is asked after the date, WIB first, and the verdict follows', async () => {
    const ctx = context(undefined, 'UTC');
    const flow = askMissing(given, ctx);
    await drive(Promise.resolve(), [{ expect: L.zone.at, type: 'besok 10.00' }]);
    await screen.next();
    const shown = screen.getScreen();
    expect(shown).toContain(L.zone.message('UTC'));
    const order = [L.zone.wib, L.zone.wita, L.zone.wit, L.zone.system('UTC'), L.zone.other];
    const at = order.map((choice) => shown.indexOf(choice));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Nothing is shown before the zone is known: the verdict follows the zone question.
    expect(ctx.stderr()).toBe('');
    const answers = await drive(flow, [{ expect: L.zone.message('UTC'), down: 1 }]);

    expect(answers).toMatchObject({ at: 'besok 10.00', tz: 'Asia/Makassar' });
    const { request } = resolveRequest(answers, ctx.clock);
    // Thursday 26 November, 10:00 in Makassar: 02:00 UTC.
    expect(request.at.getTime()).toBe(Date.parse('2026-11-26T02:00:00Z'));
    expect(request.zone.id).toBe('Asia/Makassar');
    expect(ctx.stderr()).toMatch(/\bWITA\b/);
    expect(ctx.stderr()).not.toMatch(/\bUTC\b/);
  });

  it('a zone typed in the date answer: no zone question', async () => {
    const ctx = context(undefined, 'UTC');
    const answers = await drive(askMissing({ ...given, reason: undefined }, ctx), [
      { expect: L.zone.at, type: 'besok 10.00 WITA' },
      { expect: L.reason },
      { expect: L.reasonText.optional },
    ]);
    expect(answers.at).toBe('besok 10.00 WITA');
    expect(answers.tz).toBeUndefined();
    expect(ctx.stderr()).not.toContain(L.zone.message('UTC'));
  });

  it('a computer whose zone cannot be read: "other" takes an IANA name', async () => {
    const ctx = context(undefined, null);
    const answers = await drive(askMissing(given, ctx), [
      { expect: L.zone.at, type: '27/11/2026 10.00' },
      // WIB, WITA, WIT, other: the unreadable zone is not offered.
      { expect: L.zone.message(''), down: 3 },
      {
        expect: L.zone.otherMessage,
        type: 'Mars/Olympus',
        refused: sayProblem({ code: 'zone' }, LOCALES[lang]),
      },
      { expect: L.zone.otherMessage, erase: true, type: 'asia/singapore' },
    ]);
    expect(answers).toMatchObject({ at: '27/11/2026 10.00', tz: 'Asia/Singapore' });
    expect(ctx.stderr()).not.toContain(L.zone.system(''));
  });

  it('--at without a zone on a UTC computer: only the zone is asked', async () => {
    const ctx = context(undefined, 'UTC');
    const answers = await drive(askMissing({ ...given, at: '2026-11-27 10:00' }, ctx), [
      { expect: L.zone.message('UTC') },
    ]);
    expect(answers).toMatchObject({ at: '2026-11-27 10:00', tz: 'Asia/Jakarta' });
    expect(ctx.stderr()).not.toContain(L.zone.at);
  });

  it('--at with a zone on a UTC computer: nothing is asked', async () => {
    const ctx = context(undefined, 'UTC');
    const answers = await askMissing({ ...given, at: '2026-11-27 10:00 WIT' }, ctx);
    expect(answers.tz).toBeUndefined();
    expect(ctx.stderr()).not.toContain(L.zone.message('UTC'));
  });

  it('a time that has passed in the chosen zone is asked again', async () => {
    // 09:00 WIB is 02:00 UTC: "today 08:00" reads as a time to come until the zone is WIB.
    const ctx = context(undefined, 'UTC');
    const steps: Step[] = [
      { expect: L.zone.at, type: lang === 'id' ? 'hari ini 08.00' : 'today 08:00' },
      { expect: L.zone.message('UTC') },
      { expect: L.at('WIB'), type: 'besok 10.00' },
    ];
    const answers = await drive(askMissing(given, ctx), steps);
    expect(ctx.stderr()).toContain(sayProblem({ code: 'past' }, LOCALES[lang]));
    expect(answers).toMatchObject({ at: 'besok 10.00', tz: 'Asia/Jakarta' });
  });

  it('an Indonesian computer: the date question names its zone and no zone is asked', async () => {
    const ctx = context(undefined, 'Asia/Pontianak');
    const answers = await drive(askMissing({ ...given, reason: undefined }, ctx), [
      { expect: L.at('WIB'), type: 'besok 10.00' },
      { expect: L.reason },
      { expect: L.reasonText.optional },
    ]);
    expect(answers.tz).toBeUndefined();
    expect(ctx.stderr()).not.toContain(L.zone.message('Asia/Pontianak'));
  });
});
