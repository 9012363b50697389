import type { Contact } from '#shared/domain/contact';
import type { EventRecord } from '#shared/domain/event';
import type { Meeting, MeetingStatus } from '#shared/domain/meeting';
import type { Organization } from '#shared/domain/organization';
import type { Topic } from '#shared/domain/topics';
import { pickLocalized, type UiLanguage } from '#shared/domain/lang';
import { contactDisplayName, organizationDisplayName } from '#shared/domain/display-name';
import { quickFilterText } from '#shared/search/quick-filter';
import { countryName } from '../../app/format';
import { formatNumericDate } from './numeric-date';
import type { ListRow } from '../../components/record-table/table-features';

export interface MeetingRow extends ListRow {
  record: Meeting;
  /** The date in the UI language, short ("17.11.2026") to leave the title room. */
  date: string;
  /** 'YYYY-MM-DD HH:MM': sorts the programme in order. */
  scheduleKey: string;
  /** "10:00–11:00" on the meeting's own clock, as the programme prints it. */
  time: string;
  title: string;
  event: string;
  /** Their participants. */
  people: string;
  organizations: string;
  /** The countries of the organizations. */
  country: string;
  topics: string;
  status: MeetingStatus;
  statusLabel: string;
}

/** What a row needs besides the meeting; maps hold live records by id. */
export interface MeetingRowContext {
  language: UiLanguage;
  events: ReadonlyMap<string, EventRecord>;
  contacts: ReadonlyMap<string, Contact>;
  organizations: ReadonlyMap<string, Organization>;
  topics: ReadonlyMap<string, Topic>;
  statusLabel: (status: MeetingStatus) => string;
  untitled: string;
}

const joinNames = (names: readonly string[]) => names.filter(Boolean).join(', ');

/** What the table shows of a meeting in the UI language, names falling back across languages. */
export function toMeetingRow(meeting: Meeting, context: MeetingRowContext): MeetingRow {
  const { language, events, contacts, organizations, topics } = context;
  const event = meeting.eventId ? events.get(meeting.eventId) : undefined;
  const meetingOrganizations = meeting.organizationIds.map((id) => organizations.get(id)).filter((org) => org !== undefined);
  const countries = [...new Set(meetingOrganizations.map((org) => org.country).filter(Boolean))];
  return {
    id: meeting.id,
    record: meeting,
    date: formatNumericDate(meeting.date, language),
    scheduleKey: `${meeting.date} ${meeting.startTime}`,
    time: `${meeting.startTime}–${meeting.endTime}`,
    title: pickLocalized(meeting.title, language) || context.untitled,
    event: event ? pickLocalized(event.name, language) : '',
    people: joinNames(
      meeting.theirParticipantIds.map((id) => {
        const contact = contacts.get(id);
        return contact ? contactDisplayName(contact, language) : '';
      }),
    ),
    organizations: joinNames(meetingOrganizations.map((org) => organizationDisplayName(org, language))),
    country: joinNames(countries.map((code) => countryName(code, language))),
    topics: joinNames(
      meeting.topics.map((id) => {
        const topic = topics.get(id);
        return topic ? pickLocalized(topic.label, language) : '';
      }),
    ),
    status: meeting.status,
    statusLabel: context.statusLabel(meeting.status),
  };
}

/**
 * What the quick filter looks through: the title in every language, not only the one on screen,
 * and what the row shows (match keys bridge scripts, so "Дельб" finds Juliette Delbe).
 */
export function meetingSearchText(row: MeetingRow): string {
  const meeting = row.record;
  return quickFilterText(
    [
      ...Object.values(meeting.title),
      row.event,
      row.people,
      row.organizations,
      row.country,
      row.topics,
      row.statusLabel,
      meeting.place.venue,
      meeting.interpreter,
    ].filter(Boolean),
  );
}
