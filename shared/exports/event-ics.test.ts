import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../domain/meeting';
import { meetingUid, meetingsToIcs, type IcsInput, type IcsLabels } from './event-ics';
import { SAMPLE } from './export-test-records';

const EN_LABELS: IcsLabels = { participants: 'Participants', agenda: 'Agenda', outcomes: 'Outcomes', notes: 'Notes', room: 'Room', table: 'Table' };
const REBUILD = SAMPLE.event('rebuild-ukraine');
const DELBE_MEETING = SAMPLE.meeting('rebuild-delbe');
const HERELIUK_MEETING = SAMPLE.meeting('rebuild-hereliuk');
const NOW = Date.UTC(2026, 4, 1, 12);

function input(meetings: readonly Meeting[], overrides: Partial<IcsInput> = {}): IcsInput {
  return {
    event: REBUILD,
    meetings,
    names: { lang: 'en', labels: EN_LABELS, topics: SAMPLE.topics, contacts: SAMPLE.contacts, organizations: SAMPLE.organizations },
    now: NOW,
    ...overrides,
  };
}

/** The calendar as ical.js reads it, with its VTIMEZONEs registered so times convert to UTC. */
function readCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

const utc = (time: ICAL.Time) => time.toJSDate().toISOString();

/** A test meeting of the ReBuild event on another day and time. */
function warsawMeeting(id: string, date: string, startTime: string, endTime: string): Meeting {
  return { ...DELBE_MEETING, id, date, startTime, endTime };
}

describe('meetingsToIcs: the ReBuild Ukraine meetings, read back with ical.js', () => {
  const ics = meetingsToIcs(input([HERELIUK_MEETING, DELBE_MEETING]));
  const { calendar, events } = readCalendar(ics);

  it('is a PUBLISH calendar named after the event, with CRLF lines of at most 75 octets', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Delegation Desk//Meetings//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('ReBuild Ukraine exhibition and conference');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has one VEVENT per meeting, in time order, with a UID made of the meeting id', () => {
    expect(events.map((e) => e.uid)).toEqual([`${DELBE_MEETING.id}@delegation-desk`, `${HERELIUK_MEETING.id}@delegation-desk`]);
    expect(events[0]!.summary).toBe('Talks with Hauts-de-France: cybersecurity and green energy');
  });

  it('times the meetings in Warsaw: 11:00 on 15 November 2023 is 10:00 UTC', () => {
    const [delbe] = events;
    expect(delbe!.startDate.zone?.tzid).toBe('Europe/Warsaw');
    expect(delbe!.startDate.toString()).toBe('2023-11-15T11:00:00');
    expect(utc(delbe!.startDate)).toBe('2023-11-15T10:00:00.000Z');
    expect(utc(delbe!.endDate)).toBe('2023-11-15T10:45:00.000Z');
    expect(calendar.getAllSubcomponents('vtimezone').map((tz) => tz.getFirstPropertyValue('tzid'))).toEqual(['Europe/Warsaw']);
  });

  it('fills status, categories, location and a plain-text description', () => {
    const vevent = events[0]!.component;
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstProperty('categories')!.getValues()).toEqual(['Cybersecurity', 'Green energy', 'Investment', 'Reconstruction']);
    expect(events[0]!.location).toBe('Warsaw');
    const text = events[0]!.description;
    expect(text).toContain('Participants:\nArtem Lysohor (Luhansk Regional Military Administration); Juliette Delbe (Hauts-de-France Region)');
    expect(text).toContain('Agenda:\nСовместные проекты в сфере кибербезопасности');
    expect(text).toContain('Outcomes:\nРегионы Франции начинают сотрудничать');
    expect(text).toContain('Notes:\nПредварительные переговоры о совместных проектах в сфере кибербезопасности и «зелёной» энергетики');
    expect(text).toContain('\n• О-де-Франс — второй по объёму иностранных инвестиций экономический регион Франции.');
    expect(text).not.toMatch(/<\/?[a-z]/);
    expect(vevent.getFirstProperty('organizer')).toBeNull();
    expect(vevent.getFirstProperty('attendee')).toBeNull();
  });
});

describe('meetingsToIcs: time zones', () => {
  it('converts 10:00 in Warsaw to UTC on either side of the 2026 spring change', () => {
    const before = warsawMeeting('01JQ0000000000000000000001', '2026-03-27', '10:00', '11:00');
    const after = warsawMeeting('01JQ0000000000000000000002', '2026-03-30', '10:00', '11:00');
    const { events, calendar } = readCalendar(meetingsToIcs(input([after, before])));
    expect(events.map((e) => utc(e.startDate))).toEqual(['2026-03-27T09:00:00.000Z', '2026-03-30T08:00:00.000Z']);
    expect(calendar.getFirstSubcomponent('vtimezone')!.toString()).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
  });

  it('uses a meeting’s own zone, with a VTIMEZONE for each zone used', () => {
    const brussels = SAMPLE.meeting('alliance-working-session');
    const kyiv = SAMPLE.meeting('kalush-zaporizhzhia-memorandum');
    const { events, calendar } = readCalendar(meetingsToIcs(input([DELBE_MEETING, brussels, kyiv])));
    expect(calendar.getAllSubcomponents('vtimezone').map((tz) => tz.getFirstPropertyValue('tzid')).sort()).toEqual(['Europe/Brussels', 'Europe/Kyiv', 'Europe/Warsaw']);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(utc(byUid.get(meetingUid(brussels))!.startDate)).toBe('2025-02-19T09:00:00.000Z');
    expect(utc(byUid.get(meetingUid(kyiv))!.startDate)).toBe('2023-04-12T09:00:00.000Z');
  });
});

describe('meetingsToIcs: stable re-exports', () => {
  it('gives the same UIDs and SEQUENCE in two exports; only DTSTAMP changes', () => {
    const first = meetingsToIcs(input([DELBE_MEETING, HERELIUK_MEETING]));
    const second = meetingsToIcs(input([HERELIUK_MEETING, DELBE_MEETING], { now: NOW + 86_400_000 }));
    const withoutStamp = (ics: string) => ics.replace(/^DTSTAMP:.*\r\n/gm, '');
    expect(withoutStamp(second)).toBe(withoutStamp(first));
    expect(readCalendar(second).events.map((e) => e.uid)).toEqual(readCalendar(first).events.map((e) => e.uid));
  });

  it('raises SEQUENCE when the meeting is edited', () => {
    const sequence = (m: Meeting) => Number(readCalendar(meetingsToIcs(input([m]))).events[0]!.component.getFirstPropertyValue('sequence'));
    const edited = { ...DELBE_MEETING, updatedAt: DELBE_MEETING.updatedAt + 60_000 };
    expect(sequence(edited)).toBe(sequence(DELBE_MEETING) + 60);
    expect(sequence(DELBE_MEETING)).toBeGreaterThan(0);
  });
});

describe('meetingsToIcs: escaping and edge cases', () => {
  it('round-trips commas, semicolons, backslashes, newlines, Cyrillic and emoji', () => {
    const tricky: Meeting = {
      ...DELBE_MEETING,
      title: { uk: '', ru: '', en: 'Talks; energy, cyber \\ more 😀' },
      place: { venue: 'Hall A; EXPO, Warsaw', room: '2', table: '14', onlineUrl: 'https://meet.example.org/abc?x=1,2' },
      agenda: 'Пункт 1; пункт 2,\nпункт 3 \\ кінець',
      notes: '',
      outcomes: '',
      status: 'postponed',
      topics: [],
    };
    const { events } = readCalendar(meetingsToIcs(input([tricky], { names: { lang: 'en', labels: EN_LABELS, topics: SAMPLE.topics } })));
    const [event] = events;
    expect(event!.summary).toBe('Talks; energy, cyber \\ more 😀');
    expect(event!.location).toBe('Hall A; EXPO, Warsaw, Room 2, Table 14');
    expect(event!.description).toBe('Agenda:\nПункт 1; пункт 2,\nпункт 3 \\ кінець');
    expect(event!.component.getFirstPropertyValue('url')).toBe('https://meet.example.org/abc?x=1,2');
    expect(event!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(event!.component.getFirstProperty('categories')).toBeNull();
  });

  it('writes titles in the chosen language, cancelled meetings as CANCELLED, and leaves out the Trash', () => {
    const cancelled = { ...HERELIUK_MEETING, status: 'cancelled' as const };
    const trashed = { ...DELBE_MEETING, deletedAt: NOW };
    const { events } = readCalendar(meetingsToIcs(input([cancelled, trashed], { names: { lang: 'uk', labels: EN_LABELS, topics: SAMPLE.topics } })));
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe('Зустріч із радницею з питань експорту «Бізнес Франс Україна»');
    expect(events[0]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events[0]!.component.getFirstProperty('categories')!.getValues()).toEqual(['Інвестиції', 'Відбудова']);
  });

  it('writes a meeting without times as a whole-day entry, with no zone needed', () => {
    const untimed = { ...DELBE_MEETING, startTime: '', endTime: '' };
    const ics = meetingsToIcs(input([untimed]));
    expect(ics).toContain('DTSTART;VALUE=DATE:20231115\r\nDTEND;VALUE=DATE:20231116\r\n');
    const { events, calendar } = readCalendar(ics);
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(calendar.getAllSubcomponents('vtimezone')).toEqual([]);
  });

  it('gives an empty calendar for no meetings', () => {
    const { calendar, events } = readCalendar(meetingsToIcs(input([])));
    expect(events).toEqual([]);
    expect(calendar.getAllSubcomponents('vtimezone')).toEqual([]);
  });
});
