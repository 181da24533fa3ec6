import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../src/core/errors.js';
import { Interrupted, reportError } from '../src/report.js';
import { capture } from './deliver/support/streams.js';

/** An error as Inquirer raises it when the user presses Ctrl+C. */
function promptExit(): Error {
  const error = new Error('User force closed the prompt with SIGINT');
  error.name = 'ExitPromptError';
  return error;
}

function report(error: unknown, lang?: string, env: Record<string, string> = {}) {
  const stderr = capture();
  const code = reportError(error, stderr.stream, env, lang);
  return { code, stderr: stderr.text() };
}

describe('reportError', () => {
  it.each([
    [
      new UsageError('--copy: unknown way "xclip"', 'use --copy, --copy=auto or --copy=osc52'),
      'id',
      'batal-wawancara: --copy: unknown way "xclip" (use --copy, --copy=auto or --copy=osc52)\n',
    ],
    [
      new InputError({ code: 'field', flag: '--at', problem: { code: 'past' } }),
      'en',
      'batal-wawancara: --at: the interview time has already passed — check the date ' +
        '(give the date and time of an interview still to come)\n',
    ],
    [
      new InputError({ code: 'field', flag: '--at', problem: { code: 'past' } }),
      'id',
      'batal-wawancara: --at: waktu wawancara sudah lewat — periksa kembali tanggalnya ' +
        '(tulis tanggal dan jam wawancara yang belum lewat)\n',
    ],
    [
      new InputError({ code: 'field', flag: '--name', problem: { code: 'too-long', max: 100 } }),
      undefined, // no language yet: the default, Indonesian
      "batal-wawancara: --name: maksimal 100 karakter (lihat 'batal-wawancara --help')\n",
    ],
    [
      new InputError({ code: 'missing', flags: ['--company', '--name'], gate: false }),
      'en',
      'batal-wawancara: missing --company, --name ' +
        '(give them as flags, or run in a terminal without --yes to be asked)\n',
    ],
    [
      new InputError({ code: 'gate-both' }),
      'EN',
      'batal-wawancara: --sure and --reschedule contradict each other: if you are not 100% sure ' +
        'you no longer want this job, reschedule instead — cancelling takes you out of ' +
        'consideration (give only one)\n',
    ],
    [
      new InputError({ code: 'format-channel', format: 'wa', channel: 'sms' }),
      'fr', // an unknown language: the default
      'batal-wawancara: --format wa membawa pesan sms (tambahkan sms ke --channel)\n',
    ],
  ])('%s in %s → exit 2, one line', (error, lang, line) => {
    expect(report(error, lang)).toEqual({ code: 2, stderr: line });
  });

  it('an input error that knows its language says it in that one', () => {
    const error = new InputError({ code: 'gate-both' }, { lang: 'en' });
    expect(report(error, 'id').stderr).toMatch(
      /^batal-wawancara: --sure and --reschedule contradict/,
    );
  });

  it.each([
    [new Interrupted('en'), 'id', '\nbatal-wawancara: cancelled\n'], // the question's language
    [new Interrupted('id'), 'en', '\nbatal-wawancara: dibatalkan\n'],
    [promptExit(), 'en', '\nbatal-wawancara: cancelled\n'],
  ])('%s (session %s) → exit 130, one short line', (error, lang, said) => {
    expect(report(error, lang)).toEqual({ code: 130, stderr: said });
  });

  it.each([
    [
      new Error('boom'),
      'en',
      'batal-wawancara: unexpected failure: boom\nRun again with DEBUG=batal-wawancara for details.\n',
    ],
    [
      'a thrown string',
      'id',
      'batal-wawancara: terjadi kegagalan tak terduga: a thrown string\n' +
        'Jalankan lagi dengan DEBUG=batal-wawancara untuk melihat rinciannya.\n',
    ],
  ])('%s → exit 1, what failed and how to see more', (error, lang, said) => {
    expect(report(error, lang)).toEqual({ code: 1, stderr: said });
  });

  it.each([
    ['batal-wawancara', true],
    ['express,batal-wawancara', true],
    ['*', true],
    ['batal', false],
    ['', false],
  ])('DEBUG=%j → the stack shown: %s', (debug, shown) => {
    const error = new Error('boom');
    const { code, stderr } = report(error, 'en', { DEBUG: debug });
    expect(code).toBe(1);
    expect(stderr.startsWith('batal-wawancara: unexpected failure: boom\n')).toBe(true);
    expect(stderr.includes(`${error.stack ?? 'no stack'}\n`)).toBe(shown);
    expect(stderr.includes('DEBUG=batal-wawancara for details')).toBe(!shown);
  });
});
