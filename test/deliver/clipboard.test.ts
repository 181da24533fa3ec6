import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyOutput, type CopyIo } from '../../src/deliver/clipboard.js';
import { LANGS } from '../../src/core/types.js';
import { SAMPLES } from './samples.js';
import { capture, type Captured } from './support/streams.js';
import { readClipboard, useXvfb } from './support/xvfb.js';

const TEXTS = [
  ['Indonesian, é and emoji', 'Terima kasih, Bu Rina. Café besok? 🙏😊\nHormat saya,\nBudi'],
  ['English with a trailing newline', `${SAMPLES.en.body}\n`],
  ['Indonesian email body', SAMPLES.id.body],
] as const;

const CONFIRM = { en: 'copied to the clipboard\n', id: 'disalin ke papan klip\n' } as const;
const OSC52_SAID = {
  en: 'copied, if your terminal supports OSC 52\n',
  id: 'disalin, jika terminal Anda mendukung OSC 52\n',
} as const;

interface Harness {
  io: CopyIo;
  stdout: Captured;
  stderr: Captured;
  tty: Captured;
}

function harness(lang: CopyIo['lang'], env: NodeJS.ProcessEnv, withTty = false): Harness {
  const stdout = capture();
  const stderr = capture();
  const tty = capture();
  const io: CopyIo = { env, stdout: stdout.stream, stderr: stderr.stream, lang };
  if (withTty) io.openTty = () => tty.stream;
  return { io, stdout, stderr, tty };
}

/** Points clipboardy (which reads process.env) at `display`, with nothing that would divert it. */
function useDisplay(display: string): NodeJS.ProcessEnv {
  vi.stubEnv('DISPLAY', display);
  vi.stubEnv('WAYLAND_DISPLAY', undefined);
  vi.stubEnv('XDG_SESSION_TYPE', undefined);
  vi.stubEnv('SSH_TTY', undefined);
  return { DISPLAY: display, PATH: process.env.PATH };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('copyOutput to the X clipboard under Xvfb', () => {
  const xvfb = useXvfb();

  const cases = LANGS.flatMap((lang) => TEXTS.map(([name, text]) => [lang, name, text] as const));
  it.each(cases)('%s: %s reads back byte for byte', async (lang, _name, text) => {
    const h = harness(lang, useDisplay(xvfb().display));
    await expect(copyOutput(text, 'auto', h.io)).resolves.toBe('copied');
    expect((await readClipboard(xvfb().display)).equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(h.stdout.text()).toBe('');
    expect(h.stderr.text()).toBe(CONFIRM[lang]);
  });

  it('a display nobody serves: the text goes to stdout, one warning names the display', async () => {
    const text = TEXTS[0][1];
    const h = harness('en', useDisplay(':31999'));
    await expect(copyOutput(text, 'auto', h.io)).resolves.toBe('fallback');
    expect(h.stdout.text()).toBe(text);
    expect(h.stdout.writes()).toBe(1);
    expect(h.stderr.text()).toBe(
      'no clipboard: cannot open display :31999 — printed to stdout instead\n',
    );
  });
});

describe('copyOutput without a display', () => {
  it.each([
    [true, 'Hormat saya,\nBudi', 'Hormat saya,\nBudi\n'],
    [true, 'Hormat saya,\n', 'Hormat saya,\n'],
    [false, 'Hormat saya,\nBudi', 'Hormat saya,\nBudi'],
  ])('stdout a terminal: %s — %j is printed as %j', async (isTty, text, printed) => {
    const h = harness('en', { PATH: process.env.PATH });
    Object.assign(h.stdout.stream, { isTTY: isTty });
    await expect(copyOutput(text, 'auto', h.io)).resolves.toBe('fallback');
    expect(h.stdout.text()).toBe(printed); // the warning never shares the text's last line
  });

  it.each([
    ['en', 'no clipboard: DISPLAY is not set — printed to stdout instead\n'],
    ['id', 'papan klip tidak tersedia: DISPLAY tidak diatur — teks dicetak ke stdout\n'],
  ] as const)('%s: prints the text unchanged and warns once', async (lang, warning) => {
    // Linux only: elsewhere clipboardy needs no display.
    expect(process.platform).toBe('linux');
    for (const [, text] of TEXTS) {
      const h = harness(lang, { PATH: process.env.PATH });
      await expect(copyOutput(text, 'auto', h.io)).resolves.toBe('fallback');
      expect(h.stdout.text()).toBe(text);
      expect(h.stdout.writes()).toBe(1);
      expect(h.stderr.text()).toBe(warning);
    }
  });
});

describe('copyOutput over OSC 52', () => {
  const OSC52 = /^\u001b\]52;c;([A-Za-z0-9+/=]*)\u0007$/u;

  const cases = LANGS.flatMap(
    (lang) =>
      [
        [lang, 'asked for', 'osc52', {}],
        [lang, 'over SSH', 'auto', { SSH_TTY: '/dev/pts/3', DISPLAY: ':0' }],
      ] as const,
  );
  it.each(cases)('%s, %s: the exact sequence reaches the terminal', async (lang, _w, how, env) => {
    for (const [, text] of TEXTS) {
      const h = harness(lang, { ...env }, true);
      await expect(copyOutput(text, how, h.io)).resolves.toBe('osc52');
      const sent = h.tty.text();
      expect(sent).toBe(`\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`);
      const payload = OSC52.exec(sent)?.[1] ?? '';
      expect(Buffer.from(payload, 'base64').toString('utf8')).toBe(text);
      expect(h.stdout.text()).toBe('');
      expect(h.stderr.text()).toBe(OSC52_SAID[lang]);
    }
  });

  it.each([
    ['en', 'no clipboard: no terminal (/dev/tty) to send OSC 52 to — printed to stdout instead\n'],
    [
      'id',
      'papan klip tidak tersedia: tidak ada terminal (/dev/tty) untuk OSC 52 — teks dicetak ke stdout\n',
    ],
  ] as const)('%s: no terminal → stdout and one warning', async (lang, warning) => {
    const h = harness(lang, {});
    h.io.openTty = () => undefined;
    const text = TEXTS[0][1];
    await expect(copyOutput(text, 'osc52', h.io)).resolves.toBe('fallback');
    expect(h.stdout.text()).toBe(text);
    expect(h.stderr.text()).toBe(warning);
  });
});
