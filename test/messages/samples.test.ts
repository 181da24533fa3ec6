import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_KEYS } from '../../src/core/reasons.js';
import { renderGallery, SAMPLES_DIR } from '../../scripts/samples.js';

describe('the samples gallery (docs/samples/)', () => {
  it('is current: `npm run samples` would write exactly what is checked in', async () => {
    const files = await renderGallery();
    expect(readdirSync(SAMPLES_DIR).sort()).toEqual([...files.keys()].sort());
    for (const [name, text] of files) {
      expect(
        readFileSync(new URL(name, SAMPLES_DIR), 'utf8'),
        `${name} is stale: run npm run samples`,
      ).toBe(text);
    }
  });

  it('covers both languages, both modes, 0, 1 and 3 times, every reason and notice', async () => {
    const all = [...(await renderGallery()).values()].join('\n');
    for (const flag of ['--lang id', '--lang en', '--sure', '--reschedule'])
      expect(all).toContain(flag);
    for (const reason of REASON_KEYS) {
      expect(all).toContain(`--reason ${reason}`);
    }
    expect(all).toMatch(/--reschedule(?!.*--slot)/);
    expect(all).toMatch(
      /--slot "2026-11-30 09:00" --slot "2026-12-01 14:00" --slot "2026-12-02 10:30"/,
    );
    expect(all).toContain('America/New_York');
    for (const now of ['2026-11-26 14:00 WIB', '2026-11-27 09:15 WIB', '2026-11-28 12:00 WIB']) {
      expect(all).toContain(`--now "${now}"`);
    }
  });
});
