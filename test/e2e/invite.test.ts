import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, INVITES } from '../sources/fixtures.js';
import { BIN, NO_PROFILE, ROOT, type BinResult } from './run-bin.js';

const NOW = ['--now', '2026-11-25 09:00 WIB'];
const RUN = ['--yes', '--reason', 'offer', '--sure', '--name', 'Budi Santoso', ...NOW];

/** The built bin as a script runs it: no TTY; `input` (if any) on standard input. */
function run(args: string[], input?: Buffer, env: Record<string, string> = {}): BinResult {
  const base: Record<string, string | undefined> = { ...process.env, TZ: 'Asia/Jakarta' };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'DEBUG']) delete base[key];
  base.XDG_CONFIG_HOME = NO_PROFILE;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...base, ...env },
    input: input ?? Buffer.alloc(0),
    encoding: 'utf8',
    timeout: 15000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(result: BinResult) {
  expect(result.stderr).not.toMatch(/^batal-wawancara:/m);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as {
    interview: Record<string, string>;
    messages: { channel: string; body: string }[];
  };
}

const EVERYTHING =
  "From the invitation: interview time, company, role, interviewer, recruiter's email, your email.";
const MAJU = { company: 'PT Maju Jaya', timeZone: 'Asia/Jakarta' };
const SARI = { ...MAJU, role: 'Analis Data', interviewer: 'Sari Wulandari' };
const RINA = { ...MAJU, role: 'Data Analyst', interviewer: 'Rina Wijaya' };

describe('--invite <file> pre-fills the answers', () => {
  it.each([
    ['google-calendar.ics', { ...SARI, at: '2026-11-27T10:00:00+07:00' }, EVERYTHING],
    ['outlook-exchange.ics', { ...RINA, at: '2026-11-27T14:00:00+07:00' }, EVERYTHING],
    ['teams-invite.eml', { ...RINA, at: '2026-11-27T13:30:00+07:00' }, EVERYTHING],
    ['attachment-only.eml', { ...SARI, at: '2026-11-27T10:00:00+07:00' }, EVERYTHING],
    [
      'thunderbird-folded.ics',
      {
        company: 'PT Maju Jaya Sejahtera, Tbk',
        role: 'Analis Data Senior',
        interviewer: 'Rina Wijaya',
        at: '2026-11-27T09:00:00+08:00',
        timeZone: 'Asia/Makassar',
      },
      EVERYTHING,
    ],
    // No company in the title (given as a flag), no role, two attendees: no email either.
    [
      'custom-vtimezone.ics',
      {
        ...MAJU,
        role: null,
        interviewer: 'Andi Pratama',
        at: '2026-11-27T09:00:00+08:00',
        timeZone: '+08:00',
      },
      "From the invitation: interview time, interviewer, recruiter's email.",
    ],
  ])('%s', (name, interview, note) => {
    const flag = name.startsWith('custom') ? ['--company', 'PT Maju Jaya'] : [];
    const args = [
      ...RUN,
      ...flag,
      '--lang',
      'en',
      '--invite',
      `${INVITES}${name}`,
      '--format',
      'json',
    ];
    const result = run(args);
    expect(json(result).interview).toEqual(interview);
    expect(result.stderr).toBe(`${note}\n`);
  });

  it('a UTC start is shown in --tz, else in the system zone', () => {
    const at = (args: string[], env: Record<string, string> = {}) =>
      json(
        run(
          [...RUN, '--invite', `${INVITES}calendly-utc.ics`, '--format', 'json', ...args],
          undefined,
          env,
        ),
      ).interview;
    expect(at(['--tz', 'WITA'])).toMatchObject({
      at: '2026-11-27T11:00:00+08:00',
      timeZone: 'Asia/Makassar',
    });
    expect(at([])).toMatchObject({ at: '2026-11-27T10:00:00+07:00', timeZone: 'Asia/Jakarta' });
    expect(at([], { TZ: 'Europe/London' })).toMatchObject({
      at: '2026-11-27T03:00:00Z',
      timeZone: 'Europe/London',
    });
  });

  it('flags win over the invitation, and the note says only what it answered', () => {
    const result = run([
      ...RUN,
      ...['--invite', `${INVITES}google-calendar.ics`, '--format', 'json'],
      ...[
        '--company',
        'PT Sinar Abadi',
        '--interviewer',
        'Dewi Lestari',
        '--at',
        '2026-11-30 13:00 WIB',
      ],
    ]);
    expect(json(result).interview).toEqual({
      company: 'PT Sinar Abadi',
      role: 'Analis Data',
      interviewer: 'Dewi Lestari',
      at: '2026-11-30T13:00:00+07:00',
      timeZone: 'Asia/Jakarta',
    });
    expect(result.stderr).toBe('Dari undangan: posisi, email perekrut, email Anda.\n');
  });
});

describe('the invitation and the saved profile', () => {
  const config = mkdtempSync(join(tmpdir(), 'batal-invite-profile-'));
  afterAll(() => rmSync(config, { recursive: true, force: true }));
  mkdirSync(join(config, 'batal-wawancara'), { mode: 0o700 });
  writeFileSync(
    join(config, 'batal-wawancara', 'profile.json'),
    JSON.stringify({ name: 'Budi Santoso', email: 'budi@example.com', lang: 'en' }),
    { mode: 0o600 },
  );

  it.each([
    // The profile's address is no attendee: the address the invitation was sent to wins.
    [
      'google-calendar.ics',
      'budi.santoso@gmail.com',
      "interview time, role, interviewer, recruiter's email, your email",
    ],
    // The profile's address is one of the attendees: it is the user's, taken from the profile.
    ['custom-vtimezone.ics', 'budi@example.com', "interview time, interviewer, recruiter's email"],
  ])('%s: --email %s', (name, email, taken) => {
    const args = ['--yes', '--reason', 'offer', '--sure', ...NOW, '--company', 'PT Maju Jaya'];
    const result = run([...args, '--invite', `${INVITES}${name}`, '--format', 'ics'], undefined, {
      XDG_CONFIG_HOME: config,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe(`From the invitation: ${taken}.\n`);
    const event = new ICAL.Component(ICAL.parse(result.stdout)).getFirstSubcomponent('vevent');
    const attendee = event?.getFirstProperty('attendee');
    expect(attendee?.getFirstValue()).toBe(`mailto:${email}`);
    expect(attendee?.getParameter('cn')).toBe('Budi Santoso');
  });
});

describe('--invite - reads standard input', () => {
  it('an invitation email in, the threaded reply email out', async () => {
    const result = run([...RUN, '--invite', '-', '--format', 'eml'], fixture('teams-invite.eml'));
    expect(result.code, result.stderr).toBe(0);
    const mail = await simpleParser(result.stdout);
    expect(mail.inReplyTo).toBe(
      '<SG2PR06MB5311E4F3C2B1A0998877665544332211@SG2PR06MB5311.apcprd06.prod.outlook.com>',
    );
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0]?.address).toBe(
      'rina.wijaya@majujaya.co.id',
    );
    const part = mail.attachments.find((a) => a.contentType === 'text/calendar' && !a.filename);
    const calendar = new ICAL.Component(ICAL.parse(part?.content.toString('utf8') ?? ''));
    expect(calendar.getFirstPropertyValue('method')).toBe('REPLY');
  });

  it('--format ics: the reply, its comment the text message of the same plan', () => {
    const args = [...RUN, '--invite', '-', '--lang', 'en'];
    const ics = run([...args, '--format', 'ics'], fixture('outlook-exchange.ics'));
    expect(ics.code, ics.stderr).toBe(0);
    const sms = json(
      run([...args, '--format', 'json'], fixture('outlook-exchange.ics')),
    ).messages.find((m) => m.channel === 'sms');
    const event = new ICAL.Component(ICAL.parse(ics.stdout)).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('comment')).toBe(sms?.body);
    expect(event?.getFirstProperty('attendee')?.getParameter('partstat')).toBe('DECLINED');
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR\r\n[^]*\r\nEND:VCALENDAR\r\n$/);
  });
});

describe('what cannot be used: exit 2, one line, nothing on stdout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'batal-invite-e2e-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const big = join(dir, 'big.ics');
  writeFileSync(
    big,
    Buffer.concat([fixture('google-calendar.ics'), Buffer.alloc(1024 * 1024, 0x20)]),
  );

  it.each([
    ['bad/not-icalendar.ics', 'not an iCalendar invitation'],
    ['bad/broken.ics', 'not an iCalendar invitation'],
    ['bad/no-event.ics', 'the calendar holds no event'],
    ['bad/two-events.ics', 'the calendar holds 2 events, not one interview'],
    ['bad/recurring-rrule.ics', 'the event repeats'],
    ['bad/recurring-rdate.ics', 'the event repeats'],
    ['bad/all-day.ics', 'the event lasts all day'],
    ['bad/method-cancel.ics', 'the invitation is cancelled'],
    ['bad/status-cancelled.ics', 'the invitation is cancelled'],
    ['bad/no-start.ics', 'no start time'],
    ['bad/unknown-zone.ics', 'unknown time zone "Mars/Olympus_Mons"'],
    ['bad/no-calendar.eml', 'the email carries no calendar invitation'],
    ['bad/past.ics', 'the interview in the invitation (2025-11-10 10:00) has already begun'],
    [big, 'is larger than 1 MiB'],
    ['missing.ics', 'cannot read'],
  ])('%s', (name, what) => {
    const path = name.startsWith('/') ? name : `${INVITES}${name}`;
    const result = run([...RUN, '--invite', path, '--format', 'ics']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`batal-wawancara: --invite: `);
    expect(result.stderr).toContain(what);
    expect(result.stderr.split('\n')).toHaveLength(2); // one line and its line break
  });

  it.each([
    [['--format', 'ics'], '--format ics needs --invite'],
    [
      [
        '--invite',
        `${INVITES}custom-vtimezone.ics`,
        '--company',
        'PT Maju Jaya',
        '--format',
        'ics',
      ],
      '--format ics with --invite needs --email',
    ],
    [['--invite', '-', '--format', 'ics'], 'not an iCalendar invitation'],
    [
      ['--invite', `${INVITES}google-calendar.ics`, '--now', '2026-11-27 11:00 WIB'],
      'has already begun',
    ],
  ])('%j', (args, what) => {
    const result = run([...RUN, ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^batal-wawancara: [^\n]+\n$/);
    expect(result.stderr).toContain(what);
  });
});
