/** Percent-encodes for a URI component; lone surrogates become U+FFFD instead of throwing. */
export function encodeComponent(value: string): string {
  const wellFormed = value.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu,
    '\ufffd',
  );
  // encodeURIComponent writes spaces as %20, never '+', which mail clients would show verbatim.
  return encodeURIComponent(wellFormed);
}

/** RFC 6068 asks for CRLF line breaks in a mailto body. */
function toCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/gu, '\r\n');
}

/** One RFC 6068 mailto: URI with subject and body; `to` may be left for the user to fill. */
export function toMailto(to: string | undefined, subject: string, body: string): string {
  // '@' is legal in the path of a mailto URI and reads better unencoded.
  const address = to ? encodeComponent(to).replace(/%40/gu, '@') : '';
  return `mailto:${address}?subject=${encodeComponent(subject)}&body=${encodeComponent(toCrlf(body))}`;
}
