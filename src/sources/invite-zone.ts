// IANA names are letters, digits and _+-/, starting with a letter ("Asia/Jakarta", "Etc/GMT-7").
const IANA_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

/** The canonical IANA name for `name`, when the platform's time-zone data knows it. */
export function ianaName(name: string): string | undefined {
  if (!IANA_SHAPE.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The IANA zone an invitation's `TZID` names: an IANA name as it stands, a
 * Mozilla-style prefixed one ("/mozilla.org/20050126_1/Asia/Jakarta"), or
 * Outlook's Windows name mapped by windows-iana — Indonesia's zone where the
 * Windows zone covers one ("SE Asia Standard Time" → Asia/Jakarta, not Bangkok).
 */
export async function zoneOfTzid(tzid: string): Promise<string | undefined> {
  const name = tzid.trim();
  const direct = ianaName(name);
  if (direct) return direct;
  const parts = name.split('/');
  for (let i = 1; i < parts.length - 1; i++) {
    const suffix = ianaName(parts.slice(i).join('/'));
    if (suffix) return suffix;
  }
  // Loaded only for a name that is no IANA zone: Outlook's Windows names.
  const { findIana } = await import('windows-iana');
  const windows = findIana(name, 'ID')[0] ?? findIana(name)[0];
  return windows ? ianaName(windows) : undefined;
}
