import type { Channel, Lang, Message, Plan } from '../core/types.js';
import { charCount, fitLinkedIn, LINKEDIN_LIMIT } from './linkedin.js';
import { countSegments, toGsm } from './sms.js';
import { firstFitting, renderTemplate, type Template } from './template.js';
import { buildView, type MessageView } from './view.js';

export type TemplateName =
  | 'phone'
  | 'voicemail'
  | 'email-subject'
  | 'email'
  | 'sms'
  | 'sms-short'
  | 'linkedin'
  | 'linkedin-short';

/** The template files each channel needs (`templates/<lang>/<name>.mustache`). */
export const CHANNEL_TEMPLATES: Record<Channel, readonly TemplateName[]> = {
  phone: ['phone'],
  voicemail: ['voicemail'],
  email: ['email-subject', 'email'],
  sms: ['sms', 'sms-short'],
  linkedin: ['linkedin', 'linkedin-short'],
};

/** A text message longer than this many segments falls back to the short text. */
export const SMS_MAX_SEGMENTS = 2;

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
export function renderMessages(plan: Plan, templates: Templates): Message[] {
  if (templates.lang !== plan.request.lang) {
    throw new Error(`templates are ${templates.lang}, the plan is ${plan.request.lang}`);
  }
  const view = buildView(plan);
  return plan.request.channels.map((channel): Message => {
    switch (channel) {
      case 'email': {
        const body = renderTemplate(templateOf(templates, 'email'), view);
        // A subject is one header line, whatever the values hold.
        const subject = renderTemplate(templateOf(templates, 'email-subject'), view)
          .replace(/\s+/g, ' ')
          .trim();
        return { channel, subject, body, length: charCount(body) };
      }
      case 'sms': {
        // Past two segments, the short text drops the role and the old date, then the
        // reason: the call and the email already carry them.
        const sms = (name: TemplateName, v: MessageView) => () =>
          toGsm(renderTemplate(templateOf(templates, name), v)).trim();
        const body = firstFitting(
          [sms('sms', view), sms('sms-short', view), sms('sms-short', { ...view, reason: '' })],
          (text) => countSegments(text) <= SMS_MAX_SEGMENTS,
        );
        return { channel, body, length: charCount(body), segments: countSegments(body) };
      }
      case 'linkedin': {
        const body = fitLinkedIn(
          plan,
          {
            full: templateOf(templates, 'linkedin'),
            short: templateOf(templates, 'linkedin-short'),
          },
          view,
        );
        return { channel, body, length: charCount(body), limit: LINKEDIN_LIMIT };
      }
      case 'phone':
      case 'voicemail': {
        const body = renderTemplate(templateOf(templates, channel), view);
        return { channel, body, length: charCount(body) };
      }
    }
  });
}
