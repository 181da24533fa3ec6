import type { CommandLine } from './cli.js';
import { UsageError } from './core/errors.js';
import { GATE_REASON, modeFromFlags } from './core/gate.js';
import { makePlan } from './core/plan.js';
import type { Clock } from './core/clock.js';
import { checkChoice } from './core/fields.js';
import { missingFlags } from './core/flags.js';
import { effectiveNow } from './core/interview-time.js';
import { resolveRequest } from './core/request.js';
import { checkFormat } from './core/delivery.js';
import { LANGS, type Answers, type InviteReply, type Lang } from './core/types.js';
import { PROFILE_KEYS, profileAnswers } from './core/profile.js';
import { DEMO_ZONE, demoAnswers } from './demo.js';
import type { Session } from './report.js';
import { profileWarning, readProfile } from './sources/profile.js';

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
  templatesRoot: URL;
  /** Told the run's language as soon as it is known, so that even Ctrl+C is answered in it. */
  session?: Session;
}

/** Runs the assistant for a parsed command line: answers → core → messages → delivery. */
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
  // The saved profile answers first; flags win over it.
  const saved = line.profile ? readProfile(deps.env) : undefined;
  if (saved?.status === 'invalid') deps.stderr.write(profileWarning(saved));
  const fromProfile = saved?.status === 'ok' ? profileAnswers(saved.profile) : {};
  let answers: Answers = { ...fromProfile, ...line.answers };
  if (line.sure || line.reschedule) answers.mode = modeFromFlags(line.sure, line.reschedule);
  checkFormat(answers);
  // The invitation answers over the profile and under the flags.
  let invite: InviteReply | undefined;
  let takenNote: ((lang: Lang) => string | undefined) | undefined;
  const invited = new Set<keyof Answers>();
  let fromInvite: Answers = {};
  if (answers.invite) {
    const sources = await import('./sources/invitation.js');
    const loaded = await sources.loadInvitation(answers, {
      stdin: deps.stdin,
      stdinIsTTY: deps.isTTY.stdin,
      clock,
    });
    const merged = sources.mergeInvitation(answers, line.answers, loaded.answers);
    answers = merged.answers;
    fromInvite = loaded.answers;
    invite = loaded.reply;
    for (const key of merged.taken) invited.add(key);
    takenNote = (lang) => sources.takenNote(merged.taken, lang);
  }
  // The demo's interview follows --now (read in the demo's zone, as the request will read
  // it), so that `--demo --now …` shows the plan of that moment.
  if (line.demo) {
    const now = effectiveNow(answers, DEMO_ZONE, clock);
    answers = { ...demoAnswers(langOf(answers), now), ...answers };
  }
  const typedLang = checkChoice(answers.lang ?? '', LANGS);
  if (typedLang.ok && deps.session) deps.session.lang = typedLang.value;

  if (interactive) {
    const { askMissing } = await import('./prompts/flow.js');
    const keys = PROFILE_KEYS.filter(
      (k) => fromProfile[k] && line.answers[k] === undefined && !invited.has(k),
    );
    const profile = saved && { keys, path: saved.path };
    answers = await askMissing(answers, { clock, deps, color: line.color, profile, takenNote });
  } else {
    requireAll(answers, line);
  }

  const resolved = resolveRequest(answers, clock);
  const { request, now } = resolved;
  if (deps.session) deps.session.lang = request.lang;
  const plan = makePlan(request, now);
  // Loaded after the questions, so the first prompt appears sooner.
  const [render, { formatOutput }, { colourLevel }, { loadForeignFormat }] = await Promise.all([
    import('./messages/render.js'),
    import('./deliver/index.js'),
    import('./colour.js'),
    import('./messages/phone-number.js'),
  ]);
  // The questions showed the warnings of what they read: the time, and slots typed there.
  const typedSlots = !line.answers.slots?.length;
  const unseen = [
    ...resolved.warnings.filter((w) => !interactive || (w.field === 'slots' && !typedSlots)),
    ...render.messageWarnings(plan),
  ];
  if (unseen.length) {
    const { WARNING_LABEL, warningText } = await import('./messages/warnings.js');
    const label = WARNING_LABEL[request.lang];
    for (const warning of unseen) {
      const text = warningText(warning, request.lang, request.zone);
      deps.stderr.write(`batal-wawancara: ${label}: ${text}\n`);
    }
  }
  // The recruiter's number shows in the plan and the menu, grouped like the sender's.
  const foreignPhone = await loadForeignFormat([request.sender.phone, request.recruiter.phone]);
  const messages = render.renderMessages(
    plan,
    render.loadTemplates(deps.templatesRoot, request.lang, request.channels),
    { foreignPhone },
  );
  // The clipboard gets plain text, whatever FORCE_COLOR says.
  const colour = line.copy ? 0 : colourLevel({ isTTY: deps.isTTY.stdout }, deps.env, line.color);
  // The whole output is built before anything is written: never half a message on stdout.
  const output = await formatOutput(plan, messages, { colour, invite, foreignPhone });
  // Said once the run has succeeded, so that an error stays one line.
  const taken = interactive ? undefined : takenNote?.(request.lang);
  if (taken) deps.stderr.write(`${taken}\n`);

  if (line.copy) {
    const { copyOutput } = await import('./deliver/clipboard.js');
    await copyOutput(output, line.copy, copyIo(deps, request.lang));
  } else {
    await deps.writeOut(output);
  }
  if (interactive && !line.copy) {
    const { askWhatNext } = await import('./prompts/what-next.js');
    const ctx = { clock, deps, color: line.color };
    await askWhatNext(plan, messages, ctx, { invite, foreignPhone });
  }
  if (interactive && saved) {
    const { offerProfileSave } = await import('./prompts/save-profile.js');
    // Only what was typed is offered: not what the profile or the invitation gave.
    const given = { ...fromProfile, ...fromInvite, ...line.answers };
    await offerProfileSave(saved, given, answers, { clock, deps, color: line.color }, request.lang);
  }
}

function copyIo(deps: Deps, lang: Lang) {
  return { env: deps.env, stdout: deps.stdout, stderr: deps.stderr, lang };
}

function langOf(answers: Answers): Lang {
  return answers.lang?.trim().toLowerCase() === 'en' ? 'en' : 'id';
}

/** Without prompts everything required must come from flags: name all that is missing at once. */
function requireAll(answers: Answers, line: CommandLine): void {
  const missing = missingFlags(answers);
  if (!missing.length) return;
  if (missing.length === 1 && !answers.mode) modeFromFlags(line.sure, line.reschedule);
  throw new UsageError(
    `missing ${missing.join(', ')}`,
    answers.mode ? 'give them as flags' : `give them as flags; about the gate: ${GATE_REASON}`,
  );
}
