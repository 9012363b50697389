import { describe, expect, it } from 'vitest';
import { EMPTY_MEETING_FILTER, NO_EVENT, activeFilterCount, meetingFilterPredicate, pruneMeetingFilter, type FilterableMeeting, type MeetingFilter } from './meeting-filter';

const REBUILD = 'event-rebuild';
const FORUM = 'event-forum';
const HAUTS_DE_FRANCE = 'org-hdf';
const BUSINESS_FRANCE_UA = 'org-bfu';
const BELGIAN_EMBASSY = 'org-be';
const COUNTRIES: Record<string, string> = { [HAUTS_DE_FRANCE]: 'FR', [BUSINESS_FRANCE_UA]: 'UA', [BELGIAN_EMBASSY]: 'BE' };
const countryOf = (id: string) => COUNTRIES[id] ?? '';

const meeting = (name: string, extra: Partial<FilterableMeeting>): FilterableMeeting & { name: string } => ({
  name,
  eventId: REBUILD,
  date: '2026-11-17',
  organizationIds: [],
  topics: [],
  status: 'planned',
  ...extra,
});

const MEETINGS = [
  meeting('Delbe', { organizationIds: [HAUTS_DE_FRANCE], topics: ['cybersecurity', 'green-energy'], status: 'held' }),
  meeting('Hereliuk', { date: '2026-11-18', organizationIds: [BUSINESS_FRANCE_UA], topics: ['investment'] }),
  meeting('Lenaerts', { eventId: null, date: '2026-11-20', organizationIds: [BELGIAN_EMBASSY], topics: ['it', 'manufacturing'], status: 'held' }),
  meeting('Forum', { eventId: FORUM, date: '2026-11-21', organizationIds: [BELGIAN_EMBASSY, HAUTS_DE_FRANCE], topics: ['infrastructure'], status: 'postponed' }),
];

function names(filter: Partial<MeetingFilter>): string[] {
  const predicate = meetingFilterPredicate({ ...EMPTY_MEETING_FILTER, ...filter }, countryOf);
  return (predicate ? MEETINGS.filter(predicate) : MEETINGS).map((m) => m.name);
}

describe('meetingFilterPredicate', () => {
  it('lets everything through, without a pass, when nothing is chosen', () => {
    expect(meetingFilterPredicate(EMPTY_MEETING_FILTER, countryOf)).toBeNull();
  });

  it('keeps an event’s meetings, or those held outside any event', () => {
    expect(names({ eventId: REBUILD })).toEqual(['Delbe', 'Hereliuk']);
    expect(names({ eventId: NO_EVENT })).toEqual(['Lenaerts']);
  });

  it('keeps a date range, both ends included, and either end open', () => {
    expect(names({ dateFrom: '2026-11-18', dateTo: '2026-11-20' })).toEqual(['Hereliuk', 'Lenaerts']);
    expect(names({ dateFrom: '2026-11-20' })).toEqual(['Lenaerts', 'Forum']);
    expect(names({ dateTo: '2026-11-17' })).toEqual(['Delbe']);
  });

  it('reads a range entered backwards the right way round', () => {
    expect(names({ dateFrom: '2026-11-20', dateTo: '2026-11-18' })).toEqual(['Hereliuk', 'Lenaerts']);
  });

  it('keeps meetings an organization was at, or any organization from a country', () => {
    expect(names({ organizationId: BELGIAN_EMBASSY })).toEqual(['Lenaerts', 'Forum']);
    expect(names({ country: 'FR' })).toEqual(['Delbe', 'Forum']);
    expect(names({ country: 'PL' })).toEqual([]);
  });

  it('keeps a topic and a status', () => {
    expect(names({ topic: 'it' })).toEqual(['Lenaerts']);
    expect(names({ status: 'held' })).toEqual(['Delbe', 'Lenaerts']);
  });

  it('combines filters: every one must hold', () => {
    expect(names({ status: 'held', country: 'BE' })).toEqual(['Lenaerts']);
    expect(names({ eventId: REBUILD, topic: 'it' })).toEqual([]);
  });
});

describe('activeFilterCount', () => {
  it('counts a date range once, however many ends it has', () => {
    expect(activeFilterCount(EMPTY_MEETING_FILTER)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_MEETING_FILTER, dateFrom: '2026-11-17', dateTo: '2026-11-18', status: 'held' })).toBe(2);
    expect(activeFilterCount({ ...EMPTY_MEETING_FILTER, eventId: NO_EVENT, country: 'FR', topic: 'it', organizationId: 'x' })).toBe(4);
  });
});

describe('pruneMeetingFilter', () => {
  const choices = { eventIds: new Set([REBUILD]), organizationIds: new Set([HAUTS_DE_FRANCE]), topicIds: new Set(['it']) };

  it('drops choices whose records are gone, and keeps the rest', () => {
    const remembered: MeetingFilter = { eventId: FORUM, dateFrom: '2026-11-01', dateTo: '', organizationId: BELGIAN_EMBASSY, country: 'BE', topic: 'it', status: 'held' };
    expect(pruneMeetingFilter(remembered, choices)).toEqual({ ...remembered, eventId: null, organizationId: null });
  });

  it('keeps "no event" and drops a status it does not know', () => {
    const remembered = { ...EMPTY_MEETING_FILTER, eventId: NO_EVENT, status: 'maybe' as never };
    expect(pruneMeetingFilter(remembered, choices)).toEqual({ ...EMPTY_MEETING_FILTER, eventId: NO_EVENT });
  });
});
