import { Chalk } from 'chalk';
import type { ColourLevel } from '../colour.js';
import type { PromptWords } from '../locales/index.js';

/** The parts of Inquirer's theme this flow sets (the same shape its prompts accept). */
export interface PromptTheme {
  prefix: { idle: string; done: string };
  spinner: { interval: number; frames: string[] };
  style: {
    answer: (text: string) => string;
    message: (text: string) => string;
    error: (text: string) => string;
    defaultAnswer: (text: string) => string;
    help: (text: string) => string;
    highlight: (text: string) => string;
    key: (text: string) => string;
    description: (text: string) => string;
    disabled: (text: string) => string;
    keysHelpTip: (keys: [string, string][]) => string;
  };
}

/** Colours for the verdict lines printed between questions. */
export interface NoteStyle {
  ok: (text: string) => string;
  warn: (text: string) => string;
  dim: (text: string) => string;
}

/**
 * Inquirer's theme with our colours and words. Inquirer's defaults colour through
 * `util.styleText`, which on Node 20 ignores NO_COLOR and pipes, so every styled
 * part is replaced by chalk at the level colour.ts decided (0 = plain text).
 * Cyan, green, yellow and bold stay readable on dark and light backgrounds; blue does not.
 */
export function promptTheme(level: ColourLevel, locale: PromptWords): PromptTheme {
  const c = new Chalk({ level });
  return {
    prefix: { idle: c.cyan('?'), done: c.green('✔') },
    spinner: { interval: 80, frames: ['-', '\\', '|', '/'] },
    style: {
      answer: (text) => c.cyan(text),
      message: (text) => c.bold(text),
      error: (text) => c.red(`> ${text}`),
      defaultAnswer: (text) => c.dim(`(${text})`),
      help: (text) => c.dim(text),
      highlight: (text) => c.cyan(text),
      key: (text) => c.cyan.bold(`<${text}>`),
      description: (text) => c.dim(text),
      disabled: (text) => c.dim(text),
      keysHelpTip: () => c.dim(`↑↓ ${locale.keys.navigate} • ⏎ ${locale.keys.select}`),
    },
  };
}

/** Colours of the notes written between questions. */
export function noteStyle(level: ColourLevel): NoteStyle {
  const c = new Chalk({ level });
  return { ok: (t) => c.green(t), warn: (t) => c.yellow.bold(t), dim: (t) => c.dim(t) };
}
