import { expect } from 'vitest';
import type { AddressObject, ParsedMail } from 'mailparser';
import type { EmlInput } from '../../../src/deliver/eml.js';

/** The header block of a raw message with LF line ends. */
export function headerBlock(raw: string): string {
  return raw.slice(0, raw.indexOf('\n\n'));
}

/** Header field names in order, folded continuation lines skipped. */
export function headerNames(raw: string): string[] {
  return headerBlock(raw)
    .split('\n')
    .filter((line) => !/^[ \t]/u.test(line))
    .map((line) => line.slice(0, line.indexOf(':')));
}

export function firstAddress(field: AddressObject | AddressObject[] | undefined) {
  const object = Array.isArray(field) ? field[0] : field;
  return object?.value[0];
}

/** Checks a parsed message against the input it was built from. */
export function expectSameMessage(parsed: ParsedMail, expected: EmlInput): void {
  if (expected.from) {
    expect(firstAddress(parsed.from)).toEqual({
      name: expected.from.name,
      address: expected.from.address,
    });
  } else {
    expect(parsed.from).toBeUndefined();
  }
  expect(firstAddress(parsed.to)?.address).toBe(expected.to);
  expect(parsed.subject).toBe(expected.subject);
  expect(parsed.date?.getTime()).toBe(expected.date.getTime());
  const domain = expected.from?.address.split('@')[1] ?? 'batal-wawancara.invalid';
  expect(parsed.messageId).toMatch(
    new RegExp(`^<[\\w.-]+@${domain.replace(/\./gu, '\\.')}>$`, 'u'),
  );
  expect(parsed.headers.get('mime-version')).toBe('1.0');
  expect(parsed.headers.get('content-type')).toMatchObject({
    value: 'text/plain',
    params: { charset: 'utf-8' },
  });
  // The message ends with a line break after the body; the parser keeps it.
  expect(parsed.text).toBe(`${expected.body}\n`);
}
