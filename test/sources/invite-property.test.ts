import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replyOf, toIcs } from '../../src/deliver/ics.js';
import { parseInvitation } from '../../src/sources/invite.js';
import { loadInvitation } from '../../src/sources/invitation.js';
import { UsageError } from '../../src/core/errors.js';
import { Readable } from 'node:stream';
import { CLOCK, GOOGLE_ANSWERS, planOf } from '../deliver/support/invite-plan.js';
import { fixture } from './fixtures.js';

const FILES = [
  'google-calendar.ics',
  'outlook-exchange.ics',
  'calendly-utc.ics',
  'custom-vtimezone.ics',
  'thunderbird-folded.ics',
];

/** A fixture with lines dropped, repeated or replaced by anything: the shapes of a damaged file. */
const damaged = fc
  .record({
    file: fc.constantFrom(...FILES),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        how: fc.constantFrom('drop', 'repeat', 'replace', 'insert'),
        text: fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc.constantFrom(
            'RRULE:FREQ=DAILY',
            'DTSTART:2026',
            'DTSTART;TZID=Nowhere/City:20261127T100000',
            'END:VEVENT',
            'BEGIN:VEVENT',
            'ORGANIZER;CN="a\u001b[2Jb":mailto:x',
            'ATTENDEE:mailto:',
            'SEQUENCE:-1',
            'DURATION:P-1D',
            ' folded continuation',
          ),
        ),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ file, edits }) => {
    const lines = fixture(file).toString('utf8').split(/\r?\n/);
    for (const { at, how, text } of edits) {
      const i = at % lines.length;
      if (how === 'drop') lines.splice(i, 1);
      else if (how === 'repeat') lines.splice(i, 0, lines[i] ?? '');
      else if (how === 'replace') lines[i] = text;
      else lines.splice(i, 0, text);
    }
    return lines.join('\r\n');
  });

describe('any damaged invitation', () => {
  it('is read or refused with a code, and a read one always gives a reply ical.js can parse', async () => {
    await fc.assert(
      fc.asyncProperty(damaged, async (text) => {
        const read = await parseInvitation(text, 'budi@example.com');
        if (!read.ok) {
          expect(read.problem.code).toMatch(/^[a-z-]+$/);
          return;
        }
        for (const value of Object.values(read.value.answers)) {
          expect(value).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        }
        if (!read.value.event.organizer) return;
        const ics = toIcs(
          replyOf(planOf({ ...GOOGLE_ANSWERS }), { event: read.value.event }, 'Mohon maaf.'),
        );
        const calendar = new ICAL.Component(ICAL.parse(ics));
        expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('any bytes given to --invite end in answers or a usage error, never a crash', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
      damaged.map((text) =>
        Buffer.from(`From: a@b.c\r\nContent-Type: text/calendar\r\n\r\n${text}`),
      ),
      damaged.map((text) => Buffer.from(text)),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (input) => {
        const answers = { invite: '-', now: '2026-11-25 09:00 WIB' };
        const io = { stdin: Readable.from([input]), stdinIsTTY: false, clock: CLOCK };
        const outcome = await loadInvitation(answers, io).catch((error: unknown) => error);
        if (outcome instanceof Error) {
          expect(outcome).toBeInstanceOf(UsageError);
          expect(outcome.message).toMatch(/^--invite: [^\n]+$/);
        } else {
          expect(outcome).toHaveProperty('reply.event.uid');
        }
      }),
      { numRuns: 300 },
    );
  });
});
