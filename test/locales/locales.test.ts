import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/types.js';
import { COMMAND_LINE, LOCALES, type Locale } from '../../src/locales/index.js';

/** Every leaf of a locale: its path and the text, or the function that makes the text. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'string' || typeof value === 'function') return [[path, value]];
  if (value === null) return [[path, null]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    leaves(inner, path ? `${path}.${key}` : key),
  );
}

const shape = (locale: Locale) =>
  leaves(locale).map(([path, leaf]) => [
    path,
    typeof leaf === 'function' ? `function/${leaf.length}` : leaf === null ? 'none' : typeof leaf,
  ]);

/**
 * Two shapes, less what one language lacks: `null` says a language has no such
 * feature (English puts no honorific before a name), and then the other's words
 * for it are not compared.
 */
function comparable(a: string[][], b: string[][]): [string[][], string[][]] {
  const absent = [...a, ...b].filter(([, kind]) => kind === 'none').map(([path]) => path);
  const keep = ([path = '']: string[]) =>
    !absent.some((none) => path === none || path.startsWith(`${none}.`));
  return [a.filter(keep), b.filter(keep)];
}

/**
 * Arguments for every function in a locale: each call's values must show in
 * the same places in every language. Values are chosen to be unmistakable;
 * several calls reach both sides of a branch (one hour, several hours).
 */
const SAMPLES: Record<string, unknown[][]> = {
  'prompts.honorific.message': [['Sari Wulandari']],
  'prompts.at': [['WITA']],
  'prompts.slot': [
    [1, 'WITA'],
    [2, 'WITA'],
  ],
  'prompts.flagRefused': [['--email', 'PROBLEM-TEXT']],
  // The computer's zone, or none when it cannot be read.
  'prompts.zone.message': [['Europe/Berlin'], ['']],
  'prompts.zone.system': [['Europe/Berlin']],
  'prompts.whatNext.mailto': [['hr@majujaya.example'], ['']],
  'prompts.whatNext.wa': [['0811-2233-4455'], ['']],
  'prompts.whatNext.saved': [['/home/budi/wawancara-pt-maju-jaya.eml']],
  'prompts.whatNext.saveFailed': [['EACCES']],
  'prompts.whatNext.notOpened': [['CAUSE-TEXT']],
  'prompts.whatNext.openerFailed': [['exit code 3']],
  'prompts.profile.taken': [['DETAILS-TEXT', '/home/budi/.config/x.json']],
  'prompts.profile.save': [['DETAILS-TEXT']],
  'prompts.profile.saved': [['/home/budi/.config/x.json']],
  'profileFile.ignoring': [['/home/budi/.config/x.json', 'WHY-TEXT']],
  'profileFile.tooBig': [[64]],
  'profileFile.unreadable': [['EIO']],
  'profileFile.notText': [['name']],
  'profileFile.value': [['email', 'PROBLEM-TEXT']],
  'problems.empty': [[{ code: 'empty' }]],
  'problems.control': [[{ code: 'control' }]],
  'problems.invisible': [[{ code: 'invisible' }]],
  'problems.encoding': [[{ code: 'encoding' }]],
  'problems.encoded-word': [[{ code: 'encoded-word' }]],
  'problems.too-long': [[{ code: 'too-long', max: 173 }]],
  'problems.email': [[{ code: 'email' }]],
  'problems.phone': [[{ code: 'phone' }]],
  'problems.datetime': [
    [{ code: 'datetime' }],
    [{ code: 'datetime', detail: 'hour' }],
    [{ code: 'datetime', detail: 'twelve-hour' }],
  ],
  'problems.zone': [[{ code: 'zone' }]],
  'problems.zone-abbreviation': [[{ code: 'zone-abbreviation', token: 'EST' }]],
  'problems.nonexistent': [
    [
      {
        code: 'nonexistent',
        local: '2026-03-08 02:30',
        zone: 'America/New_York',
        from: '02:00',
        to: '03:00',
      },
    ],
  ],
  'problems.system-zone': [[{ code: 'system-zone' }]],
  'problems.past': [[{ code: 'past' }]],
  'problems.slot-before-now': [[{ code: 'slot-before-now', slot: '2026-11-28 03:00' }]],
  'problems.slot-same-as-interview': [
    [{ code: 'slot-same-as-interview', slot: '2026-11-28 03:00' }],
  ],
  'problems.slot-at-night': [[{ code: 'slot-at-night', slot: '2026-11-28 03:00' }]],
  'problems.slot-duplicate': [[{ code: 'slot-duplicate', slot: '2026-11-28 03:00' }]],
  'problems.choice': [[{ code: 'choice', choices: ['alpha', 'beta'] }]],
  'warnings.ambiguousTime': [
    [
      {
        local: '2026-11-01 01:30',
        zone: 'America/New_York',
        from: '02:00',
        to: '01:00',
        chosen: '01:30 EDT',
      },
    ],
  ],
  'warnings.slotWeekend': [['WHEN-TEXT']],
  'warnings.reasonNeutralised': [['offer']],
  'warnings.slotOutsideHours': [['WHEN-TEXT']],
  'advice.callAt': [['WHEN-TEXT']],
  'advice.writeNow': [[true], [false]],
  'advice.thenCall': [['WHEN-TEXT']],
  'advice.hoursLeft': [[37]],
  'advice.enough': [['DEADLINE-TEXT']],
  'advice.notEnough': [
    ['WHEN-TEXT', 0],
    ['WHEN-TEXT', 1],
    ['WHEN-TEXT', 7],
  ],
  'plan.callToConfirm': [['WHEN-TEXT']],
  'plan.segments': [[1], [3]],
  'plan.characters': [[187, 200]],
  'clipboard.fallback': [['CAUSE-TEXT']],
  'clipboard.shownAbove': [['CAUSE-TEXT']],
  'clipboard.displayUnreachable': [[':99']],
  'message.recruitingTeam': [['PT Maju Jaya']],
  'message.greeting': [[8], [13], [16], [20]],
  'message.farewell': [[8], [20]],
  // English opens a text the same at any hour: the greeting is not a value it shows.
  'message.textOpening': [
    [undefined, 'Bu Sari'],
    [undefined, ''],
  ],
};

/** Fields that choose a variant rather than carry a value to show. */
const TAGS = ['code', 'detail', 'why'];

/** The values a call is given that a reader would see (a tag like `code` is not one). */
function shown(value: unknown): string[] {
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(shown);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      TAGS.includes(key) ? [] : shown(inner),
    );
  }
  return [];
}

/** Every text a locale says: plain strings, and each function called with its samples. */
function texts(locale: Locale): [string, string][] {
  return leaves(locale).flatMap(([path, leaf]) => {
    if (typeof leaf === 'string') return [[path, leaf]];
    const fn = leaf as (...args: unknown[]) => unknown;
    return (SAMPLES[path] ?? []).flatMap((args, i): [string, string][] => {
      const said = fn(...args);
      // A usage error says what is wrong and a hint: two texts.
      const parts = typeof said === 'string' ? [said] : Object.values(said as object);
      return parts.map((text) => [`${path}#${i}`, String(text)]);
    });
  });
}

describe('every language holds the same words', () => {
  const [first, ...others] = LANGS;

  it.each(others)('%s has the keys and function arities of the first language', (lang) => {
    const [mine, theirs] = comparable(shape(LOCALES[lang]), shape(LOCALES[first ?? 'id']));
    expect(mine).toEqual(theirs);
  });

  it('every function has sample arguments, and every sample a function', () => {
    const functions = leaves(LOCALES.en)
      .filter(([, leaf]) => typeof leaf === 'function')
      .map(([path]) => path);
    expect(Object.keys(SAMPLES).sort()).toEqual(functions.sort());
  });

  const calls = Object.entries(SAMPLES).flatMap(([path, list]) =>
    list.map((args, i) => [path, i, args] as const),
  );
  it.each(calls)('%s (call %i): every language shows the same values', (path, _i, args) => {
    const showing = LANGS.map((lang) => {
      const leaf = leaves(LOCALES[lang]).find(([p]) => p === path)?.[1];
      const said = (leaf as (...a: unknown[]) => unknown)(...args);
      const text = JSON.stringify(said);
      return shown(args).filter((value) => text.includes(value));
    });
    for (const values of showing) expect(values).toEqual(showing[0]);
  });

  it.each(LANGS)('%s: no empty text, no control characters, no unfilled value', (lang) => {
    for (const [path, text] of texts(LOCALES[lang])) {
      expect(text.trim(), path).not.toBe('');
      expect(text, path).not.toMatch(/[\u0000-\u001f]/u);
      expect(text, path).not.toMatch(/undefined|NaN|\[object|\$\{/u);
    }
  });
});

describe('Indonesian', () => {
  const all = texts(LOCALES.id)
    .map(([, text]) => text)
    .join('\n');

  it('addresses the user as "Anda", never with slang', () => {
    expect(all).toContain('Anda');
    expect(all).not.toMatch(/\b(kamu|aku|gue|lo|nggak|gak|udah|banget)\b/i);
  });

  it('says "wawancara", not "interview"', () => {
    expect(all).not.toMatch(/\binterview\b/i);
  });
});

/** The command line's words (English only): each function with the values it must show. */
const COMMAND_LINE_SAMPLES: Record<string, unknown[][]> = {
  'usage.fieldHint': [[{ problem: { code: 'past' } }], [{ problem: { code: 'email' } }]],
  'usage.missing': [
    [{ code: 'missing', flags: ['--company', '--name'], gate: true }],
    [{ code: 'missing', flags: ['--company'], gate: false }],
  ],
  'usage.gate-missing': [[{ code: 'gate-missing' }]],
  'usage.gate-both': [[{ code: 'gate-both' }]],
  'usage.slot-needs-reschedule': [[{ code: 'slot-needs-reschedule' }]],
  'usage.too-many-slots': [[{ code: 'too-many-slots', max: 7 }]],
  'usage.needs-recipient': [[{ code: 'needs-recipient', format: 'eml' }]],
  'usage.needs-invite': [[{ code: 'needs-invite', format: 'ics' }]],
  'usage.needs-sender-email': [[{ code: 'needs-sender-email', format: 'eml' }]],
  'usage.format-channel': [[{ code: 'format-channel', format: 'wa', channel: 'sms' }]],
  'invite.not-icalendar': [[{ code: 'not-icalendar' }]],
  'invite.no-calendar': [[{ code: 'no-calendar' }]],
  'invite.no-event': [[{ code: 'no-event' }]],
  'invite.recurring': [[{ code: 'recurring' }]],
  'invite.all-day': [[{ code: 'all-day' }]],
  'invite.cancelled': [[{ code: 'cancelled' }]],
  'invite.no-start': [[{ code: 'no-start' }]],
  'invite.no-uid': [[{ code: 'no-uid' }]],
  'invite.stdin-terminal': [[{ code: 'stdin-terminal' }]],
  'invite.utc-without-zone': [[{ code: 'utc-without-zone' }]],
  'invite.not-invitation': [[{ code: 'not-invitation', method: 'PUBLISH' }]],
  'invite.several-events': [[{ code: 'several-events', count: 7 }]],
  'invite.unknown-zone': [[{ code: 'unknown-zone', tzid: 'Mars Standard Time' }]],
  'invite.too-large': [[{ code: 'too-large', source: 'big.ics' }]],
  'invite.cannot-read': [
    [{ code: 'cannot-read', path: 'x.ics', why: 'missing' }],
    [{ code: 'cannot-read', path: 'x.ics', why: 'EIO' }],
  ],
  'invite.begun': [[{ code: 'begun', at: '2026-11-20 10:00 Asia/Jakarta' }]],
  unexpected: [['MESSAGE-TEXT']],
  notWritten: [['ENOSPC', 'no space left on device']],
  'delivery.notHeaderSafe': [['subject', 'PROBLEM-TEXT']],
  'delivery.notSingleAddress': [['to', 'a@example.com, b@example.com']],
};

describe('the command line speaks English, in one table', () => {
  it('every function has sample arguments, and every sample a function', () => {
    const functions = leaves(COMMAND_LINE)
      .filter(([, leaf]) => typeof leaf === 'function')
      .map(([path]) => path);
    expect(Object.keys(COMMAND_LINE_SAMPLES).sort()).toEqual(functions.sort());
  });

  const calls = Object.entries(COMMAND_LINE_SAMPLES).flatMap(([path, list]) =>
    list.map((args) => [path, args] as const),
  );
  it.each(calls)('%s %j: shows every value it is given, on one line', (path, args) => {
    const leaf = leaves(COMMAND_LINE).find(([p]) => p === path)?.[1];
    const said = (leaf as (...a: unknown[]) => unknown)(...args);
    const parts = typeof said === 'string' ? [said] : Object.values(said as object).map(String);
    const text = parts.join(' ');
    for (const value of shown(args)) expect(text).toContain(value);
    for (const part of parts) {
      expect(part.trim()).not.toBe('');
      expect(part).not.toMatch(/[\u0000-\u001f]|undefined|NaN|\[object/u);
    }
  });
});
