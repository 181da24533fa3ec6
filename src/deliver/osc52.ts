const ESC = '\u001b';
const BEL = '\u0007';

/**
 * The OSC 52 "set clipboard" sequence. Sent plain, not wrapped for tmux:
 * tmux forwards it itself with `set-clipboard on`, which its docs recommend.
 */
export function osc52Sequence(text: string): string {
  return `${ESC}]52;c;${Buffer.from(text, 'utf8').toString('base64')}${BEL}`;
}
