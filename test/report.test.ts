import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/core/errors.js';
import { reportError, type Session } from '../src/report.js';
import { OutputError } from '../src/stdio.js';

function report(error: unknown, session: Session = {}, env: Record<string, string> = {}) {
  let stderr = '';
  const code = reportError(error, { write: (text) => (stderr += text), env, session });
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
      new OutputError(enospc),
      1,
      'batal-wawancara: the text could not be written to standard output (ENOSPC: no space left on device)\n',
    ],
    [
      new Error('boom'),
      1,
      'batal-wawancara: unexpected failure: boom (run again with DEBUG=batal-wawancara for details)\n',
    ],
  ])('%s → exit %i, one line', (error, code, stderr) => {
    expect(report(error, { lang: 'id' })).toEqual({ code, stderr });
  });

  it.each([
    ['ExitPromptError', { lang: 'id' }, '\nbatal-wawancara: dihentikan\n'],
    ['ExitPromptError', { lang: 'en' }, '\nbatal-wawancara: stopped\n'],
    ['AbortPromptError', { lang: 'en' }, '\nbatal-wawancara: stopped\n'],
    // Before the language question is answered, the line speaks both, like the question.
    ['ExitPromptError', {}, '\nbatal-wawancara: dihentikan / stopped\n'],
  ] as const)('Ctrl+C (%s) in session %j → 130', (name, session, stderr) => {
    expect(report(promptError(name), { ...session })).toEqual({ code: 130, stderr });
  });

  it('DEBUG=batal-wawancara adds the stack, without the hint to set it', () => {
    const { code, stderr } = report(new Error('boom'), {}, { DEBUG: 'x,batal-wawancara' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^batal-wawancara: unexpected failure: boom\nError: boom\n\s+at /u);
  });
});
