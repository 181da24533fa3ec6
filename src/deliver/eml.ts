import { randomUUID } from 'node:crypto';
import { domainToASCII } from 'node:url';
import { UsageError } from '../core/errors.js';
import { isMessageId, lineProblem } from '../core/fields.js';
import { COMMAND_LINE, LOCALES, sayProblem, type Said } from '../locales/index.js';

export interface EmlInput {
  subject: string;
  body: string;
  to: string;
  from?: { name: string; address: string };
  date: Date;
  /** An iTIP reply (RFC 5546) to carry as a `text/calendar; method=…` alternative. */
  calendar?: { method: 'REPLY' | 'COUNTER'; content: string };
  /** The Message-ID ("<…@…>") this message answers: it threads under it. */
  inReplyTo?: string;
}

/** Header fields a user value can reach, named as the user knows them. */
type HeaderField = 'to' | 'email' | 'name' | 'subject';

// One bare addr-spec, nothing that could add a recipient or a display name.
const SINGLE_ADDRESS = /^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+\.[^\s@<>,;:"()[\]\\]+$/u;
const NEUTRAL_DOMAIN = 'batal-wawancara.invalid';
/** The guards' words: English, as every usage error. */
const SAY = COMMAND_LINE.delivery;
const refused = ({ what, hint }: Said) => new UsageError(what, hint);

/**
 * Throws a UsageError when a value meant for a mail header holds anything a
 * one-line field may not: a control character (CR/LF could end the header),
 * an invisible character, text that was not UTF-8, or an RFC 2047
 * encoded-word shape that a mail program would decode into other text (a CR/LF
 * or a "Bcc:" among it). A second wall behind the input checks at the edge: no
 * user value may ever add or alter a header.
 */
export function assertHeaderSafe(field: HeaderField, value: string): void {
  const problem = lineProblem(value);
  if (problem) {
    throw refused(SAY.notHeaderSafe(field, sayProblem(problem, LOCALES.en)));
  }
}

function assertSingleAddress(field: HeaderField, value: string): void {
  assertHeaderSafe(field, value);
  if (!SINGLE_ADDRESS.test(value)) {
    throw refused(SAY.notSingleAddress(field, value));
  }
}

function messageIdDomain(address: string | undefined): string {
  const domain = address?.slice(address.lastIndexOf('@') + 1) ?? '';
  // Message-ID is ASCII only; an internationalised domain goes in as punycode.
  return (domain && domainToASCII(domain)) || NEUTRAL_DOMAIN;
}

/**
 * One RFC 5322 message (text/plain, UTF-8, LF line ends) for `msmtp -t` or a
 * mail client; with a calendar reply, also a `text/calendar` alternative (and,
 * as nodemailer adds for clients that want a file, the same as `invite.ics`).
 */
export async function toEml(input: EmlInput): Promise<string> {
  assertSingleAddress('to', input.to);
  assertHeaderSafe('subject', input.subject);
  if (input.from) {
    assertHeaderSafe('name', input.from.name);
    assertSingleAddress('email', input.from.address);
  }
  if (input.inReplyTo !== undefined && !isMessageId(input.inReplyTo)) {
    throw refused(SAY.malformedMessageId);
  }

  // Loaded here so the mail composer costs nothing on the other formats.
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer/index.js');
  const composer = new MailComposer({
    ...(input.from ? { from: { name: input.from.name, address: input.from.address } } : {}),
    to: input.to,
    subject: input.subject,
    date: input.date,
    messageId: `<${randomUUID()}@${messageIdDomain(input.from?.address)}>`,
    text: input.body,
    ...(input.calendar ? { icalEvent: { ...input.calendar } } : {}),
    ...(input.inReplyTo ? { inReplyTo: input.inReplyTo, references: input.inReplyTo } : {}),
    // Readable in a text editor, safe for any 8-bit-clean or 7-bit hop.
    textEncoding: 'quoted-printable',
    newline: 'unix',
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const raw = await composer.compile().build();
  return raw.toString('utf8');
}
