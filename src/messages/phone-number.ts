/**
 * A checked international number as people read and say it: Indonesian mobile
 * numbers in groups ("+6281234567890" → "+62 812-3456-7890"), other numbers
 * with the country code set apart only for Indonesia ("+62215551234" → "+62 215551234").
 */
export function displayPhone(international: string): string {
  if (!international.startsWith('+62')) return international;
  const national = international.slice(3);
  if (!/^8\d{8,11}$/.test(national)) return `+62 ${national}`;
  return `+62 ${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`;
}
