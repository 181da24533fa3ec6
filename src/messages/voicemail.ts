/** About 30 seconds spoken: the most words a voicemail may take. */
export const VOICEMAIL_WORDS = 75;

/** Words as a listener hears them: "0812-3456-7890" and "10.00" are one each. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
