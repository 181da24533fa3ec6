import type { Lang, Zone } from '../core/types.js';
import type { Warning } from '../core/warnings.js';
import { pad } from '../core/wall-clock.js';
import { LOCALES } from '../locales/index.js';
import { formatWhen, inZone, zoneLabel } from './dates.js';
import type { MessageWarning } from './render.js';

/** "01.30 EDT" / "01:30 EDT": the chosen instant's wall clock and zone label. */
function clockOf(at: Date, zone: Zone, lang: Lang): string {
  const local = inZone(at, zone);
  const sep = lang === 'id' ? '.' : ':';
  return `${pad(local.getHours())}${sep}${pad(local.getMinutes())} ${zoneLabel(zone, at)}`;
}

/** A warning in words, one line, in `lang` (times shown in the interview's zone). */
export function warningText(warning: Warning | MessageWarning, lang: Lang, zone: Zone): string {
  switch (warning.code) {
    case 'reason-neutralised':
      return LOCALES[lang].warnings.reasonNeutralised(warning.reason);
    case 'ambiguous-time': {
      const a = warning.ambiguity;
      const chosen = clockOf(a.chosen, zone, lang);
      return LOCALES[lang].warnings.ambiguousTime({ ...a, chosen });
    }
    case 'slot-weekend': {
      const when = formatWhen(warning.slot, zone, lang);
      return LOCALES[lang].warnings.slotWeekend(when);
    }
    case 'slot-outside-hours': {
      const when = formatWhen(warning.slot, zone, lang);
      return LOCALES[lang].warnings.slotOutsideHours(when);
    }
  }
}
