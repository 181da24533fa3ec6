// Properties of the whole command line, run in-process: any string in any
// flag, any date and zone, every format. fast-check prints the seed and the
// shrunk counterexample on failure.
import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { firstAddress, headerBlock } from '../deliver/support/mail.js';
import { commandLine } from './command-line.js';
import { spiked } from './values.js';
import { runInProcess, type Outcome } from './harness.js';

// PROPERTY_SEED=<seed> replays a failure; PROPERTY_SCALE=<n> runs n times as many cases.
const seed = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined;
const scale = Number(process.env.PROPERTY_SCALE ?? 1);
const settings = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns: Math.round(numRuns * scale),
  seed,
  endOnFailure: false,
});
/** Enough time for the runs, when PROPERTY_SCALE asks for many. */
const TIMEOUT = 30_000 * Math.max(1, scale);

/** The environments a run may meet; FORCE_COLOR asks for colour even in a pipe. */
const ENVS = fc.constantFrom<Record<string, string>>(
  {},
  { NO_COLOR: '1' },
  { TERM: 'dumb' },
  { FORCE_COLOR: '0' },
  { FORCE_COLOR: '1' },
  { FORCE_COLOR: '3' },
);

/**
 * A refusal is one line, nothing on stdout, no stack; a success writes no escape
 * code into a product that is no terminal, unless FORCE_COLOR asks for colour
 * on stdout (never on the clipboard: --copy falls back to stdout here, no display).
 */
function expectSound(
  { code, stdout, stderr }: Outcome,
  args: readonly string[],
  env: Record<string, string> = {},
): void {
  const context = JSON.stringify({ args, env, code, stderr });
  expect([0, 2], context).toContain(code);
  expect(stderr, context).not.toMatch(/\n\s+at /u);
  if (code === 2) {
    expect(stdout, context).toBe('');
    expect(stderr, context).toMatch(/^batal-wawancara: [^\n]+\n$/u);
    return;
  }
  expect(stdout.length, context).toBeGreaterThan(0);
  const forced = ['1', '3'].includes(env.FORCE_COLOR ?? '') && !args.includes('--no-color');
  if (!forced || args.includes('--copy')) expect(stdout, context).not.toContain('\u001b');
  expect(stderr, context).not.toContain('\u001b');
}

/** The given value as a one-line field keeps it: trimmed, runs of spaces made one. */
const asTyped = (value: string) => value.trim().replace(/\p{Zs}+/gu, ' ');

/** Every string inside a header value, whatever shape mailparser gives it. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value instanceof Date || value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}

/** The flags whose values reach a mail header (From, To, Subject). */
const HEADER_FLAGS = [
  '--name',
  '--email',
  '--to',
  '--company',
  '--role',
  '--interviewer',
  '--lang',
];

const EML_HEADERS = [
  'content-transfer-encoding',
  'content-type',
  'date',
  'from',
  'message-id',
  'mime-version',
  'subject',
  'to',
];

function query(link: string): Map<string, string> {
  const pairs = link.slice(link.indexOf('?') + 1).split('&');
  return new Map(
    pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
}

interface Json {
  messages: { channel: string; subject?: string; body: string; full?: string }[];
}

/** The same command line as JSON: the messages a link must carry exactly. */
async function messageOf(jsonArgs: string[], channel: string) {
  const json = await runInProcess(jsonArgs);
  expect(json.code, json.stderr).toBe(0);
  const found = (JSON.parse(json.stdout) as Json).messages.find((m) => m.channel === channel);
  if (!found) throw new Error(`no ${channel} message in the JSON`);
  return found;
}

describe('any command line', () => {
  it.each([
    ['one or two flags spoiled', 2, 160],
    ['many flags spoiled', 8, 160],
  ])(
    '%s: exit 0 or 2, never 1; a refusal is one line; no escape code',
    async (_name, mutations, runs) => {
      await fc.assert(
        fc.asyncProperty(commandLine({ mutations, extras: true }), ENVS, async ({ args }, env) => {
          expectSound(await runInProcess(args, env), args, env);
        }),
        settings(runs),
      );
    },
    TIMEOUT,
  );
});

describe('--copy', () => {
  it(
    'whatever the environment says, the copied text holds no escape code',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          commandLine({ mutations: 1, format: 'text' }),
          ENVS,
          async ({ args }, env) => {
            // No display here: the copy falls back to stdout, byte for byte what the clipboard would get.
            expectSound(await runInProcess([...args, '--copy'], env), [...args, '--copy'], env);
          },
        ),
        settings(40),
      );
    },
    TIMEOUT,
  );
});

describe('--format eml', () => {
  it(
    'parses with mailparser: exactly the To and From given, no header holding CR or LF',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          commandLine({ mutations: 3, format: 'eml', spoil: HEADER_FLAGS, values: spiked }),
          async ({ args, given, jsonArgs }) => {
            const outcome = await runInProcess(args);
            expectSound(outcome, args);
            if (outcome.code !== 0) return;
            const parsed = await simpleParser(outcome.stdout);
            expect(firstAddress(parsed.to)?.address).toBe(given.get('--to')?.trim());
            expect(
              (Array.isArray(parsed.to) ? parsed.to : [parsed.to]).flatMap((t) => t?.value),
            ).toHaveLength(1);
            const email = given.get('--email')?.trim();
            if (email) {
              expect(firstAddress(parsed.from)).toEqual({
                address: email,
                name: asTyped(given.get('--name') ?? ''),
              });
            } else {
              expect(parsed.from).toBeUndefined();
            }
            expect(parsed.cc).toBeUndefined();
            expect(parsed.bcc).toBeUndefined();
            expect([...parsed.headers.keys()].sort()).toEqual(
              email ? EML_HEADERS : EML_HEADERS.filter((h) => h !== 'from'),
            );
            for (const [name, value] of parsed.headers) {
              for (const text of strings(value)) expect(text, name).not.toMatch(/[\r\n]/u);
            }
            // The subject decodes to exactly the email's subject, and the body to its body.
            const message = await messageOf(jsonArgs, 'email');
            expect(parsed.subject).toBe(message.subject);
            expect(parsed.text).toBe(`${message.body}\n`);
            // Raw header lines: ASCII only, folded lines start with white space.
            expect(headerBlock(outcome.stdout)).toMatch(/^[\x20-\x7e\n]+$/u);
          },
        ),
        settings(80),
      );
    },
    TIMEOUT,
  );
});

describe('--format mailto and wa', () => {
  it(
    'mailto decodes back to exactly the email: recipient, subject, body (CRLF)',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          commandLine({ mutations: 2, format: 'mailto' }),
          async ({ args, given, jsonArgs }) => {
            const outcome = await runInProcess(args);
            expectSound(outcome, args);
            if (outcome.code !== 0) return;
            const link = outcome.stdout.trimEnd();
            expect(link).toMatch(/^mailto:[^\s?]*\?subject=[^\s&]*&body=[^\s&]*$/u);
            expect(decodeURIComponent(link.slice(7, link.indexOf('?')))).toBe(
              given.get('--to')?.trim() ?? '',
            );
            const email = await messageOf(jsonArgs, 'email');
            const params = query(link);
            expect(decodeURIComponent(params.get('subject') ?? '')).toBe(email.subject);
            expect(decodeURIComponent(params.get('body') ?? '')).toBe(
              email.body.replace(/\n/gu, '\r\n'),
            );
          },
        ),
        settings(50),
      );
    },
    TIMEOUT,
  );

  it(
    'wa decodes back to exactly the text message, the number as digits only',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          commandLine({ mutations: 2, format: 'wa' }),
          async ({ args, jsonArgs }) => {
            const outcome = await runInProcess(args);
            expectSound(outcome, args);
            if (outcome.code !== 0) return;
            const link = outcome.stdout.trimEnd();
            expect(link).toMatch(/^https:\/\/wa\.me\/(?:[1-9]\d{7,14})?\?text=[^\s&+]*$/u);
            const sms = await messageOf(jsonArgs, 'sms');
            // WhatsApp has no segments: the whole text, not the one shortened for SMS.
            expect(decodeURIComponent(query(link).get('text') ?? '')).toBe(sms.full);
          },
        ),
        settings(50),
      );
    },
    TIMEOUT,
  );
});
