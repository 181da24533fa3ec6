// @inquirer/testing/vitest must come first: it mocks @inquirer/prompts for the flow.
import { screen } from '@inquirer/testing/vitest';
import { Readable, Writable } from 'node:stream';
import { expect } from 'vitest';
import { iso } from '../support/time.js';
import type { Clock } from '../../src/core/clock.js';
import type { Answers } from '../../src/core/types.js';
import type { WhatNextContext } from '../../src/prompts/what-next.js';

export { screen };

// Wednesday 25 November 2026, 09:00 WIB: the office is open.
export const NOW = '2026-11-25T09:00:00+07:00';

/** Every answer given, so that a test asks only what it leaves out. */
export const ANSWERS: Answers = {
  company: 'PT Maju Jaya',
  role: 'Analis Data',
  interviewer: 'Sari Wulandari',
  honorific: 'ibu',
  at: '2026-11-27 10:00',
  reason: 'offer',
  mode: 'cancel',
  name: 'Budi Santoso',
  phone: '0812-3456-7890',
  email: 'budi@example.com',
  to: 'hr@example.com',
  recruiterPhone: '0811-2233-4455',
};

/** A writable stream that keeps what was written. */
function recorder(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** The flow's context with a fixed clock; stdout and stderr are kept for the test to read. */
export function context(
  now = NOW,
  /** The computer's zone; null when it cannot be read (Node then reports undefined). */
  systemZone: string | null = 'Asia/Jakarta',
  env: Record<string, string | undefined> = {},
): WhatNextContext & { stderr: () => string; stdout: () => string } {
  const stderr = recorder();
  const stdout = recorder();
  const clock: Clock = { now: iso(now), systemZone: systemZone ?? undefined };
  return {
    clock,
    color: false,
    io: { env, stdin: Readable.from([]), stdout: stdout.stream, stderr: stderr.stream },
    stderr: stderr.text,
    stdout: stdout.text,
  };
}

/** One question: the text the screen shows, then what the user does. */
export interface Step {
  expect: string;
  type?: string;
  /** Arrow presses before enter (select prompts). */
  down?: number;
  up?: number;
  /** The answer is refused: the screen must show this, and the question stays. */
  refused?: string;
  /** Erase what was typed (after a refusal, Inquirer keeps the text). */
  erase?: boolean;
}

/** Drives the prompts through `steps`; the flow's promise settles after the last one. */
export async function drive<T>(flow: Promise<T>, steps: Step[]): Promise<T> {
  // Answers given by flags are awaited too: the first question may come a few ticks later.
  if (!screen.getScreen()) await screen.next();
  for (const [index, step] of steps.entries()) {
    expect(screen.getScreen()).toContain(step.expect);
    if (step.erase) for (let i = 0; i < 40; i++) screen.keypress('backspace');
    if (step.type) screen.type(step.type);
    for (let i = 0; i < (step.down ?? 0); i++) screen.keypress('down');
    for (let i = 0; i < (step.up ?? 0); i++) screen.keypress('up');
    screen.keypress('enter');
    if (step.refused) {
      await screen.next();
      expect(screen.getScreen()).toContain(step.refused);
      expect(screen.getScreen()).toContain(step.expect);
    } else if (index < steps.length - 1) {
      await screen.next();
    }
  }
  return flow;
}
