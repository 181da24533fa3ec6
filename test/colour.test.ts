import { describe, expect, it } from 'vitest';
import { colourLevel } from '../src/colour.js';

const TTY = { isTTY: true };
const PIPE = { isTTY: false };

describe('colourLevel (SPEC §4 Colour)', () => {
  it.each([
    ['a terminal', TTY, {}, true, 1],
    ['a terminal with 256 colours', TTY, { TERM: 'xterm-256color' }, true, 2],
    ['a truecolor terminal', TTY, { COLORTERM: 'truecolor' }, true, 3],
    ['a pipe', PIPE, {}, true, 0],
    ['--no-color', TTY, {}, false, 0],
    ['--no-color beats FORCE_COLOR', TTY, { FORCE_COLOR: '3' }, false, 0],
    ['NO_COLOR=1', TTY, { NO_COLOR: '1' }, true, 0],
    ['NO_COLOR empty is unset', TTY, { NO_COLOR: '' }, true, 1],
    ['a stream that does not say', {}, {}, true, 0],
    ['TERM=dumb', TTY, { TERM: 'dumb' }, true, 0],
    ['TERM=dumb with COLORTERM', TTY, { TERM: 'dumb', COLORTERM: 'truecolor' }, true, 0],
    ['FORCE_COLOR=1 beats TERM=dumb', TTY, { FORCE_COLOR: '1', TERM: 'dumb' }, true, 1],
    ['FORCE_COLOR=0 on a terminal', TTY, { FORCE_COLOR: '0' }, true, 0],
    ['FORCE_COLOR=false on a terminal', TTY, { FORCE_COLOR: 'false' }, true, 0],
    ['FORCE_COLOR=constructor', TTY, { FORCE_COLOR: 'constructor' }, true, 0],
    ['FORCE_COLOR=1 on a pipe', PIPE, { FORCE_COLOR: '1' }, true, 1],
    ['FORCE_COLOR=true on a pipe', PIPE, { FORCE_COLOR: 'true' }, true, 1],
    ['FORCE_COLOR empty on a pipe', PIPE, { FORCE_COLOR: '' }, true, 1],
    ['FORCE_COLOR=2', PIPE, { FORCE_COLOR: '2' }, true, 2],
    ['FORCE_COLOR=3', PIPE, { FORCE_COLOR: '3' }, true, 3],
    [
      'FORCE_COLOR=1 beats NO_COLOR (Node does the same)',
      PIPE,
      { FORCE_COLOR: '1', NO_COLOR: '1' },
      true,
      1,
    ],
  ])('%s → %i', (_name, stream, env, flag, level) => {
    expect(colourLevel(stream, env, flag)).toBe(level);
  });
});
