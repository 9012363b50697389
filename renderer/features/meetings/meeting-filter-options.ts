import type { EventRecord } from '#shared/domain/event';
import type { Meeting } from '#shared/domain/meeting';
import type { Organization } from '#shared/domain/organization';
import type { Topic } from '#shared/domain/topics';
import { pickLocalized, type UiLanguage } from '#shared/domain/lang';
import { organizationDisplayName } from '#shared/domain/display-name';
import type { FilterChoices } from '#shared/domain/meeting-filter';
import { INTL_LOCALE, countryName, formatIsoDateRange } from '../../app/format';
import type { FilterOption, MeetingFilterOptions } from './MeetingFilters';

interface Sources {
  meetings: readonly Meeting[];
  events: readonly EventRecord[];
  organizations: ReadonlyMap<string, Organization>;
  topics: readonly Topic[];
}

/**
 * What the filters offer: every event (in name order, with its dates), the vocabulary's topics,
 * and the organizations and countries that meetings actually name, so a long address book does
 * not bury them.
 */
export function meetingFilterOptions({ meetings, events, organizations, topics }: Sources, language: UiLanguage): MeetingFilterOptions {
  const collator = new Intl.Collator(INTL_LOCALE[language]);
  const byLabel = (options: FilterOption[]) => options.sort((a, b) => collator.compare(a.label, b.label));

  const named = new Set(meetings.flatMap((meeting) => meeting.organizationIds));
  const meetingOrganizations = [...named].map((id) => organizations.get(id)).filter((org) => org !== undefined);
  const countries = new Set(meetingOrganizations.map((org) => org.country).filter(Boolean));

  return {
    events: events.map((event) => ({
      value: event.id,
      label: `${pickLocalized(event.name, language)} · ${formatIsoDateRange(event.startDate, event.endDate, language)}`,
    })),
    organizations: byLabel(meetingOrganizations.map((org) => ({ value: org.id, label: organizationDisplayName(org, language) }))),
    countries: byLabel([...countries].map((code) => ({ value: code, label: countryName(code, language) }))),
    topics: topics.map((topic) => ({ value: topic.id, label: pickLocalized(topic.label, language) })),
  };
}

/** The choices a remembered filter is checked against: exactly what the selects offer. */
export function filterChoices(options: MeetingFilterOptions): FilterChoices {
  const ids = (list: FilterOption[]) => new Set(list.map((option) => option.value));
  return { eventIds: ids(options.events), organizationIds: ids(options.organizations), topicIds: ids(options.topics) };
}
