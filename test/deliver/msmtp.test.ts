import { describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { toEml, type EmlInput } from '../../src/deliver/eml.js';
import { LANGS } from '../../src/core/types.js';
import { SAMPLES } from './samples.js';
import { expectSameMessage, headerNames } from './support/mail.js';
import { sendWithMsmtp, useSmtp } from './support/smtp.js';

const DATE = new Date('2026-11-25T02:00:00Z');

describe('eml through the real msmtp -t to a loopback SMTP server', () => {
  const smtp = useSmtp();

  const cases = LANGS.flatMap(
    (lang) =>
      [
        [lang, 'with From', true],
        [lang, 'without From', false],
      ] as const,
  );

  it.each(cases)('%s, %s: envelope and message arrive intact', async (lang, _label, withFrom) => {
    const sample = SAMPLES[lang];
    const message: EmlInput = {
      subject: sample.subject,
      body: sample.body,
      to: sample.to,
      ...(withFrom ? { from: { ...sample.from } } : {}),
      date: DATE,
    };
    const result = await sendWithMsmtp(await toEml(message), smtp().port);
    expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });

    expect(smtp().deliveries).toHaveLength(1);
    const [delivery] = smtp().deliveries;
    expect(delivery?.rcptTo).toEqual([sample.to]);
    expect(delivery?.mailFrom).toBe(
      withFrom ? sample.from.address : 'sender@batal-wawancara.invalid',
    );
    const raw = delivery?.raw.toString('utf8') ?? '';
    expect(headerNames(raw.replace(/\r\n/gu, '\n'))).not.toContain('Bcc');
    expectSameMessage(await simpleParser(raw), message);
  });
});
