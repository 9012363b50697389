import type { Contact } from '../domain/contact';
import type { EventRecord } from '../domain/event';
import { pickLocalized, type UiLanguage } from '../domain/lang';
import { meetingTimeZone, type Meeting, type MeetingStatus } from '../domain/meeting';
import type { Organization } from '../domain/organization';
import type { Topic } from '../domain/topics';
import { isValidTimeZone } from '../time/zoned-time';
import { contentLine, escapeList, escapeText, joinLines, localDateTime, utcDateTime } from './content-line';
import { organizationName, personName, toMap, type Lookup } from './export-names';
import { parseNoteHtml } from './notes-blocks';
import { notesToPlainText } from './notes-render';
import { vtimezoneLines } from './vtimezone';

/**
 * An event's meetings as an iCalendar file (RFC 5545) to import into Outlook, Google or Apple
 * Calendar, or to publish to a shared calendar.
 *
 * - One VEVENT per meeting, UID "<meeting id>@delegation-desk": importing the file again updates
 *   the meetings instead of adding copies. SEQUENCE rises with every edit (seconds since 2020 of
 *   the meeting's updatedAt), so a calendar takes the newer version; re-exporting an unchanged
 *   meeting gives the same SEQUENCE.
 * - Times are the meeting's wall-clock times with TZID = its zone (its own, else its event's),
 *   and a VTIMEZONE for each zone used, built from the runtime's zone data (vtimezone.ts).
 * - No ORGANIZER or ATTENDEE: those need e-mail addresses and make calendars send invitations.
 *   The participants are named in DESCRIPTION; topics are CATEGORIES.
 * - Meetings in the Trash are left out.
 */

export interface IcsLabels {
  participants: string;
  agenda: string;
  outcomes: string;
  notes: string;
  room: string;
  table: string;
}

export interface IcsNames {
  lang: UiLanguage;
  labels: IcsLabels;
  /** The topic vocabulary, for CATEGORIES. */
  topics: readonly Topic[];
  /** To name the participants in DESCRIPTION; leave out to name none. */
  contacts?: Lookup<Contact>;
  organizations?: Lookup<Organization>;
}

export interface IcsInput {
  /** The event the meetings belong to (its zone times them, its name names the calendar), or null. */
  event: EventRecord | null;
  meetings: readonly Meeting[];
  names: IcsNames;
  /** DTSTAMP: when the file is made. */
  now: number;
}

export const UID_DOMAIN = 'delegation-desk';
/** SEQUENCE counts seconds from here, which fits RFC 5545's 32-bit INTEGER until 2088. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

export const ICS_STATUS: Record<MeetingStatus, 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE'> = {
  planned: 'CONFIRMED',
  held: 'CONFIRMED',
  cancelled: 'CANCELLED',
  postponed: 'TENTATIVE',
};

export function meetingUid(meeting: Pick<Meeting, 'id'>): string {
  return `${meeting.id}@${UID_DOMAIN}`;
}

export function meetingSequence(meeting: Pick<Meeting, 'updatedAt'>): number {
  return Math.max(0, Math.floor((meeting.updatedAt - SEQUENCE_EPOCH) / 1000));
}

function zoneOf(meeting: Meeting, event: EventRecord | null): string {
  const zone = meetingTimeZone(meeting, event && meeting.eventId === event.id ? event : null);
  return isValidTimeZone(zone) ? zone : '';
}

function location(meeting: Meeting, event: EventRecord | null, names: IcsNames): string {
  const { venue, room, table } = meeting.place;
  const parts = [venue, room && `${names.labels.room} ${room}`, table && `${names.labels.table} ${table}`].filter(Boolean);
  if (parts.length > 0) return parts.join(', ');
  if (event && meeting.eventId === event.id) return [event.venue, pickLocalized(event.city, names.lang)].filter(Boolean).join(', ');
  return '';
}

function participants(meeting: Meeting, names: IcsNames): string {
  if (!names.contacts) return '';
  const contacts = toMap(names.contacts);
  const orgs = toMap(names.organizations ?? []);
  return [...meeting.ourParticipantIds, ...meeting.theirParticipantIds]
    .map((id) => contacts.get(id))
    .filter((c): c is Contact => c !== undefined && c.deletedAt === null)
    .map((c) => {
      const org = c.organizationId ? orgs.get(c.organizationId) : undefined;
      return org ? `${personName(c, names.lang)} (${organizationName(org, names.lang)})` : personName(c, names.lang);
    })
    .join('; ');
}

function description(meeting: Meeting, names: IcsNames): string {
  const { labels } = names;
  const sections: [string, string][] = [
    [labels.participants, participants(meeting, names)],
    [labels.agenda, meeting.agenda.trim()],
    [labels.outcomes, meeting.outcomes.trim()],
    [labels.notes, notesToPlainText(parseNoteHtml(meeting.notes))],
  ];
  return sections
    .filter(([, text]) => text !== '')
    .map(([label, text]) => `${label}:\n${text}`)
    .join('\n\n');
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function timeLines(meeting: Meeting, zone: string): string[] {
  if (!meeting.startTime || !meeting.endTime) {
    // A meeting without times yet is a whole-day entry on its date.
    return [`DTSTART;VALUE=DATE:${meeting.date.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${nextDay(meeting.date).replace(/-/g, '')}`];
  }
  // Without a known zone the times are "floating": the same clock time wherever the reader is.
  const params = zone ? ([['TZID', zone]] as const) : [];
  return [
    contentLine('DTSTART', params, localDateTime(meeting.date, meeting.startTime)),
    contentLine('DTEND', params, localDateTime(meeting.date, meeting.endTime)),
  ];
}

function vevent(meeting: Meeting, input: IcsInput, topicLabels: ReadonlyMap<string, string>): string[] {
  const { names } = input;
  const zone = zoneOf(meeting, input.event);
  const place = location(meeting, input.event, names);
  const text = description(meeting, names);
  const categories = meeting.topics.map((id) => topicLabels.get(id) ?? id);
  return [
    'BEGIN:VEVENT',
    contentLine('UID', [], escapeText(meetingUid(meeting), 'ics')),
    `DTSTAMP:${utcDateTime(input.now)}`,
    `CREATED:${utcDateTime(meeting.createdAt)}`,
    `LAST-MODIFIED:${utcDateTime(meeting.updatedAt)}`,
    `SEQUENCE:${meetingSequence(meeting)}`,
    ...timeLines(meeting, zone),
    contentLine('SUMMARY', [], escapeText(pickLocalized(meeting.title, names.lang), 'ics')),
    ...(place ? [contentLine('LOCATION', [], escapeText(place, 'ics'))] : []),
    ...(text ? [contentLine('DESCRIPTION', [], escapeText(text, 'ics'))] : []),
    ...(categories.length > 0 ? [contentLine('CATEGORIES', [], escapeList(categories, 'ics'))] : []),
    ...(meeting.place.onlineUrl ? [contentLine('URL', [], meeting.place.onlineUrl.trim())] : []),
    `STATUS:${ICS_STATUS[meeting.status]}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** The zones the meetings are timed in, each with the first and last year it is needed for. */
function zoneYears(meetings: readonly Meeting[], event: EventRecord | null): Map<string, [number, number]> {
  const years = new Map<string, [number, number]>();
  for (const meeting of meetings) {
    const zone = zoneOf(meeting, event);
    if (!zone || !meeting.startTime || !meeting.endTime) continue;
    const year = Number(meeting.date.slice(0, 4));
    const [first, last] = years.get(zone) ?? [year, year];
    years.set(zone, [Math.min(first, year), Math.max(last, year)]);
  }
  return years;
}

export function meetingsToIcs(input: IcsInput): string {
  const { event, names } = input;
  const meetings = input.meetings
    .filter((m) => m.deletedAt === null)
    .toSorted((a, b) => `${a.date} ${a.startTime}`.localeCompare(`${b.date} ${b.startTime}`) || a.id.localeCompare(b.id));
  const topicLabels = new Map(names.topics.map((topic) => [topic.id, pickLocalized(topic.label, names.lang)]));
  const calendarName = event ? pickLocalized(event.name, names.lang) : '';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Delegation Desk//Meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    // RFC 7986's NAME, and the X-WR-CALNAME that Apple and Google read for the calendar's name.
    ...(calendarName ? [contentLine('NAME', [], escapeText(calendarName, 'ics')), contentLine('X-WR-CALNAME', [], escapeText(calendarName, 'ics'))] : []),
  ];
  for (const [zone, [first, last]] of zoneYears(meetings, event)) lines.push(...vtimezoneLines(zone, first, last));
  for (const meeting of meetings) lines.push(...vevent(meeting, input, topicLabels));
  lines.push('END:VCALENDAR');
  return joinLines(lines);
}
