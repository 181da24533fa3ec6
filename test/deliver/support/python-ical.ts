import { spawnSync } from 'node:child_process';

/** What Python's icalendar reads from one calendar reply: dates as UTC ISO strings. */
export interface PythonReading {
  method: string;
  prodid: string;
  events: {
    uid: string;
    sequence: number | null;
    organizer: string;
    organizerCn: string | null;
    attendees: { value: string; partstat: string | null; cn: string | null }[];
    dtstamp: string;
    dtstart: string | null;
    dtend: string | null;
    recurrenceId: string | null;
    summary: string | null;
    comment: string | null;
  }[];
}

// Run by the system's Python, where Debian's python3-icalendar lives: a second,
// independent reader of what ical.js wrote.
const SCRIPT = `
import json, sys
from datetime import timezone
import icalendar

def utc(prop):
    if prop is None:
        return None
    return prop.dt.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')

def text(value):
    return None if value is None else str(value)

cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
events = []
for event in cal.walk('VEVENT'):
    attendees = event.get('ATTENDEE')
    if attendees is None:
        attendees = []
    elif not isinstance(attendees, list):
        attendees = [attendees]
    organizer = event.get('ORGANIZER')
    events.append({
        'uid': text(event.get('UID')),
        'sequence': event.get('SEQUENCE'),
        'organizer': text(organizer),
        'organizerCn': text(organizer.params.get('CN')) if organizer is not None else None,
        'attendees': [
            {'value': str(a), 'partstat': text(a.params.get('PARTSTAT')), 'cn': text(a.params.get('CN'))}
            for a in attendees
        ],
        'dtstamp': utc(event.get('DTSTAMP')),
        'dtstart': utc(event.get('DTSTART')),
        'dtend': utc(event.get('DTEND')),
        'recurrenceId': utc(event.get('RECURRENCE-ID')),
        'summary': text(event.get('SUMMARY')),
        'comment': text(event.get('COMMENT')),
    })
print(json.dumps({'method': text(cal.get('METHOD')), 'prodid': text(cal.get('PRODID')), 'events': events}))
`;

/** Reads an iCalendar text with Python's icalendar (the system's /usr/bin/python3). */
export function readWithPython(ics: string): PythonReading {
  const result = spawnSync('/usr/bin/python3', ['-c', SCRIPT], {
    input: ics,
    encoding: 'utf8',
    timeout: 15000,
  });
  if (result.status !== 0) {
    throw new Error(`python3 icalendar failed (${result.status}): ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as PythonReading;
}
