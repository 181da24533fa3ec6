import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.js';
import { displayPhone, loadForeignFormat } from '../../src/messages/phone-number.js';
import { ROOT, runBin, SCRIPTED } from '../e2e/run-bin.js';

describe('displayPhone: numbers as people write them', () => {
  it.each<[string, Lang, string]>([
    ['+6281234567890', 'id', '0812-3456-7890'],
    ['+6281234567890', 'en', '+62 812-3456-7890'],
    ['+628123456789', 'id', '0812-3456-789'],
    ['+628123456789', 'en', '+62 812-3456-789'],
    // A landline: area codes run two to four digits, so no guessing at groups.
    ['+62215551234', 'id', '0215551234'],
    ['+62215551234', 'en', '+62 215551234'],
    // Foreign numbers without the grouping library: as given, never mangled.
    ['+447700900123', 'id', '+447700900123'],
  ])('%s in %s → %s', (number, lang, shown) => {
    expect(displayPhone(number, lang)).toBe(shown);
  });

  it.each<[string, string]>([
    ['+447700900123', '+44 7700 900123'],
    ['+12125550123', '+1 212 555 0123'],
    ['+6561234567', '+65 6123 4567'],
    ['+61412345678', '+61 412 345 678'],
  ])('a foreign number %s is grouped the way its country writes it: %s', async (number, shown) => {
    const foreign = await loadForeignFormat([number]);
    expect(foreign).toBeDefined();
    expect(displayPhone(number, 'id', foreign)).toBe(shown);
    expect(displayPhone(number, 'en', foreign)).toBe(shown);
  });

  it.each<[Array<string | undefined>, boolean]>([
    [['+6281234567890'], false],
    [[undefined], false],
    [[], false],
    [['+6281234567890', '+447700900123'], true],
  ])('the grouping library is loaded for %j: %s', async (numbers, loaded) => {
    expect((await loadForeignFormat(numbers)) !== undefined).toBe(loaded);
  });
});

describe('the built product loads the grouping library only for a foreign number', () => {
  // A copy of the product without the library's bundle: an Indonesian number must not
  // need it; a foreign one shows that the copy really lacks it.
  const dir = mkdtempSync(join(tmpdir(), 'batal-phone-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const part of ['bin', 'dist', 'templates', 'package.json']) {
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  rmSync(join(dir, 'dist/vendor/phone.cjs'));
  const bin = join(dir, 'bin/batal-wawancara.js');
  const args = [...SCRIPTED, '--sure', '--lang', 'en', '--channel', 'email'];

  it('an Indonesian number renders without it', () => {
    const run = runBin([...args, '--phone', '0812-3456-7890'], {}, { bin });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\n+62 812-3456-7890\n');
  });

  it('a foreign number needs it (and the real build has it)', () => {
    expect(runBin([...args, '--phone', '+44 7700 900123'], {}, { bin }).code).toBe(1);
    const real = runBin([...args, '--phone', '+44 7700 900123']);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('\n+44 7700 900123\n');
  });
});
