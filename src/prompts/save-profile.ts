import type { ProfileKey } from '../core/profile.js';
import type { Lang } from '../core/types.js';
import { printable } from '../cli-errors.js';
import { makeAsk } from './ask.js';
import { terminalOf, type FlowContext } from './flow.js';
import { listOf, PROFILE_WORDS } from './profile.js';

/**
 * Asks once whether to save the details the user typed (yes by default); on
 * yes, `save` writes them and the path is shown.
 */
export async function offerToSave(
  keys: readonly ProfileKey[],
  lang: Lang,
  ctx: FlowContext,
  save: () => string,
): Promise<void> {
  const words = PROFILE_WORDS[lang];
  const ask = makeAsk(terminalOf(ctx), lang);
  const yes = await ask.choose({
    message: words.save(listOf(keys, lang)),
    choices: [
      { value: true, name: words.yes },
      { value: false, name: words.no },
    ],
    default: true,
  });
  if (yes) ask.note(ask.style.dim(words.saved(printable(save()))));
}
