import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../src/core/errors.js';
import { Interrupted, reportError } from '../src/report.js';
import { OutputError } from '../src/stdio.js';

function report(error: unknown, env: Record<string, string> = {}) {
  let stderr = '';
  const code = reportError(error, { write: (text) => (stderr += text), env });
  return { code, stderr };
}

function promptError(name: string): Error {
  const error = new Error('User force closed the prompt with SIGINT');
  error.name = name;
  return error;
}

const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), {
  code: 'ENOSPC',
});

describe('reportError', () => {
  it.each([
    [
      new UsageError('--email: not an email address', 'use e.g. name@example.com'),
      2,
      'batal-wawancara: --email: not an email address (use e.g. name@example.com)\n',
    ],
    [
      new UsageError("unknown option '--x\nBcc: y'", 'see --help'),
      2,
      "batal-wawancara: unknown option '--x\\u{a}Bcc: y' (see --help)\n",
    ],
    [
      new InputError({ code: 'field', flag: '--at', problem: { code: 'past' } }),
      2,
      'batal-wawancara: --at: the interview time has already passed — check the date ' +
        '(give the date and time of an interview still to come)\n',
    ],
    [
      new InputError({ code: 'field', flag: '--name', problem: { code: 'too-long', max: 100 } }),
      2,
      "batal-wawancara: --name: keep it to 100 characters or fewer (see 'batal-wawancara --help')\n",
    ],
    [
      new InputError({ code: 'missing', flags: ['--company', '--name'], gate: false }),
      2,
      'batal-wawancara: missing --company, --name ' +
        '(give them as flags, or run in a terminal without --yes to be asked)\n',
    ],
    [
      new InputError({ code: 'gate-both' }),
      2,
      'batal-wawancara: --sure and --reschedule contradict each other: if you are not 100% sure ' +
        'you no longer want this job, reschedule instead — cancelling takes you out of ' +
        'consideration (give only one)\n',
    ],
    [
      new InputError({ code: 'format-channel', format: 'wa', channel: 'sms' }),
      2,
      'batal-wawancara: --format wa carries the sms message (add sms to --channel)\n',
    ],
    [
      new OutputError(enospc),
      1,
      'batal-wawancara: the text could not be written to standard output (ENOSPC: no space left on device)\n',
    ],
    [
      new Error('boom'),
      1,
      'batal-wawancara: unexpected failure: boom (run again with DEBUG=batal-wawancara for details)\n',
    ],
    [
      'a thrown string',
      1,
      'batal-wawancara: unexpected failure: a thrown string (run again with DEBUG=batal-wawancara for details)\n',
    ],
  ])('%s → exit %i, one line', (error, code, stderr) => {
    expect(report(error)).toEqual({ code, stderr });
  });

  it.each([
    [new Interrupted('id'), '\nbatal-wawancara: dihentikan\n'],
    [new Interrupted('en'), '\nbatal-wawancara: stopped\n'],
    // Before the language question is answered, the line speaks every language, like the question.
    [new Interrupted(undefined), '\nbatal-wawancara: dihentikan / stopped\n'],
    [promptError('ExitPromptError'), '\nbatal-wawancara: dihentikan / stopped\n'],
    [promptError('AbortPromptError'), '\nbatal-wawancara: dihentikan / stopped\n'],
  ])('Ctrl+C (%s) → 130, one short line', (error, stderr) => {
    expect(report(error)).toEqual({ code: 130, stderr });
  });

  it.each([
    ['batal-wawancara', true],
    ['x,batal-wawancara', true],
    ['*', true],
    ['batal', false],
    ['', false],
  ])('DEBUG=%j → the stack shown: %s, the hint to set it otherwise', (debug, shown) => {
    const error = new Error('boom');
    const { code, stderr } = report(error, { DEBUG: debug });
    expect(code).toBe(1);
    expect(stderr.startsWith('batal-wawancara: unexpected failure: boom')).toBe(true);
    expect(stderr.includes(`${error.stack ?? 'no stack'}\n`)).toBe(shown);
    expect(stderr.includes('(run again with DEBUG=batal-wawancara for details)')).toBe(!shown);
  });
});
