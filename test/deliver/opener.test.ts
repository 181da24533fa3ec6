import { describe, expect, it } from 'vitest';
import { openProblem } from '../../src/deliver/opener.js';

const SSH = { SSH_CONNECTION: '192.0.2.1 50000 192.0.2.2 22' };

describe('openProblem: when nothing can open a link here', () => {
  it.each([
    ['linux', {}, 'no-display'],
    ['linux', { DISPLAY: ':0' }, undefined],
    ['linux', { WAYLAND_DISPLAY: 'wayland-0' }, undefined],
    ['freebsd', {}, 'no-display'],
    ['linux', SSH, 'remote'],
    ['linux', { SSH_TTY: '/dev/pts/3' }, 'remote'],
    // X forwarding over SSH: it opens on the user's own screen.
    ['linux', { ...SSH, DISPLAY: 'localhost:10.0' }, undefined],
    // WSL opens through Windows.
    ['linux', { WSL_DISTRO_NAME: 'Ubuntu' }, undefined],
    ['darwin', {}, undefined],
    ['darwin', SSH, 'remote'],
    ['win32', {}, undefined],
  ] as [NodeJS.Platform, Record<string, string>, string | undefined][])(
    '%s with %j → %s',
    (platform, env, code) => {
      expect(openProblem(env, platform)?.code).toBe(code);
    },
  );
});
