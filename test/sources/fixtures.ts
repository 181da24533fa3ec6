import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of the invitation fixtures. */
export const INVITES = fileURLToPath(new URL('../fixtures/invites/', import.meta.url));

/** A fixture's bytes, as a sender wrote them. */
export function fixture(name: string): Buffer {
  return readFileSync(`${INVITES}${name}`);
}
