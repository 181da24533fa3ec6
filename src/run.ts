import type { CommandLine } from './cli.js';
import type { Clock } from './core/clock.js';
import { checkFormat } from './core/delivery.js';
import { langOrDefault } from './core/flags.js';
import { modeFromFlags } from './core/gate.js';
import { effectiveNow } from './core/interview-time.js';
import { makePlan } from './core/plan.js';
import { PROFILE_KEYS, profileAnswers } from './core/profile.js';
import { resolveRequest } from './core/request.js';
import type { Answers, InviteReply, Lang } from './core/types.js';
import { colourLevel } from './colour.js';
import { DEMO_ZONE, demoAnswers } from './demo.js';
import { formatOutput } from './deliver/index.js';
import { LOCALES } from './locales/index.js';
import { loadTemplates } from './messages/load-templates.js';
import { loadForeignFormat } from './messages/phone-number.js';
import { messageWarnings, renderMessages } from './messages/render.js';
// Static: the questions need these words too, and a bundle of their own would be one more
// file to read before the first prompt.
import { warningText } from './messages/warnings.js';
import { profileWarning, readProfile, type ProfileRead } from './sources/profile.js';

/** The outside world, as main.ts wires it (tests may wire another). */
export interface Deps {
  env: Record<string, string | undefined>;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  clock: () => Clock;
  /** Which of stdin and stdout are terminals, known without building their streams. */
  isTTY: { stdin: boolean; stdout: boolean };
  /** Writes the product to stdout, whole; rejects (or throws) when it cannot. */
  writeOut: (text: string) => void | Promise<void>;
  /** The templates/ folder, read when running from source (the build compiles them in). */
  templatesRoot: URL;
}

/** What the run knows before any question: the answers, and where they came from. */
interface Start {
  answers: Answers;
  saved?: ProfileRead;
  fromProfile: Answers;
  fromInvite: Answers;
  /** The answers the invitation gave (flags win over it). */
  invited: ReadonlySet<keyof Answers>;
  /** What a reply to the invitation needs. */
  invite?: InviteReply;
  /** The line that says what the invitation answered, in a language. */
  takenNote?: (lang: Lang) => string | undefined;
}

/**
 * Runs the assistant for a parsed command line: answers → core → messages →
 * delivery. Bad input throws (core's `InputError`); main reports it.
 */
export async function run(line: CommandLine, deps: Deps): Promise<void> {
  // Read on first use: the clock starts ICU (~25 ms), which the first question does not need.
  let read: Clock | undefined;
  const clock: Clock = {
    get now() {
      return (read ??= deps.clock()).now;
    },
    get systemZone() {
      return (read ??= deps.clock()).systemZone;
    },
  };
  const interactive = deps.isTTY.stdin && !line.yes && !line.demo;
  const start = await startingAnswers(line, deps, clock);
  const answers = interactive ? await ask(line, deps, clock, start) : start.answers;
  const lang = await deliverPlan(line, deps, clock, answers, start, interactive);
  if (interactive && start.saved) {
    const { offerProfileSave } = await import('./prompts/save-profile.js');
    const ctx = { clock, io: deps, color: line.color };
    // Only what was typed is offered: not what the profile or the invitation gave.
    const given = { ...start.fromProfile, ...start.fromInvite, ...line.answers };
    await offerProfileSave(start.saved, given, answers, ctx, lang);
  }
}

/**
 * The saved profile, the invitation over it, the flags over both (flags win),
 * the gate's flags, and the demo's samples.
 */
async function startingAnswers(line: CommandLine, deps: Deps, clock: Clock): Promise<Start> {
  const saved = line.profile ? readProfile(deps.env) : undefined;
  if (saved?.status === 'invalid') {
    deps.stderr.write(profileWarning(saved, LOCALES[langOrDefault(line.answers.lang)]));
  }
  const fromProfile = saved?.status === 'ok' ? profileAnswers(saved.profile) : {};
  let answers: Answers = { ...fromProfile, ...line.answers };
  if (line.sure || line.reschedule) answers.mode = modeFromFlags(line.sure, line.reschedule);
  checkFormat(answers);
  const start: Start = { answers, saved, fromProfile, fromInvite: {}, invited: new Set() };
  if (answers.invite) {
    const sources = await import('./sources/invitation.js');
    const loaded = await sources.loadInvitation(answers, {
      stdin: deps.stdin,
      stdinIsTTY: deps.isTTY.stdin,
      clock,
    });
    const merged = sources.mergeInvitation(answers, line.answers, loaded.answers);
    answers = merged.answers;
    start.fromInvite = loaded.answers;
    start.invite = loaded.reply;
    start.invited = new Set(merged.taken);
    start.takenNote = (lang) => sources.takenNote(merged.taken, lang);
  }
  // The demo's interview follows --now (read in the demo's zone, as the request will read
  // it), so that `--demo --now …` shows the plan of that moment.
  if (line.demo) {
    const now = effectiveNow(answers, DEMO_ZONE, clock);
    answers = { ...demoAnswers(langOrDefault(answers.lang), now), ...answers };
  }
  return { ...start, answers };
}

/** The questions, on stderr, for whatever the flags, the profile and the invitation left out. */
async function ask(line: CommandLine, deps: Deps, clock: Clock, start: Start): Promise<Answers> {
  const { askMissing } = await import('./prompts/flow.js');
  const { saved, fromProfile, invited, takenNote } = start;
  const keys = PROFILE_KEYS.filter(
    (k) => fromProfile[k] && line.answers[k] === undefined && !invited.has(k),
  );
  const profile = saved && { keys, path: saved.path };
  return askMissing(start.answers, { clock, io: deps, color: line.color, profile, takenNote });
}

/**
 * Core decides, the messages are rendered, the output is written or copied
 * whole; in a terminal, what next? follows. Returns the plan's language.
 */
async function deliverPlan(
  line: CommandLine,
  deps: Deps,
  clock: Clock,
  answers: Answers,
  start: Start,
  interactive: boolean,
): Promise<Lang> {
  const resolved = resolveRequest(answers, clock);
  const { request, now } = resolved;
  const plan = makePlan(request, now);
  // The questions showed the warnings of what they read: the time, and slots typed there.
  const typedSlots = !line.answers.slots?.length;
  const unseen = [
    ...resolved.warnings.filter((w) => !interactive || (w.field === 'slots' && !typedSlots)),
    ...messageWarnings(plan),
  ];
  if (unseen.length) {
    const label = LOCALES[request.lang].warnings.label;
    for (const warning of unseen) {
      const text = warningText(warning, request.lang, request.zone);
      deps.stderr.write(`batal-wawancara: ${label}: ${text}\n`);
    }
  }
  // The recruiter's number shows in the plan and the menu, grouped like the sender's.
  const foreignPhone = await loadForeignFormat([request.sender.phone, request.recruiter.phone]);
  // The templates of this run's language only: in the build, one compiled module per language.
  const messages = renderMessages(
    plan,
    loadTemplates(deps.templatesRoot, request.lang, request.channels),
    { foreignPhone },
  );
  // The clipboard gets plain text, whatever FORCE_COLOR says.
  const colour = line.copy ? 0 : colourLevel({ isTTY: deps.isTTY.stdout }, deps.env, line.color);
  // The whole output is built before anything is written: never half a message on stdout.
  const { invite } = start;
  const output = await formatOutput(plan, messages, { colour, invite, foreignPhone });
  // Said once the run has succeeded, so that an error stays one line.
  const taken = interactive ? undefined : start.takenNote?.(request.lang);
  if (taken) deps.stderr.write(`${taken}\n`);

  if (line.copy) {
    const { copyOutput } = await import('./deliver/clipboard.js');
    await copyOutput(output, line.copy, copyIo(deps, request.lang));
  } else {
    await deps.writeOut(output);
  }
  if (interactive && !line.copy) {
    const { askWhatNext } = await import('./prompts/what-next.js');
    const ctx = { clock, io: deps, color: line.color };
    await askWhatNext(plan, messages, ctx, { invite, foreignPhone });
  }
  return request.lang;
}

function copyIo(deps: Deps, lang: Lang) {
  return { env: deps.env, stdout: deps.stdout, stderr: deps.stderr, lang };
}
