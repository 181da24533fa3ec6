import { formatISO } from 'date-fns/formatISO';
import type { Message, Plan, Zone } from '../core/types.js';
import { inZone } from '../messages/dates.js';
import { describeAdvice } from '../messages/advice.js';

/** JSON schema version; bump on any incompatible change. */
export const JSON_SCHEMA = 1;

/** ISO 8601 with the interview zone's offset, to the second: "2026-11-27T10:00:00+07:00". */
const iso = (t: Date, zone: Zone): string => formatISO(inZone(t, zone));

/** The plan as the stable JSON documented in the README (schema 1). */
export function toJson(plan: Plan, messages: Message[]): string {
  const { request, notice, call } = plan;
  const zoned = (t: Date) => iso(t, request.zone);
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
      hoursLeft: notice.hoursLeft,
      deadline: zoned(notice.deadline),
      callAt: call.callAt && zoned(call.callAt),
      first: plan.first,
      advice: describeAdvice(plan, request.lang),
    },
    messages: messages.map((m) => ({
      channel: m.channel,
      ...(m.subject !== undefined && { subject: m.subject }),
      body: m.body,
      length: m.length,
      ...(m.limit !== undefined && { limit: m.limit }),
      ...(m.segments !== undefined && { segments: m.segments }),
      ...(m.full !== undefined && { full: m.full }),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
