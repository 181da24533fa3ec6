import { printable } from '../cli-errors.js';
import { mergeProfile, SENDER_KEYS } from '../core/profile.js';
import type { Answers, Lang } from '../core/types.js';
import { saveProfile, type ProfileRead } from '../sources/profile.js';
import { makeAsk } from './ask.js';
import { terminalOf, type FlowContext } from './flow.js';
import { LOCALES } from '../locales/index.js';
import { listOf } from './profile.js';

/**
 * After an interactive run: when the user typed their details (the flags and the
 * profile did not give them), asks once whether to save them, yes by default. A
 * profile that could not be read is never written over from here.
 */
export async function offerProfileSave(
  saved: ProfileRead,
  given: Answers,
  answers: Answers,
  ctx: FlowContext,
  lang: Lang,
): Promise<void> {
  const typed = SENDER_KEYS.filter((k) => answers[k]?.trim() && given[k] === undefined);
  if (saved.status === 'invalid' || !typed.length) return;
  const words = LOCALES[lang].prompts.profile;
  const ask = makeAsk(terminalOf(ctx), lang);
  const yes = await ask.choose({
    message: words.save(listOf(typed, lang)),
    choices: [
      { value: true, name: words.yes },
      { value: false, name: words.no },
    ],
    default: true,
  });
  if (!yes) return;
  const details = Object.fromEntries(typed.map((k) => [k, answers[k]]));
  saveProfile(saved.path, mergeProfile(saved.status === 'ok' ? saved.profile : {}, details));
  ask.note(ask.style.dim(words.saved(printable(saved.path))));
}
