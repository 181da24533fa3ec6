import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** The import-lane errors ESLint reports for `code` as if it were the file at `path`. */
async function laneErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('each folder keeps its lane (eslint.config.js)', () => {
  it.each([
    ['src/core/x.ts', "import { LOCALES } from '../locales/index.js';", 'core never imports'],
    ['src/core/x.ts', "import { toText } from '../deliver/text.js';", 'core never imports'],
    ['src/core/x.ts', "import { run } from '../run.js';", 'core never imports'],
    ['src/core/x.ts', "import { readFileSync } from 'node:fs';", 'core is pure'],
    ['src/locales/xx.ts', "import { FLAG_OF } from '../core/flags.js';", 'only types from core'],
    ['src/locales/xx.ts', "import type { Plan } from '../messages/view.js';", 'words only'],
    ['src/messages/x.ts', "import { toText } from '../deliver/text.js';", 'messages never'],
    ['src/messages/x.ts', "import { askMissing } from '../prompts/flow.js';", 'messages never'],
    ['src/messages/x.ts', "import type { Deps } from '../run.js';", 'messages never'],
    ['src/deliver/x.ts', "import { makeAsk } from '../prompts/ask.js';", 'deliver never'],
    ['src/deliver/x.ts', "import type { Deps } from '../run.js';", 'deliver never'],
    ['src/prompts/x.ts', "import type { Deps } from '../run.js';", 'prompts never'],
    ['src/prompts/x.ts', "import { toEml } from '../deliver/eml.js';", 'prompts never'],
  ])('%s: %s is refused', async (path, code, said) => {
    const errors = await laneErrors(path, `${code}\nexport {};\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(said);
  });

  it.each([
    ['src/core/x.ts', "import { REASONS } from './reasons.js';"],
    ['src/locales/xx.ts', "import type { Problem } from '../core/problems.js';"],
    ['src/messages/x.ts', "import { LOCALES } from '../locales/index.js';"],
    ['src/messages/x.ts', "import { checkNotice } from '../core/notice.js';"],
    ['src/deliver/x.ts', "import { describeAdvice } from '../messages/advice.js';"],
    ['src/prompts/x.ts', "import { formatOutput } from '../deliver/index.js';"],
    ['src/prompts/x.ts', "import { isPromptExit } from '../report.js';"],
    ['src/run.ts', "import { askMissing } from './prompts/flow.js';"],
  ])('%s: %s is allowed', async (path, code) => {
    expect(await laneErrors(path, `${code}\nexport {};\n`)).toEqual([]);
  });
});
