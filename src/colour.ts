/** Colour levels as chalk counts them: 0 none, 1 basic, 2 256 colours, 3 truecolor. */
export type ColourLevel = 0 | 1 | 2 | 3;

/**
 * Whether to colour what is written to `stream`: never when piped, with a
 * non-empty NO_COLOR, TERM=dumb, FORCE_COLOR=0 or --no-color; always with FORCE_COLOR (1–3).
 * (chalk 5 ignores NO_COLOR, so the decision is made here.)
 */
export function colourLevel(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined>,
  flag: boolean,
): ColourLevel {
  if (!flag) return 0;
  const force = env.FORCE_COLOR;
  if (force === '0' || force === 'false') return 0;
  if (force !== undefined) return force === '2' ? 2 : force === '3' ? 3 : 1;
  if (env.NO_COLOR) return 0;
  if (env.TERM === 'dumb') return 0;
  if (!stream.isTTY) return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return env.TERM?.includes('256') ? 2 : 1;
}
