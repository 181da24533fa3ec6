import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/locales/index.js';
import { KEY, startPty, terminalEnv, WHAT_NEXT_DONE, type PtySession } from './pty.js';
import { BIN, ROOT, SCRIPTED } from './run-bin.js';

/** `args` without the flags `names` and their values. */
const without = (args: string[], names: string[]) =>
  args.filter((arg, i) => !names.includes(arg) && !names.includes(args[i - 1] ?? ''));

// No --at; --now without a zone, read in the interview's: Wednesday 25 November 2026, 09:00.
const FLAGS = [
  ...without(SCRIPTED, ['--at', '--now']),
  '--now',
  '2026-11-25 09:00',
  '--sure',
  '--to',
  'hr@majujaya.example',
  '--recruiter-phone',
  '0811-2233-4455',
];

let session: PtySession | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

function start(lang: 'id' | 'en', tz: string): PtySession {
  session = startPty(process.execPath, [BIN, '--lang', lang, ...FLAGS], {
    cwd: ROOT,
    env: terminalEnv({ TZ: tz }),
  });
  return session;
}

describe('the zone question in a real terminal', () => {
  it.each([
    ['id', 'UTC', 'UTC', '', 'Kamis, 26 November 2026 pukul 10.00 WITA'],
    ['en', 'UTC', 'UTC', '', 'Thursday, 26 November 2026 at 10:00 AM WITA'],
    // Node reads an unknown TZ as no zone at all.
    ['id', 'Mars/Olympus', '', '', 'Kamis, 26 November 2026 pukul 10.00 WITA'],
    [
      'en',
      'Europe/London',
      'Europe/London',
      KEY.down.repeat(2),
      'Thursday, 26 November 2026 at 10:00 AM GMT',
    ],
  ] as const)(
    '%s with TZ=%s: asked after the date, then the verdict and the plan in that zone',
    async (lang, tz, shown, extra, when) => {
      const L = LOCALES[lang].prompts;
      const t = start(lang, tz);
      await t.answer(L.zone.at, 'besok 10.00\r');
      // WIB first; one down is WITA; the computer's own zone comes after WIT.
      await t.answer(L.zone.message(shown), KEY.down + extra + KEY.enter);
      await t.waitFor(lang === 'id' ? 'Waktu tersisa 25 jam' : '25 hours left');
      await t.waitFor(when);
      await t.answer(L.whatNext.message, WHAT_NEXT_DONE);
      expect(await t.exited).toMatchObject({ exitCode: 0 });
    },
  );

  it.each(['id', 'en'] as const)(
    '%s with TZ=Asia/Jakarta: no zone question, the date is read in WIB',
    async (lang) => {
      const L = LOCALES[lang].prompts;
      const t = start(lang, 'Asia/Jakarta');
      await t.answer(L.at('WIB'), 'besok 10.00\r');
      await t.waitFor(lang === 'id' ? 'pukul 10.00 WIB' : '10:00 AM WIB');
      await t.answer(L.whatNext.message, WHAT_NEXT_DONE);
      expect(await t.exited).toMatchObject({ exitCode: 0 });
      expect(t.text()).not.toContain(L.zone.message('Asia/Jakarta'));
      expect(t.text()).not.toContain(L.zone.wita);
    },
  );

  it('TZ=UTC with a zone typed in the date: no zone question', async () => {
    const L = LOCALES.id.prompts;
    const t = start('id', 'UTC');
    await t.answer(L.zone.at, 'besok 10.00 WIT\r');
    await t.waitFor('Kamis, 26 November 2026 pukul 10.00 WIT');
    await t.answer(L.whatNext.message, WHAT_NEXT_DONE);
    expect(await t.exited).toMatchObject({ exitCode: 0 });
    expect(t.text()).not.toContain(L.zone.message('UTC'));
  });
});
