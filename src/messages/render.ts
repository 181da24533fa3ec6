import type { Channel, Lang, Message, Plan, ReasonKey } from '../core/types.js';
import { charCount, LINKEDIN_LIMIT } from './linkedin.js';
import type { ForeignFormat } from './phone-number.js';
import { NEUTRAL_IN_RESCHEDULE } from './phrases.js';
import { countSegments, toGsm } from './sms.js';
import { fitByCuts, renderTemplate, type Template } from './template.js';
import { buildView, type Cut, type MessageView } from './view.js';
import { VOICEMAIL_WORDS, wordCount } from './voicemail.js';

export type TemplateName = 'phone' | 'voicemail' | 'email-subject' | 'email' | 'sms' | 'linkedin';

/** The template files each channel needs (`templates/<lang>/<name>.mustache`). */
export const CHANNEL_TEMPLATES: Record<Channel, readonly TemplateName[]> = {
  phone: ['phone'],
  voicemail: ['voicemail'],
  email: ['email-subject', 'email'],
  sms: ['sms'],
  linkedin: ['linkedin'],
};

/** A text message longer than this many segments is shortened (see `CUTS`). */
export const SMS_MAX_SEGMENTS = 2;

/**
 * What a channel with a limit leaves out, in this order, until it fits. A text keeps
 * the date, the slots, who is writing and what is asked; a voicemail keeps the
 * apology, the thanks, the request and the number; a note never cuts inside a name.
 */
export const CUTS: Readonly<Record<'sms' | 'voicemail' | 'linkedin', readonly Cut[]>> = {
  sms: ['role', 'year', 'ornaments', 'reason'],
  voicemail: ['role', 'ornaments', 'company', 'callee', 'long-name'],
  linkedin: ['role', 'ornaments', 'company', 'name', 'callee'],
};

/** What the messages say differently from what was asked: a code, worded at the edge. */
export type MessageWarning = { code: 'reason-neutralised'; reason: ReasonKey };

/** The messages' own warnings for `plan`, each once. */
export function messageWarnings(plan: Plan): MessageWarning[] {
  const { mode, reason } = plan.request;
  return mode === 'reschedule' && NEUTRAL_IN_RESCHEDULE.has(reason)
    ? [{ code: 'reason-neutralised', reason }]
    : [];
}

/** What the rendering may use besides the plan. */
export interface RenderOptions {
  /** Groups foreign phone numbers (`loadForeignFormat`); without it they show as given. */
  foreignPhone?: ForeignFormat;
}

/** The templates of one language, by file name (`templates/<lang>/<name>.mustache`). */
export interface Templates {
  lang: Lang;
  byName: Partial<Record<TemplateName, Template>>;
}

function templateOf(templates: Templates, name: TemplateName): Template {
  const template = templates.byName[name];
  // A missing template is a packaging or wiring bug, not bad user input.
  if (!template) throw new Error(`template ${templates.lang}/${name} was not loaded`);
  return template;
}

/** One message per channel of the plan, in the plan's order and language. */
export function renderMessages(
  plan: Plan,
  templates: Templates,
  options: RenderOptions = {},
): Message[] {
  if (templates.lang !== plan.request.lang) {
    throw new Error(`templates are ${templates.lang}, the plan is ${plan.request.lang}`);
  }
  const { foreignPhone } = options;
  // Each view and each text is made once: the email's subject and body share a view, and
  // a text's full form is the first attempt at fitting it.
  const views = new Map<string, MessageView>();
  const texts = new Map<string, string>();
  const render =
    (name: TemplateName, channel: Channel) =>
    (cuts: ReadonlySet<Cut> = new Set()): string => {
      const cutKey = [...cuts].join();
      const key = `${name} ${cutKey}`;
      let text = texts.get(key);
      if (text === undefined) {
        const viewKey = `${channel} ${cutKey}`;
        let view = views.get(viewKey);
        if (!view) views.set(viewKey, (view = buildView(plan, channel, { cuts, foreignPhone })));
        texts.set(key, (text = renderTemplate(templateOf(templates, name), view)));
      }
      return text;
    };
  return plan.request.channels.map((channel): Message => {
    switch (channel) {
      case 'email': {
        const body = render('email', channel)();
        // A subject is one header line, whatever the values hold.
        const subject = render('email-subject', channel)().replace(/\s+/g, ' ').trim();
        return { channel, subject, body, length: charCount(body) };
      }
      case 'sms': {
        // WhatsApp has no segments: it takes the whole text, as written.
        const full = render('sms', channel)();
        const body = fitByCuts(
          (cuts) => toGsm(render('sms', channel)(cuts)),
          CUTS.sms,
          (text) => countSegments(text) <= SMS_MAX_SEGMENTS,
        );
        return { channel, body, full, length: charCount(body), segments: countSegments(body) };
      }
      case 'linkedin': {
        const body = fitByCuts(
          render('linkedin', channel),
          CUTS.linkedin,
          (text) => charCount(text) <= LINKEDIN_LIMIT,
        );
        return { channel, body, length: charCount(body), limit: LINKEDIN_LIMIT };
      }
      case 'voicemail': {
        const body = fitByCuts(
          render('voicemail', channel),
          CUTS.voicemail,
          (text) => wordCount(text) <= VOICEMAIL_WORDS,
        );
        return { channel, body, length: charCount(body) };
      }
      case 'phone': {
        const body = render('phone', channel)();
        return { channel, body, length: charCount(body) };
      }
    }
  });
}
