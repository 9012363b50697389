import type { Contact } from '../domain/contact';
import type { EventRecord } from '../domain/event';
import type { FollowUp, FollowUpStatus } from '../domain/follow-up';
import { pickLocalized, type UiLanguage } from '../domain/lang';
import { meetingTimeZone, type Meeting, type MeetingStatus } from '../domain/meeting';
import type { Organization } from '../domain/organization';
import type { Topic } from '../domain/topics';
import { timeZoneDisplayName } from '../time/clock-format';
import { isValidTimeZone, wallTimeToInstant } from '../time/zoned-time';
import { INTL_LOCALE, organizationName, personName, toMap, type Lookup } from './export-names';
import { parseNoteHtml, type NoteBlock } from './notes-blocks';

/**
 * The meeting summary (one meeting) and the delegation report (many: an event's, or a date
 * range's) as a document model in one language, which the Markdown, HTML and DOCX writers lay
 * out. Everything a reader sees is decided here: labels (passed in, since shared/ does not
 * translate), dates and times formatted by Intl in the language, names in the language with a
 * romanized fallback (export-names.ts), and the notes as written.
 */

export interface ReportLabels {
  /** Titles of the document when the caller gives none. */
  meetingSummary: string;
  delegationReport: string;
  date: string;
  time: string;
  place: string;
  event: string;
  status: string;
  ourSide: string;
  theirSide: string;
  participants: string;
  name: string;
  position: string;
  organization: string;
  organizations: string;
  topics: string;
  agenda: string;
  outcomes: string;
  notes: string;
  followUps: string;
  what: string;
  owner: string;
  due: string;
  followUpStatus: string;
  room: string;
  table: string;
  online: string;
  meetingStatuses: Record<MeetingStatus, string>;
  followUpStatuses: Record<FollowUpStatus, string>;
}

export interface ReportPerson {
  name: string;
  position: string;
  organization: string;
}

export interface ReportFollowUp {
  what: string;
  owner: string;
  /** The person on their side it concerns, or ''. */
  concerns: string;
  /** Formatted, or '' when none. */
  due: string;
  status: string;
}

export interface ReportMeeting {
  id: string;
  title: string;
  /** 'YYYY-MM-DD', and as the language writes it. */
  isoDate: string;
  date: string;
  /** "11:00–11:45 (Польща)", or '' without times. */
  time: string;
  place: string;
  event: string;
  status: string;
  ours: ReportPerson[];
  theirs: ReportPerson[];
  organizations: string[];
  topics: string[];
  agenda: string;
  outcomes: string;
  /** The notes as stored (sanitized HTML), and read into blocks for the writers. */
  notesHtml: string;
  notes: NoteBlock[];
  followUps: ReportFollowUp[];
}

export interface MeetingReportDocument {
  kind: 'meetingSummary' | 'delegationReport';
  lang: UiLanguage;
  /** What the document is ("Meeting summary"), shown above a title that does not say so. */
  caption: string;
  title: string;
  /** The event and the dates the report covers, or ''. */
  subtitle: string;
  labels: ReportLabels;
  meetings: ReportMeeting[];
}

export interface MeetingReportInput {
  meetings: readonly Meeting[];
  events: Lookup<EventRecord>;
  contacts: Lookup<Contact>;
  organizations: Lookup<Organization>;
  topics: readonly Topic[];
  followUps: readonly FollowUp[];
  lang: UiLanguage;
  labels: ReportLabels;
  /** Defaults to the meeting's title for one meeting, the label for a report. */
  title?: string;
}

const live = <T extends { deletedAt: number | null }>(record: T | undefined): record is T => record !== undefined && record.deletedAt === null;

const utcDay = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

function dateFormat(lang: UiLanguage): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' });
}

export function formatIsoDate(iso: string, lang: UiLanguage): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? dateFormat(lang).format(utcDay(iso)) : iso;
}

function formatTime(meeting: Meeting, zone: string, lang: UiLanguage): string {
  if (!meeting.startTime || !meeting.endTime) return '';
  if (!isValidTimeZone(zone)) return `${meeting.startTime}–${meeting.endTime}`;
  const start = wallTimeToInstant({ date: meeting.date, time: meeting.startTime }, zone);
  const end = wallTimeToInstant({ date: meeting.date, time: meeting.endTime }, zone);
  const span = new Intl.DateTimeFormat(INTL_LOCALE[lang], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).formatRange(start, end);
  // The zone as the app names it elsewhere ("Польща", "Poland"), from the bare language.
  return `${span} (${timeZoneDisplayName(zone, lang, start)})`;
}

/** When the meeting starts, for ordering meetings held in different zones. */
function startInstant(meeting: Meeting, zone: string): number {
  const time = meeting.startTime || '00:00';
  return isValidTimeZone(zone) ? wallTimeToInstant({ date: meeting.date, time }, zone) : utcDay(meeting.date);
}

interface Records {
  input: MeetingReportInput;
  events: ReadonlyMap<string, EventRecord>;
  contacts: ReadonlyMap<string, Contact>;
  organizations: ReadonlyMap<string, Organization>;
}

function person(contact: Contact, records: Records): ReportPerson {
  const { lang } = records.input;
  const org = contact.organizationId ? records.organizations.get(contact.organizationId) : undefined;
  return { name: personName(contact, lang), position: pickLocalized(contact.position, lang), organization: live(org) ? organizationName(org, lang) : '' };
}

function people(ids: readonly string[], records: Records): ReportPerson[] {
  return ids.map((id) => records.contacts.get(id)).filter(live).map((c) => person(c, records));
}

function place(meeting: Meeting, event: EventRecord | undefined, records: Records): string {
  const { labels, lang } = records.input;
  const { venue, room, table, onlineUrl } = meeting.place;
  const parts = [venue, room && `${labels.room} ${room}`, table && `${labels.table} ${table}`].filter(Boolean);
  if (parts.length === 0 && event) parts.push(...[event.venue, pickLocalized(event.city, lang)].filter(Boolean));
  if (onlineUrl) parts.push(`${labels.online}: ${onlineUrl}`);
  return parts.join(', ');
}

function followUpsOf(meeting: Meeting, records: Records): ReportFollowUp[] {
  const { lang, labels } = records.input;
  const nameOf = (id: string | null) => {
    const contact = id ? records.contacts.get(id) : undefined;
    return live(contact) ? personName(contact, lang) : '';
  };
  return records.input.followUps
    .filter((f) => f.meetingId === meeting.id && f.deletedAt === null)
    .toSorted((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt - b.createdAt)
    .map((f) => ({
      what: f.what.trim(),
      owner: nameOf(f.ownerId),
      concerns: nameOf(f.contactId),
      due: f.dueDate ? formatIsoDate(f.dueDate, lang) : '',
      status: labels.followUpStatuses[f.status],
    }));
}

function reportMeeting(meeting: Meeting, records: Records, topicLabels: ReadonlyMap<string, string>): ReportMeeting {
  const { lang, labels } = records.input;
  const event = meeting.eventId ? records.events.get(meeting.eventId) : undefined;
  const liveEvent = live(event) ? event : undefined;
  const zone = meetingTimeZone(meeting, liveEvent);
  return {
    id: meeting.id,
    title: pickLocalized(meeting.title, lang),
    isoDate: meeting.date,
    date: formatIsoDate(meeting.date, lang),
    time: formatTime(meeting, zone, lang),
    place: place(meeting, liveEvent, records),
    event: liveEvent ? pickLocalized(liveEvent.name, lang) : '',
    status: labels.meetingStatuses[meeting.status],
    ours: people(meeting.ourParticipantIds, records),
    theirs: people(meeting.theirParticipantIds, records),
    organizations: meeting.organizationIds.map((id) => records.organizations.get(id)).filter(live).map((o) => organizationName(o, lang)),
    topics: meeting.topics.map((id) => topicLabels.get(id) ?? id),
    agenda: meeting.agenda.trim(),
    outcomes: meeting.outcomes.trim(),
    notesHtml: meeting.notes,
    notes: parseNoteHtml(meeting.notes),
    followUps: followUpsOf(meeting, records),
  };
}

/** "ReBuild Ukraine … · 14–15 November 2023": the event (if all meetings share one) and the dates covered. */
function subtitle(meetings: readonly ReportMeeting[], lang: UiLanguage): string {
  if (meetings.length === 0) return '';
  const events = new Set(meetings.map((m) => m.event));
  const dates = meetings.map((m) => m.isoDate).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  const first = dates[0];
  const last = dates.at(-1);
  const span = first && last ? (first === last ? formatIsoDate(first, lang) : dateFormat(lang).formatRange(utcDay(first), utcDay(last))) : '';
  const event = events.size === 1 ? [...events][0]! : '';
  return [event, span].filter(Boolean).join(' · ');
}

export function buildMeetingReport(input: MeetingReportInput): MeetingReportDocument {
  const records: Records = {
    input,
    events: toMap(input.events),
    contacts: toMap(input.contacts),
    organizations: toMap(input.organizations),
  };
  const topicLabels = new Map(input.topics.map((topic) => [topic.id, pickLocalized(topic.label, input.lang)]));
  const meetings = input.meetings
    .filter((m) => m.deletedAt === null)
    .map((m) => ({ meeting: m, at: startInstant(m, meetingTimeZone(m, m.eventId ? records.events.get(m.eventId) : undefined)) }))
    .sort((a, b) => a.at - b.at || a.meeting.id.localeCompare(b.meeting.id))
    .map(({ meeting }) => reportMeeting(meeting, records, topicLabels));
  const kind = meetings.length === 1 ? 'meetingSummary' : 'delegationReport';
  const title = input.title?.trim() || (kind === 'meetingSummary' ? meetings[0]!.title : input.labels.delegationReport);
  const caption = input.labels[kind] === title ? '' : input.labels[kind];
  return { kind, lang: input.lang, caption, title, subtitle: subtitle(meetings, input.lang), labels: input.labels, meetings };
}
