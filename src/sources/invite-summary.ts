/** Company and role, as far as an invitation's title and description say them plainly. */
export interface CompanyRole {
  company?: string;
  role?: string;
}

// The word that makes a title an interview's, with what usually stands around it.
const KEYWORD =
  /(?:^|\s)(?:undangan\s+wawancara|interview\s+invitation|job\s+interview|wawancara|interview)(?:\s*:)?(?=\s|$)/i;
const LEGAL_FORM_BEFORE = /^(?:PT|CV|UD|Perum|Perumda|Koperasi)\.?\s+\S/i;
const LEGAL_FORM_AFTER =
  /(?:\s|,\s*)(?:Tbk|Ltd|Limited|Inc|LLC|Corp|Corporation|GmbH|Pte\.?\s+Ltd|Sdn\.?\s+Bhd|Co|\(Persero\))\.?$/i;
const AT = /^(?<role>.+?)\s+(?:at|di)\s+(?<company>.+)$/i;
const WITH = /^(?:with|dengan)\s+(?<company>.+)$/i;
const SEPARATOR = /\s+[-–—|]\s+/;
const ROLE_LEAD =
  /^(?:.*?\b(?:posisi|position|jabatan)\s+|(?:for|untuk)\s+(?:the\s+|posisi\s+)?|the\s+)/i;
const ROLE_TAIL = /\s+(?:position|role)$/i;
const COMPANY_LABEL = /^\s*(?:company|perusahaan)\s*:\s*(\S.*?)\s*$/im;
const ROLE_LABEL = /^\s*(?:position|role|job\s+title|posisi|jabatan)\s*:\s*(\S.*?)\s*$/im;

/** Whether a name carries a legal form ("PT …", "… Tbk", "… Ltd"): then it is a company. */
function isCompany(name: string): boolean {
  return LEGAL_FORM_BEFORE.test(name) || LEGAL_FORM_AFTER.test(name);
}

function cleanRole(text: string): string | undefined {
  const role = text.replace(ROLE_LEAD, '').replace(ROLE_TAIL, '').trim();
  return role && !KEYWORD.test(` ${role}`) ? role : undefined;
}

/**
 * Reads company and role from an interview's title: "Interview: Data Analyst –
 * PT Maju Jaya", "Wawancara Analis Data - PT Maju Jaya", "Interview for Data
 * Analyst at PT Maju Jaya". A company must carry its legal form (PT, Tbk, Ltd, …)
 * to be told from a person or a place; when unsure, nothing is returned.
 */
export function companyRoleFromTitle(title: string): CompanyRole {
  const text = ` ${title.replace(/\s+/g, ' ').trim()}`;
  if (!KEYWORD.test(text)) return {};
  const rest = text
    .replace(KEYWORD, ' ')
    .trim()
    .replace(/^[:\-–—|]\s*/, '');
  const at = AT.exec(rest)?.groups;
  if (at?.company && at.role && isCompany(at.company)) {
    return { company: at.company, role: cleanRole(at.role) };
  }
  const withCompany = WITH.exec(rest)?.groups?.company;
  if (withCompany && isCompany(withCompany)) return { company: withCompany };
  const parts = rest.split(SEPARATOR).filter(Boolean);
  if (parts.length === 1 && isCompany(rest)) return { company: rest };
  if (parts.length !== 2) return {};
  const [first = '', second = ''] = parts;
  if (isCompany(second) && !isCompany(first)) return { company: second, role: cleanRole(first) };
  if (isCompany(first) && !isCompany(second)) return { company: first, role: cleanRole(second) };
  return {};
}

/** Reads "Company: …" / "Perusahaan: …" and "Position: …" / "Posisi: …" lines of a description. */
export function companyRoleFromDescription(description: string): CompanyRole {
  return {
    company: COMPANY_LABEL.exec(description)?.[1],
    role: ROLE_LABEL.exec(description)?.[1],
  };
}

/** Company and role from the title, gaps filled from the description's labelled lines. */
export function companyRole(title: string, description: string): CompanyRole {
  const fromTitle = companyRoleFromTitle(title);
  const fromDescription = companyRoleFromDescription(description);
  const found: CompanyRole = {
    company: fromTitle.company ?? fromDescription.company,
    role: fromTitle.role ?? fromDescription.role,
  };
  if (!found.company) delete found.company;
  if (!found.role) delete found.role;
  return found;
}
