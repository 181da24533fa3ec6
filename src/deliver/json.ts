import type { DateTime } from 'luxon';
import type { Message, Plan } from '../core/types.js';
import { describeAdvice } from '../messages/advice.js';

/** JSON schema version; bump on any incompatible change. */
export const JSON_SCHEMA = 1;

const iso = (t: DateTime): string => t.toISO({ suppressMilliseconds: true }) ?? '';

/** The plan as the stable JSON documented in the README (schema 1). */
export function toJson(plan: Plan, messages: Message[]): string {
  const { request, notice, call } = plan;
  const zoned = (t: DateTime) => iso(t.setZone(request.at.zone));
  const document = {
    schema: JSON_SCHEMA,
    lang: request.lang,
    mode: request.mode,
    interview: {
      company: request.company,
      role: request.role ?? null,
      interviewer: request.interviewer ?? null,
      at: zoned(request.at),
      timeZone: request.zone.id,
    },
    notice: {
      status: notice.status,
      hoursLeft: Math.round(notice.hoursLeft * 100) / 100,
      deadline: zoned(notice.deadline),
      callAt: zoned(call.callAt),
      advice: describeAdvice(plan),
    },
    messages: messages.map((m) => ({
      channel: m.channel,
      ...(m.subject !== undefined && { subject: m.subject }),
      body: m.body,
      length: m.length,
      ...(m.limit !== undefined && { limit: m.limit }),
      ...(m.segments !== undefined && { segments: m.segments }),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
