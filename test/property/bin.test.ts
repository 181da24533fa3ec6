// A smaller sample of the same properties through the built bin: the real
// process, its real stdout and stderr, and a second mail parser (Python's).
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { firstAddress } from '../deliver/support/mail.js';
import { runBin } from '../e2e/run-bin.js';
import { commandLine } from './command-line.js';
import { spiked } from './values.js';

const seed = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined;
const settings = { numRuns: Number(process.env.PROPERTY_BIN_RUNS ?? 6), seed, endOnFailure: true };
// The bin reads the clock: a fixed --now keeps the generated interviews in the future.
const NOW = ['--now', '2026-11-25 09:00 WIB'];
/** Room for a loaded machine: each case starts a process (and Python reads an eml). */
const TIMEOUT = 60_000;

/** The bin on `args`, as a shell would pass them: argv cannot hold a NUL byte. */
const asArgv = (arg = '') => arg.replaceAll('\u0000', '');
const runArgs = (args: readonly string[]) => runBin([...NOW, ...args.map(asArgv)]);

// Python's email package with the modern policy: it raises on headers it cannot read.
const PYTHON_READS_EML = `
import email, email.policy, json, sys
msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
sender = msg['From'].addresses[0] if msg['From'] else None
print(json.dumps({
  'to': [a.addr_spec for a in msg['To'].addresses],
  'from': sender and {'name': sender.display_name, 'address': sender.addr_spec},
  'subject': str(msg['Subject']),
  'names': sorted(k.lower() for k in msg.keys()),
}))
`;

interface PythonView {
  to: string[];
  from: { name: string; address: string } | null;
  subject: string;
  names: string[];
}

function readWithPython(raw: string): PythonView {
  const run = spawnSync('python3', ['-c', PYTHON_READS_EML], { input: raw, encoding: 'utf8' });
  expect(run.stderr, raw).toBe('');
  return JSON.parse(run.stdout) as PythonView;
}

describe('through the built bin', () => {
  it(
    'any command line: exit 0 or 2; a refusal is one line; no escape code in a pipe',
    () => {
      fc.assert(
        fc.property(commandLine({ mutations: 3, extras: true }), ({ args }) => {
          const { code, stdout, stderr } = runArgs(args);
          const context = JSON.stringify({ args, code, stderr });
          expect([0, 2], context).toContain(code);
          if (code === 2) {
            expect(stdout, context).toBe('');
            expect(stderr, context).toMatch(/^batal-wawancara: [^\n]+\n$/u);
          }
          expect(stdout + stderr, context).not.toContain('\u001b');
        }),
        settings,
      );
    },
    TIMEOUT,
  );

  it(
    'eml: mailparser and Python read the same To, From and Subject, and nothing more',
    async () => {
      const headerFlags = ['--name', '--email', '--to', '--role', '--company'];
      await fc.assert(
        fc.asyncProperty(
          commandLine({ mutations: 2, format: 'eml', spoil: headerFlags, values: spiked }),
          async ({ args, given }) => {
            const { code, stdout, stderr } = runArgs(args);
            expect([0, 2], stderr).toContain(code);
            if (code !== 0) return;
            const python = readWithPython(stdout);
            const parsed = await simpleParser(stdout);
            expect(python.to).toEqual([asArgv(given.get('--to')).trim()]);
            expect(firstAddress(parsed.to)?.address).toBe(asArgv(given.get('--to')).trim());
            expect(python.subject).toBe(parsed.subject);
            expect(python.subject).not.toMatch(/[\r\n]/u);
            expect(python.names).not.toContain('bcc');
            expect(python.names).not.toContain('cc');
            const email = asArgv(given.get('--email')).trim();
            if (email) {
              const from = firstAddress(parsed.from);
              expect(python.from?.address).toBe(email);
              expect(from?.address).toBe(email);
              // Python before the fix of CPython gh-128110 keeps the space between two
              // encoded-words of a display name, which RFC 2047 §6.2 says to drop.
              const squeezed = (name = '') => name.replace(/\s+/gu, '');
              expect(squeezed(python.from?.name)).toBe(squeezed(from?.name));
            } else {
              expect(python.from).toBeNull();
            }
          },
        ),
        settings,
      );
    },
    TIMEOUT,
  );
});
