import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/types.js';
import { loadTemplates, renderMessages } from '../../src/messages/render.js';
import { tidy } from '../../src/messages/template.js';
import { TEMPLATES_ROOT } from './fixtures.js';
import { everything, messagesOf, planOf } from './scenarios.js';
import { violations } from './matrix.js';

describe('renderMessages', () => {
  it('gives one message per channel, in the order asked, with the per-channel fields', () => {
    const plan = planOf('id', { channels: 'linkedin,sms,email,phone' });
    const templates = loadTemplates(TEMPLATES_ROOT, 'id', plan.request.channels);
    const messages = renderMessages(plan, templates);
    expect(messages.map((m) => m.channel)).toEqual(['phone', 'email', 'sms', 'linkedin']);
    const [phone, email, sms, linkedin] = messages;
    expect(linkedin).toMatchObject({ limit: 200 });
    expect(sms?.segments).toBe(2);
    expect(sms?.full).toMatch(/^Selamat pagi, Bu Sari\. Saya Rina Wijaya, pelamar posisi/);
    expect(email?.subject).toBe('Pembatalan Wawancara Posisi Product Designer – Rina Wijaya');
    expect(phone?.subject).toBeUndefined();
    expect(phone?.full).toBeUndefined();
    for (const m of messages) expect(m.length).toBe([...m.body].length);
  });

  it('counts length in code points', async () => {
    const { email } = await messagesOf('en', { company: 'Café 😀 Co' });
    expect(email.length).toBe([...email.body].length);
    expect(email.length).toBeLessThan(email.body.length);
  });

  it('reads only the templates the channels need', () => {
    expect(Object.keys(loadTemplates(TEMPLATES_ROOT, 'en', ['sms']).sources)).toEqual(['sms']);
    const fromPath = loadTemplates(TEMPLATES_ROOT.pathname, 'en', ['email']);
    expect(Object.keys(fromPath.sources).sort()).toEqual(['email', 'email-subject']);
  });

  it('refuses templates that were not loaded or are in another language', () => {
    const plan = planOf('id', { channels: 'email' });
    expect(() => renderMessages(plan, loadTemplates(TEMPLATES_ROOT, 'id', ['sms']))).toThrow(
      /email/,
    );
    expect(() => renderMessages(plan, loadTemplates(TEMPLATES_ROOT, 'en', ['email']))).toThrow(
      /id/,
    );
  });

  it.each(LANGS)(
    '%s: tidy output in every case: every slot filled, no stray space',
    async (lang) => {
      const found = await violations(lang, (c) => {
        for (const m of Object.values(c.messages)) {
          for (const text of [everything(m), m.full ?? '']) {
            if (/\{\{|\}\}|undefined|null|\[object/.test(text)) return `${m.channel}: a hole`;
            if (
              / {2}| [.,?]|(?<!\.)\.\.(?!\.)|,,|\.[A-Za-z]/.test(text.replace(/\w+@\w+\.\w+/g, ''))
            ) {
              return `${m.channel}: spacing or punctuation`;
            }
            if (/^[ \t]|[ \t]$|\n{3}/m.test(text)) return `${m.channel}: blank space`;
            if (/[\u00a0\u202f\u2009]/.test(text)) return `${m.channel}: not a plain space`;
          }
        }
        return false;
      });
      expect(found).toEqual([]);
    },
  );
});

describe('tidy', () => {
  it.each([
    ['a  b', 'a b'],
    ['  list\n- x  ', 'list\n- x'],
    ['Inc.. next', 'Inc. next'],
    ['wait... yes', 'wait... yes'],
    ['a\n\n\n\nb', 'a\n\nb'],
    ['a\r\nb', 'a\nb'],
  ])('%j → %j', (text, tidied) => {
    expect(tidy(text)).toBe(tidied);
  });
});
