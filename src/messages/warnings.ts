import type { Lang, Zone } from '../core/types.js';
import type { Warning } from '../core/warnings.js';
import { formatWhen, inZone, zoneLabel } from './dates.js';
import type { MessageWarning } from './render.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** "01.30 EDT" / "01:30 EDT": the chosen instant's wall clock and zone label. */
function clockOf(at: Date, zone: Zone, lang: Lang): string {
  const local = inZone(at, zone);
  const sep = lang === 'id' ? '.' : ':';
  return `${pad(local.getHours())}${sep}${pad(local.getMinutes())} ${zoneLabel(zone, at)}`;
}

/** How a warning line starts, after the program's name: it is not an error. */
export const WARNING_LABEL: Record<Lang, string> = { id: 'peringatan', en: 'warning' };

/** A warning in words, one line, in `lang` (times shown in the interview's zone). */
export function warningText(warning: Warning | MessageWarning, lang: Lang, zone: Zone): string {
  switch (warning.code) {
    case 'reason-neutralised':
      return lang === 'id'
        ? `alasan "${warning.reason}" tidak disebut dalam permohonan jadwal ulang, karena akan terbaca seolah Anda menimbang pilihan lain; pesan hanya menyebut bahwa Anda berhalangan hadir (tambahkan kalimat sendiri dengan --reason-text bila perlu)`
        : `the reason "${warning.reason}" is not named in a request to reschedule, as it would read as weighing other options; the messages say only that you cannot attend at that time (add your own sentence with --reason-text if you wish)`;
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
