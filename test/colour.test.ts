import { describe, expect, it } from 'vitest';
import { colourLevel, type ColourLevel } from '../src/colour.js';

const TTY = { isTTY: true };
const PIPE = { isTTY: false };

describe('colourLevel (SPEC §4, Colour)', () => {
  it.each<[string, ColourLevel, { isTTY?: boolean }, Record<string, string>, boolean]>([
    ['a terminal', 1, TTY, {}, true],
    ['a 256-colour terminal', 2, TTY, { TERM: 'xterm-256color' }, true],
    ['a truecolor terminal', 3, TTY, { COLORTERM: 'truecolor' }, true],
    ['a pipe', 0, PIPE, {}, true],
    ['a stream that does not say', 0, {}, {}, true],
    ['--no-color', 0, TTY, {}, false],
    ['--no-color beats FORCE_COLOR', 0, TTY, { FORCE_COLOR: '1' }, false],
    ['NO_COLOR', 0, TTY, { NO_COLOR: '1' }, true],
    ['an empty NO_COLOR is unset', 1, TTY, { NO_COLOR: '' }, true],
    ['TERM=dumb', 0, TTY, { TERM: 'dumb' }, true],
    ['TERM=dumb with COLORTERM', 0, TTY, { TERM: 'dumb', COLORTERM: 'truecolor' }, true],
    ['FORCE_COLOR=0 on a terminal', 0, TTY, { FORCE_COLOR: '0' }, true],
    ['FORCE_COLOR=false on a terminal', 0, TTY, { FORCE_COLOR: 'false' }, true],
    ['FORCE_COLOR=1 into a pipe', 1, PIPE, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=2', 2, PIPE, { FORCE_COLOR: '2' }, true],
    ['FORCE_COLOR=3', 3, PIPE, { FORCE_COLOR: '3' }, true],
    ['FORCE_COLOR beats NO_COLOR', 1, PIPE, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    ['FORCE_COLOR beats TERM=dumb', 1, TTY, { FORCE_COLOR: '1', TERM: 'dumb' }, true],
  ])('%s → level %s', (_name, level, stream, env, flag) => {
    expect(colourLevel(stream, env, flag)).toBe(level);
  });
});
