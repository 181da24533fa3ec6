/** LinkedIn's connection-note limit on a free account, in characters. */
export const LINKEDIN_LIMIT = 200;

/** Code points, the way the note's length is reported. */
export function charCount(text: string): number {
  return [...text].length;
}
