import type { TFunction } from 'i18next';
import type { Contact } from '#shared/domain/contact';
import type { Organization } from '#shared/domain/organization';
import type { Meeting } from '#shared/domain/meeting';
import type { EventRecord } from '#shared/domain/event';
import type { UiLanguage } from '#shared/domain/lang';
import { pickLocalized } from '#shared/domain/lang';
import { contactDisplayName, organizationDisplayName } from '#shared/domain/display-name';
import { formatIsoDate, formatIsoDateRange } from '../../app/format';
import type { SearchDocumentType, SearchHit } from '../../search';

export interface SearchResult {
  hit: SearchHit;
  title: string;
  /** Every other spelling of the name, so a cross-script match shows why it matched. */
  alsoKnownAs: string;
  subtitle: string;
  path: string;
}

export interface SearchResultGroup {
  type: SearchDocumentType;
  results: SearchResult[];
}

export interface SearchRecords {
  contacts: ReadonlyMap<string, Contact>;
  organizations: ReadonlyMap<string, Organization>;
  meetings: ReadonlyMap<string, Meeting>;
  events: ReadonlyMap<string, EventRecord>;
}

function otherSpellings(shown: string, spellings: readonly string[]): string {
  const seen = new Set([shown]);
  return spellings.filter((spelling) => spelling && !seen.has(spelling) && seen.add(spelling)).join(' · ');
}

const joined = (separator: string, ...parts: string[]) => parts.filter(Boolean).join(separator);

function contactResult(hit: SearchHit, contact: Contact, records: SearchRecords, lang: UiLanguage): SearchResult {
  const title = contactDisplayName(contact, lang);
  const organization = contact.organizationId ? records.organizations.get(contact.organizationId) : undefined;
  const spellings = (['uk', 'ru', 'en'] as const).map((l) => [contact.givenName[l], contact.familyName[l]].filter(Boolean).join(' '));
  return {
    hit,
    title,
    alsoKnownAs: otherSpellings(title, [...spellings, contact.nameOriginal]),
    subtitle: joined(' — ', pickLocalized(contact.position, lang), organization ? organizationDisplayName(organization, lang) : ''),
    path: `/contacts/${contact.id}`,
  };
}

function organizationResult(hit: SearchHit, organization: Organization, lang: UiLanguage, t: TFunction<'organizations'>): SearchResult {
  const title = organizationDisplayName(organization, lang);
  return {
    hit,
    title,
    alsoKnownAs: otherSpellings(title, [organization.name.uk, organization.name.ru, organization.name.en, organization.nameOriginal]),
    subtitle: joined(' — ', t(`kinds.${organization.kind}`), pickLocalized(organization.city, lang)),
    path: `/organizations/${organization.id}`,
  };
}

/**
 * A meeting: its title, its date and the event it belongs to. The people are not listed: they
 * are found as contacts of their own, right beside it.
 */
function meetingResult(hit: SearchHit, meeting: Meeting, records: SearchRecords, lang: UiLanguage): SearchResult {
  const title = pickLocalized(meeting.title, lang);
  const event = meeting.eventId ? records.events.get(meeting.eventId) : undefined;
  return {
    hit,
    title,
    alsoKnownAs: otherSpellings(title, [meeting.title.uk, meeting.title.ru, meeting.title.en]),
    subtitle: joined(' · ', formatIsoDate(meeting.date, lang), event ? pickLocalized(event.name, lang) : ''),
    path: `/meetings/${meeting.id}`,
  };
}

function eventResult(hit: SearchHit, event: EventRecord, lang: UiLanguage): SearchResult {
  const title = pickLocalized(event.name, lang);
  return {
    hit,
    title,
    alsoKnownAs: otherSpellings(title, [event.name.uk, event.name.ru, event.name.en]),
    subtitle: joined(' · ', formatIsoDateRange(event.startDate, event.endDate, lang), pickLocalized(event.city, lang)),
    path: `/events/${event.id}`,
  };
}

function resultFor(hit: SearchHit, records: SearchRecords, lang: UiLanguage, t: TFunction<'organizations'>): SearchResult | null {
  switch (hit.type) {
    case 'contact': {
      const contact = records.contacts.get(hit.id);
      return contact ? contactResult(hit, contact, records, lang) : null;
    }
    case 'organization': {
      const organization = records.organizations.get(hit.id);
      return organization ? organizationResult(hit, organization, lang, t) : null;
    }
    case 'meeting': {
      const meeting = records.meetings.get(hit.id);
      return meeting ? meetingResult(hit, meeting, records, lang) : null;
    }
    case 'event': {
      const event = records.events.get(hit.id);
      return event ? eventResult(hit, event, lang) : null;
    }
  }
}

/** Hits in rank order, grouped by type (groups in the order of their best hit). */
export function groupResults(hits: readonly SearchHit[], records: SearchRecords, lang: UiLanguage, t: TFunction<'organizations'>): SearchResultGroup[] {
  const groups = new Map<SearchDocumentType, SearchResult[]>();
  for (const hit of hits) {
    const result = resultFor(hit, records, lang, t);
    if (!result) continue;
    const group = groups.get(hit.type) ?? [];
    group.push(result);
    groups.set(hit.type, group);
  }
  return [...groups].map(([type, results]) => ({ type, results }));
}
