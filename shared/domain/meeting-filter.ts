import { MEETING_STATUSES, type Meeting, type MeetingStatus } from './meeting';

/** The value of the event filter that keeps meetings held outside any event. */
export const NO_EVENT = 'none';

/** What the meetings table is narrowed to; empty values ('' or null) do not narrow. */
export interface MeetingFilter {
  /** An event's id, or NO_EVENT. */
  eventId: string | null;
  /** 'YYYY-MM-DD', inclusive. */
  dateFrom: string;
  dateTo: string;
  organizationId: string | null;
  /** ISO 3166-1 alpha-2 of one of the meeting's organizations. */
  country: string;
  topic: string | null;
  status: MeetingStatus | null;
}

export const EMPTY_MEETING_FILTER: MeetingFilter = {
  eventId: null,
  dateFrom: '',
  dateTo: '',
  organizationId: null,
  country: '',
  topic: null,
  status: null,
};

export type FilterableMeeting = Pick<Meeting, 'eventId' | 'date' | 'organizationIds' | 'topics' | 'status'>;

/** How many of the filters narrow the list, e.g. for a "clear filters (3)" button. */
export function activeFilterCount(filter: MeetingFilter): number {
  const { dateFrom, dateTo, ...rest } = filter;
  return (dateFrom || dateTo ? 1 : 0) + Object.values(rest).filter((value) => value !== null && value !== '').length;
}

/**
 * The predicate for a filter, or null when it lets everything through (so a list can skip the
 * pass). `organizationCountry` gives an organization's country code ('' when unknown).
 */
export function meetingFilterPredicate(
  filter: MeetingFilter,
  organizationCountry: (organizationId: string) => string,
): ((meeting: FilterableMeeting) => boolean) | null {
  const tests: ((meeting: FilterableMeeting) => boolean)[] = [];
  const { eventId, dateFrom, dateTo, organizationId, country, topic, status } = filter;
  if (eventId === NO_EVENT) tests.push((m) => m.eventId === null);
  else if (eventId) tests.push((m) => m.eventId === eventId);
  // ISO dates compare correctly as strings. A range given backwards is read the right way round,
  // rather than silently hiding every meeting.
  const [from, to] = dateFrom && dateTo && dateFrom > dateTo ? [dateTo, dateFrom] : [dateFrom, dateTo];
  if (from) tests.push((m) => m.date >= from);
  if (to) tests.push((m) => m.date <= to);
  if (organizationId) tests.push((m) => m.organizationIds.includes(organizationId));
  if (country) tests.push((m) => m.organizationIds.some((id) => organizationCountry(id) === country));
  if (topic) tests.push((m) => m.topics.includes(topic));
  if (status) tests.push((m) => m.status === status);
  if (tests.length === 0) return null;
  return (meeting) => tests.every((test) => test(meeting));
}

/** What the records still hold, to check a remembered filter against. */
export interface FilterChoices {
  eventIds: ReadonlySet<string>;
  organizationIds: ReadonlySet<string>;
  topicIds: ReadonlySet<string>;
}

/**
 * A remembered filter with choices that no longer exist dropped (an event purged from the Trash
 * since): such a filter would hide every meeting behind a select that shows nothing chosen.
 */
export function pruneMeetingFilter(filter: MeetingFilter, choices: FilterChoices): MeetingFilter {
  const keep = (id: string | null, known: ReadonlySet<string>) => (id !== null && known.has(id) ? id : null);
  return {
    ...filter,
    eventId: filter.eventId === NO_EVENT ? NO_EVENT : keep(filter.eventId, choices.eventIds),
    organizationId: keep(filter.organizationId, choices.organizationIds),
    topic: keep(filter.topic, choices.topicIds),
    status: filter.status && (MEETING_STATUSES as readonly string[]).includes(filter.status) ? filter.status : null,
  };
}
