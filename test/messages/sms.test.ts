import fc from 'fast-check';
import { SegmentedMessage } from 'sms-segments-calculator';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/types.js';
import { countSegments, isGsm7, toGsm } from '../../src/messages/sms.js';
import { violations } from './matrix.js';

/** Twilio's segment calculator, a maintained second implementation: the oracle. */
const oracle = (text: string): number => new SegmentedMessage(text, 'auto', false).segmentsCount;

const a = (n: number): string => 'a'.repeat(n);

describe('countSegments', () => {
  it.each<[string, string, number]>([
    ['empty', '', 0],
    ['one GSM character', 'a', 1],
    ['160 GSM characters', a(160), 1],
    ['161 GSM characters', a(161), 2],
    ['306 GSM characters', a(306), 2],
    ['307 GSM characters', a(307), 3],
    ['GSM accents (é, ñ, Ü) are one septet', 'éñÜ'.repeat(53) + 'a', 1],
    ['80 euro signs: 160 septets', '€'.repeat(80), 1],
    ['81 euro signs: 162 septets', '€'.repeat(81), 2],
    ['extension chars count 2', a(158) + '[', 1],
    ['extension chars count 2 (over)', a(159) + '{', 2],
    // An escape pair may not straddle two parts: 152 + [2] does not fit in 153.
    ['escape pair pushed to the next part', a(152) + '€' + a(152), 3],
    ['one curly quote: UCS-2, 70 units', '\u2019' + a(69), 1],
    ['one curly quote: UCS-2, 71 units', '\u2019' + a(70), 2],
    ['em dash: UCS-2, 134 units', '\u2014' + a(133), 2],
    ['em dash: UCS-2, 135 units', '\u2014' + a(134), 3],
    ['35 emoji: 70 UTF-16 units', '\u{1f600}'.repeat(35), 1],
    // 33 emoji (66 units) fill a part; a 34th would split its surrogate pair.
    ['36 emoji: surrogate pairs stay whole', '\u{1f600}'.repeat(36), 2],
    ['other scripts are UCS-2', '\u738b'.repeat(71), 2],
  ])('%s → %i', (_label, text, segments) => {
    expect(countSegments(text)).toBe(segments);
    if (text) expect(oracle(text)).toBe(segments);
  });

  it.each(LANGS)('%s: agrees with the oracle on every text message of the sweep', async (lang) => {
    const found = await violations(lang, (c) => {
      const { body } = c.messages.sms;
      const ours = countSegments(body);
      return ours !== oracle(body) && `ours ${ours}, oracle ${oracle(body)}`;
    });
    expect(found).toEqual([]);
  });

  it('agrees with the oracle on any text (property)', () => {
    const gsm = fc.constantFrom(...'abcXYZ 019.,-@£€[]{}^~|\\\n'.split(''));
    const other = fc.constantFrom('é', 'ü', '\u2019', '\u2014', '\u738b', '\u{1f600}');
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 20, arbitrary: gsm }, { weight: 1, arbitrary: other }), {
          minLength: 1,
          maxLength: 420,
        }),
        (chars) => {
          const text = chars.join('');
          expect(countSegments(text)).toBe(oracle(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('toGsm', () => {
  it.each<[string, string]>([
    ['\u201cHalo\u201d', '"Halo"'],
    ['\u2018saya\u2019', "'saya'"],
    ['it\u2019s', "it's"],
    ['09.00\u201310.00', '09.00-10.00'],
    ['PT Maju\u2014Jaya', 'PT Maju-Jaya'],
    ['tunggu\u2026', 'tunggu...'],
    ['10.00\u00a0WIB', '10.00 WIB'],
    ['10:00\u202fAM', '10:00 AM'],
    ['Caf\u00e9 M\u00fcller', 'Caf\u00e9 M\u00fcller'],
    ['Zo\u00eb Fran\u00e7ois', 'Zoe Francois'],
    ['Terima kasih \u{1f64f}', 'Terima kasih'],
    ['Oke \u{1f44d}\u{1f3fd} siap', 'Oke siap'],
    ['a\u200bb', 'ab'],
    ['Rp5.000 {ok} [x]', 'Rp5.000 {ok} [x]'],
  ])('%j → %j', (input, output) => {
    expect(toGsm(input)).toBe(output);
    expect(isGsm7(toGsm(input))).toBe(true);
  });

  it('keeps letters that have no GSM-7 form (the message becomes UCS-2)', () => {
    expect(toGsm('王小明')).toBe('王小明');
    expect(isGsm7(toGsm('王小明'))).toBe(false);
  });
});
