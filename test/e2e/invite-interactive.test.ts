import ICAL from 'ical.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/locales/index.js';
import { INVITES } from '../sources/fixtures.js';
import { KEY, startPty, terminalEnv, type PtySession } from './pty.js';
import { BIN, ROOT } from './run-bin.js';

const EN = LOCALES.en.prompts;
let session: PtySession | undefined;
const dir = mkdtempSync(join(tmpdir(), 'batal-invite-pty-'));
afterEach(() => session?.kill());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an invitation in a real terminal', () => {
  it('asks only what the invitation left out, says what it took, writes the reply', async () => {
    const out = join(dir, 'reply.ics');
    const command = [process.execPath, BIN, '--now', '2026-11-25 09:00 WIB', '--format', 'ics']
      .concat(['--invite', `${INVITES}google-calendar.ics`])
      .map((arg) => `'${arg}'`)
      .join(' ');
    const t = startPty('/bin/sh', ['-c', `${command} > '${out}'`], {
      cwd: ROOT,
      env: terminalEnv(),
    });
    session = t;
    await t.answer('Bahasa / Language', KEY.down + KEY.enter);
    await t.waitFor(
      "From the invitation: interview time, company, role, interviewer, recruiter's email, your email.",
    );
    await t.answer(EN.reason, KEY.enter);
    await t.answer(EN.reasonText.optional, KEY.enter);
    await t.answer(EN.gate.message, KEY.enter);
    await t.answer(EN.name, 'Budi Santoso\r');
    await t.answer(EN.phone, KEY.enter);
    await t.answer(EN.recruiterPhone, KEY.enter);
    // With an invitation the menu has six actions: "done" is the last.
    await t.answer(EN.whatNext.message, KEY.down.repeat(5) + KEY.enter);
    // Only the name was typed: the address came from the invitation and is not offered.
    await t.answer(EN.profile.save('name'), KEY.down + KEY.enter);
    expect(await t.exited).toMatchObject({ exitCode: 0 });

    for (const asked of [EN.company, EN.role, EN.interviewer, EN.at('WIB'), EN.email, EN.to]) {
      expect(t.text()).not.toContain(asked);
    }
    const event = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8'))).getFirstSubcomponent(
      'vevent',
    );
    const attendee = event?.getFirstProperty('attendee');
    expect(attendee?.getFirstValue()).toBe('mailto:budi.santoso@gmail.com');
    expect(attendee?.getParameter('partstat')).toBe('DECLINED');
  });
});
