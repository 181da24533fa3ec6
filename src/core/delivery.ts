import { InputError } from './errors.js';
import { checkChoice } from './fields.js';
import { take } from './flags.js';
import { CHANNELS, FORMATS, type Answers, type Channel, type Format, type Mode } from './types.js';

/** Reads the delivery format; text when none is given. */
export function parseFormat(value: string | undefined): Format {
  return value?.trim() ? take('format', checkChoice(value, FORMATS)) : 'text';
}

/** The channel a delivery format carries, when it carries only one. */
const FORMAT_CHANNEL: Partial<Record<Format, Channel>> = {
  eml: 'email',
  mailto: 'email',
  wa: 'sms',
  // The calendar reply's COMMENT is the short text message.
  ics: 'sms',
};

/**
 * Reads the delivery format, and checks what it needs before anything is asked:
 * `ics` is the reply to an invitation, so it needs `--invite`.
 */
export function checkFormat(answers: Answers): Format {
  const format = parseFormat(answers.format);
  if (format === 'ics' && !answers.invite?.trim()) {
    throw new InputError({ code: 'needs-invite', format });
  }
  return format;
}

/** Whether a format cannot be written without the recruiter's email address. */
export function needsRecipient(format: Format): boolean {
  return format === 'eml';
}

/** Whether a run writes a calendar reply, which names the user's address as its ATTENDEE. */
export function needsSenderEmail(format: Format, invite: string | undefined): boolean {
  return Boolean(invite?.trim()) && (format === 'ics' || format === 'eml');
}

/**
 * Reads the channel list: known names, in the article's order, no repeats. By default
 * every channel; a reschedule leaves out LinkedIn (a connection note reads as goodbye).
 */
export function parseChannels(list: string | undefined, mode: Mode = 'cancel'): Channel[] {
  if (!list?.trim()) return CHANNELS.filter((c) => mode === 'cancel' || c !== 'linkedin');
  const wanted = list.split(',').map((c) => c.trim().toLowerCase());
  for (const name of wanted) take('channels', checkChoice(name, CHANNELS));
  return CHANNELS.filter((c) => wanted.includes(c));
}

/**
 * The channels a run renders: a format that carries one message renders only
 * that one, and a `--channel` list that leaves it out is a usage error.
 */
export function channelsFor(
  format: Format,
  list: string | undefined,
  invite = false,
  mode: Mode = 'cancel',
): Channel[] {
  const channels = parseChannels(list, mode);
  const only = FORMAT_CHANNEL[format];
  if (!only) return channels;
  if (list?.trim() && !channels.includes(only)) {
    throw new InputError({ code: 'format-channel', format, channel: only });
  }
  // An email answering an invitation carries the calendar reply, whose COMMENT is the text message.
  return format === 'eml' && invite ? ['email', 'sms'] : [only];
}
