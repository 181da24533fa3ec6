import type { Lang, Zone } from '../core/types.js';
import type { Warning } from '../core/warnings.js';
import { formatWhen, inZone, zoneLabel } from './dates.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** "01.30 EDT" / "01:30 EDT": the chosen instant's wall clock and zone label. */
function clockOf(at: Date, zone: Zone, lang: Lang): string {
  const local = inZone(at, zone);
  const sep = lang === 'id' ? '.' : ':';
  return `${pad(local.getHours())}${sep}${pad(local.getMinutes())} ${zoneLabel(zone, at)}`;
}

/** How a warning line starts, after the program's name: it is not an error. */
export const WARNING_LABEL: Record<Lang, string> = { id: 'peringatan', en: 'warning' };

/** A core warning in words, one line, in `lang` (times shown in the interview's zone). */
export function warningText(warning: Warning, lang: Lang, zone: Zone): string {
  switch (warning.code) {
    case 'ambiguous-time': {
      const a = warning.ambiguity;
      const chosen = clockOf(a.chosen, zone, lang);
      return lang === 'id'
        ? `${a.local} terjadi dua kali di ${a.zone} (jam dimundurkan dari ${a.from} ke ${a.to}); dipakai yang pertama, ${chosen}`
        : `${a.local} happens twice in ${a.zone} (clocks go back from ${a.from} to ${a.to}); using the first, ${chosen}`;
    }
    case 'slot-weekend': {
      const when = formatWhen(warning.slot, zone, lang);
      return lang === 'id'
        ? `waktu usulan ${when} jatuh pada akhir pekan; pastikan kantor buka`
        : `the proposed time ${when} falls on a weekend; make sure the office is open`;
    }
    case 'slot-outside-hours': {
      const when = formatWhen(warning.slot, zone, lang);
      return lang === 'id'
        ? `waktu usulan ${when} di luar jam kerja (09.00–17.00)`
        : `the proposed time ${when} is outside office hours (9:00 AM–5:00 PM)`;
    }
  }
}
