/** Colour levels as chalk counts them: 0 none, 1 basic, 2 256 colours, 3 truecolor. */
export type ColourLevel = 0 | 1 | 2 | 3;

// Node's own reading of FORCE_COLOR: '', 1 or true → basic, 2 → 256, 3 → truecolor,
// anything else (0, false) → none.
const FORCED = new Map<string, ColourLevel>([
  ['', 1],
  ['1', 1],
  ['true', 1],
  ['2', 2],
  ['3', 3],
]);

/**
 * Whether to colour what is written to `stream`: never with --no-color; as
 * FORCE_COLOR says when it is set (FORCE_COLOR=0 turns colour off even on a
 * terminal); otherwise never with a non-empty NO_COLOR, TERM=dumb or when the
 * stream is not a terminal. (chalk 5 ignores NO_COLOR, so the decision is made here.)
 */
export function colourLevel(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined>,
  flag: boolean,
): ColourLevel {
  if (!flag) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return FORCED.get(force) ?? 0;
  if (env.NO_COLOR) return 0;
  if (env.TERM === 'dumb') return 0;
  if (!stream.isTTY) return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return env.TERM?.includes('256') ? 2 : 1;
}
