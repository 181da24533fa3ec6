import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileSlug, saveNew } from '../../src/deliver/save-file.js';

describe('fileSlug', () => {
  it.each([
    ['PT Maju Jaya', 'pt-maju-jaya'],
    ['PT Maju Jaya Tbk.', 'pt-maju-jaya-tbk'],
    ['Café Déjà Vu', 'cafe-deja-vu'],
    ['../../etc/passwd', 'etc-passwd'],
    ['A/B\\C:D*E?F', 'a-b-c-d-e-f'],
    ['  --Acme--  ', 'acme'],
    ['株式会社 山田', '株式会社-山田'],
    ['!!!', ''],
    [`${'Panjang '.repeat(10)}Sekali`, 'panjang-panjang-panjang-panjang-panjang-panjang-panjang'],
  ])('%j → %j', (text, slug) => {
    expect(fileSlug(text)).toBe(slug);
  });
});

describe('saveNew', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'batal-wawancara-save-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds -2, -3, … instead of overwriting, and returns the absolute path', () => {
    writeFileSync(join(dir, 'x.eml'), 'first');
    writeFileSync(join(dir, 'x-2.eml'), 'second');
    expect(saveNew(dir, ['x'], 'eml', 'third')).toBe(join(dir, 'x-3.eml'));
    expect(saveNew(dir, ['x'], 'eml', 'fourth')).toBe(join(dir, 'x-4.eml'));
    expect(readFileSync(join(dir, 'x.eml'), 'utf8')).toBe('first');
    expect(readFileSync(join(dir, 'x-2.eml'), 'utf8')).toBe('second');
    expect(readFileSync(join(dir, 'x-3.eml'), 'utf8')).toBe('third');
  });

  it.each([
    [['wawancara', 'PT Maju Jaya'], 'wawancara-pt-maju-jaya.ics'],
    [['interview', '!!!'], 'interview.ics'],
    [['', ''], 'batal-wawancara.ics'],
  ])('names the file from its parts: %j → %s', (parts, name) => {
    expect(saveNew(dir, parts, 'ics', 'text')).toBe(join(dir, name));
  });

  it('an unwritable place is an error, and leaves no file', () => {
    expect(() => saveNew(join(dir, 'missing'), ['x'], 'eml', 'text')).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
