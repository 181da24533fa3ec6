import type { Channel, Plan } from '../core/types.js';
import {
  capitalise,
  onDate,
  sayDate,
  sayDates,
  type DateStyle,
  type SaidDate,
} from './date-forms.js';
import { inZone } from './dates.js';
import { shortName } from './names.js';
import { displayPhone, type ForeignFormat } from './phone-number.js';
import { phrases, reasonSentence } from './phrases.js';

/**
 * What a message may leave out to fit its limit, each a whole part: the role, the year
 * of dates, ornaments (courtesies, long date forms), the reason, the company, the
 * sender's name (LinkedIn shows it beside the note), a long sender name cut to its first
 * and last words (voicemail), the recruiter's name.
 */
export type Cut =
  'role' | 'year' | 'ornaments' | 'reason' | 'company' | 'name' | 'long-name' | 'callee';

/**
 * What the templates may use. Every key is always present (empty string or false when
 * the answer is missing), in both languages, so a template can test it as a section.
 * Dates and names are said the way the channel needs (see `buildView`).
 */
export interface MessageView {
  /** The sender. */
  name: string;
  /** "0812-3456-7890" in Indonesian, "+62 812-3456-7890" in English. */
  phone: string;
  email: string;
  company: string;
  role: string;
  /** A letter's addressee, in full: "Ibu Sari Wulandari", "Tim Rekrutmen PT Maju". */
  addressee: string;
  /** Who a call greets: "Ibu Sari", "Sarah"; the name alone without an honorific; or "". */
  callee: string;
  /** Who a chat or note greets: "Bu Sari", "Sarah", "Bapak/Ibu"; English "" when unknown. */
  chatName: string;
  /** The second person in writing: "Ibu", "Bapak", "Bapak/Ibu"; English "you". */
  you: string;
  /** The second person aloud: "Ibu", "Bapak", or "" (Bapak/Ibu cannot be spoken); "you". */
  youSpoken: string;
  /** "Selamat pagi" / "Good morning": for the moment the message is used. */
  greeting: string;
  /** A call's last words, fitting the hour: "Selamat pagi." / "Have a good day." */
  farewell: string;
  /** A text's first words: "Selamat pagi, Bu Sari." / "Permisi, Bu Sari." / "Hi Sarah,". */
  opening: string;
  /** The interview after "dijadwalkan" / "scheduled for": "pada Jumat, …", "besok pukul …". */
  when: string;
  cancel: boolean;
  reschedule: boolean;
  /** Less than 24 hours' notice. */
  short: boolean;
  /** The email and the text went first: the call and the voicemail refer to them. */
  write: boolean;
  /** "Dengan berat hati" / "Unfortunately": not when the role is simply not the right fit. */
  regret: boolean;
  /** The reason in one or two sentences; may be empty. */
  reason: string;
  /** Proposed new times as list items: "Senin, 30 November pukul 09.00 WIB". */
  slots: { slot: string }[];
  /** The one proposed time after a verb: "pada Senin, 30 November pukul 09.00 WIB". */
  slot: string;
  oneSlot: boolean;
  manySlots: boolean;
  noSlots: boolean;
  /** Ornaments are left out (a shortened text, voicemail or note). */
  brief: boolean;
}

/** When the messages are used: the call (script and voicemail), and the written ones. */
interface Moments {
  first: 'call' | 'write';
  call: Date;
  send: Date;
  /** The written messages go out now (first under `write`, or right after calling now). */
  sendNow: boolean;
}

function moments(plan: Plan): Moments {
  // No call can reach them in time: the script and the voicemail are for now.
  const call = plan.call.callAt ?? plan.now;
  const send = plan.first === 'write' ? plan.now : call;
  return { first: plan.first, call, send, sendNow: send.getTime() === plan.now.getTime() };
}

/** How one channel says its dates: the interview, the list of slots, one slot. */
interface DateWords {
  when: SaidDate;
  slots: SaidDate[];
}

function dateWords(plan: Plan, channel: Channel, m: Moments, cuts: ReadonlySet<Cut>): DateWords {
  const { at, lang, zone, slots } = plan.request;
  const year = (t: Date): number => inZone(t, zone).getFullYear();
  const style = (from: Date, over: Partial<DateStyle>): DateStyle => ({
    lang,
    zone,
    form: 'long',
    relative: 'replace',
    from,
    yearRef: 'yearRef' in over ? null : year(from),
    ...over,
  });
  let when: DateStyle;
  let list: DateStyle;
  if (channel === 'email') {
    // A letter is kept: the full date with its year, "besok" only as a prefix.
    when = style(m.send, { relative: 'prefix', yearRef: null });
    list = style(m.send, { relative: 'prefix', yearRef: year(at) });
  } else if (channel === 'phone' || channel === 'voicemail') {
    when = style(m.call, {});
    list = when;
  } else if (cuts.has('ornaments')) {
    when = style(m.send, { form: 'compact' });
    list = when;
  } else if (cuts.has('year')) {
    when = style(m.send, {});
    list = when;
  } else {
    when = style(m.send, { yearRef: null });
    list = style(m.send, { yearRef: year(at) });
  }
  return { when: sayDate(at, when), slots: sayDates(slots, list) };
}

function firstAndLast(name: string): string {
  const words = name.split(/\s+/);
  return words.length > 2 ? `${words[0]} ${words[words.length - 1]}` : name;
}

export interface ViewOptions {
  /** Parts to leave out (see `Cut`). */
  cuts?: ReadonlySet<Cut>;
  /** Groups foreign phone numbers; without it they are shown as given. */
  foreignPhone?: ForeignFormat;
}

/** The Mustache view of a plan for one channel, in the plan's language. */
export function buildView(plan: Plan, channel: Channel, options: ViewOptions = {}): MessageView {
  const r = plan.request;
  const cuts = options.cuts ?? new Set<Cut>();
  const words = phrases(r.lang);
  const m = moments(plan);
  const dates = dateWords(plan, channel, m, cuts);
  const hour = (t: Date): number => inZone(t, r.zone).getHours();
  const used = channel === 'phone' || channel === 'voicemail' ? m.call : m.send;

  const interviewer = r.interviewer?.trim() ?? '';
  // A language without honorifics (English) says the name alone, shortened in speech and chat.
  const honorifics = words.honorific;
  const title = r.honorific && honorifics ? honorifics[r.honorific] : undefined;
  const titled = (honorific: string | undefined, name: string): string =>
    [honorific, name].filter(Boolean).join(' ');
  // Indonesian without an honorific says the name alone, in full: "Bapak/Ibu Sari" is
  // never said, and a bare given name would be too familiar.
  const short = !honorifics || title ? shortName(interviewer) : interviewer;
  const dropCallee = cuts.has('callee') || !interviewer;
  const callee = dropCallee ? '' : titled(title?.spoken, short);
  const chatName = dropCallee
    ? interviewer || !honorifics
      ? ''
      : (title?.chat ?? words.anyone)
    : titled(title?.chat, short);
  const you = title?.written ?? words.anyone;

  const name = r.sender.name.trim();
  const slots = dates.slots;
  return {
    name: cuts.has('name') ? '' : cuts.has('long-name') ? firstAndLast(name) : name,
    phone: r.sender.phone ? displayPhone(r.sender.phone, r.lang, options.foreignPhone) : '',
    email: r.sender.email ?? '',
    company: cuts.has('company') ? '' : r.company,
    role: cuts.has('role') ? '' : (r.role?.trim() ?? ''),
    addressee: interviewer ? titled(title?.written, interviewer) : words.recruitingTeam(r.company),
    callee,
    chatName,
    you,
    youSpoken: honorifics ? (title?.spoken ?? '') : words.anyone,
    greeting: words.greeting(hour(used)),
    farewell: words.farewell(hour(used)),
    opening: words.textOpening(m.sendNow ? words.greeting(hour(m.send)) : undefined, chatName),
    when: onDate(dates.when, r.lang),
    cancel: r.mode === 'cancel',
    reschedule: r.mode === 'reschedule',
    short: plan.notice.status === 'short',
    write: m.first === 'write',
    regret: r.reason !== 'fit',
    reason: cuts.has('reason') ? '' : reasonSentence(r.lang, r.mode, r.reason, r.reasonText),
    slots: slots.map((s) => ({ slot: capitalise(s.text) })),
    slot: slots[0] ? onDate(slots[0], r.lang) : '',
    oneSlot: slots.length === 1,
    manySlots: slots.length > 1,
    noSlots: slots.length === 0,
    brief: cuts.has('ornaments'),
  };
}
