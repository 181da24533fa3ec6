import { simpleParser, type Attachment } from 'mailparser';
import { isMessageId } from '../core/fields.js';

/** The invitation an email carries, and what a reply needs to thread with it. */
export interface EmailInvitation {
  /** The iCalendar text of the `text/calendar` part, else of the `.ics` attachment. */
  calendar: string;
  /** "<…@…>", when the email has one. */
  messageId?: string;
  subject?: string;
}

function isCalendarPart(part: Attachment): boolean {
  return part.contentType === 'text/calendar' && !part.filename;
}

function isIcsFile(part: Attachment): boolean {
  return (
    ['text/calendar', 'application/ics'].includes(part.contentType) ||
    /\.ics$/i.test(part.filename ?? '')
  );
}

function decode(part: Attachment): string {
  const charset = part.headers.get('content-type');
  const label =
    typeof charset === 'object' && charset && 'params' in charset
      ? (charset.params as Record<string, string>).charset
      : undefined;
  try {
    return new TextDecoder(label ?? 'utf-8').decode(part.content);
  } catch {
    return new TextDecoder('utf-8').decode(part.content);
  }
}

/**
 * Finds the invitation in an email (RFC 5322): the `text/calendar` alternative
 * that Google, Outlook and Teams send, else an attached `.ics` file. Undefined
 * when the email carries no calendar.
 */
export async function invitationOfEmail(raw: Buffer): Promise<EmailInvitation | undefined> {
  const mail = await simpleParser(raw, {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
    skipTextLinks: true,
  });
  const part = mail.attachments.find(isCalendarPart) ?? mail.attachments.find(isIcsFile);
  if (!part) return undefined;
  const messageId = mail.messageId?.trim();
  return {
    calendar: decode(part),
    messageId: messageId && isMessageId(messageId) ? messageId : undefined,
    subject: mail.subject,
  };
}
