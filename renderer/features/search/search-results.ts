import type { TFunction } from 'i18next';
import type { Agreement, AgreementStatus } from '#shared/domain/agreement';
import type { Contact } from '#shared/domain/contact';
import type { Organization, OrganizationKind } from '#shared/domain/organization';
import type { Meeting } from '#shared/domain/meeting';
import type { EventRecord } from '#shared/domain/event';
import type { UiLanguage } from '#shared/domain/lang';
import { pickLocalized } from '#shared/domain/lang';
import { contactDisplayName, organizationDisplayName } from '#shared/domain/display-name';
import { agreementTitleIn } from '#shared/agreements/agreement-display';
import { agreementTitleSpellings } from '#shared/search/agreement-search-provider';
import { formatIsoDate, formatIsoDateRange } from '../../app/format';
import { partyName } from '../agreements/agreement-rows';
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
  agreements: ReadonlyMap<string, Agreement>;
}

/** The words results take from the locale files. */
export interface ResultLabels {
  organizationKind(kind: OrganizationKind): string;
  agreementStatus(status: AgreementStatus): string;
  untitledAgreement: string;
}

/** The labels the organizations' and agreements' own pages use, so a result reads the same. */
export function resultLabels(tOrganizations: TFunction<'organizations'>, tAgreements: TFunction<'agreements'>): ResultLabels {
  return {
    organizationKind: (kind) => tOrganizations(`kinds.${kind}`),
    agreementStatus: (status) => tAgreements(`status.${status}`),
    untitledAgreement: tAgreements('untitled'),
  };
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

function organizationResult(hit: SearchHit, organization: Organization, lang: UiLanguage, labels: ResultLabels): SearchResult {
  const title = organizationDisplayName(organization, lang);
  return {
    hit,
    title,
    alsoKnownAs: otherSpellings(title, [organization.name.uk, organization.name.ru, organization.name.en, organization.nameOriginal]),
    subtitle: joined(' — ', labels.organizationKind(organization.kind), pickLocalized(organization.city, lang)),
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

/**
 * An agreement: its title in the UI language (or its first language), where it stands, between
 * whom, and when it is or was signed.
 */
function agreementResult(hit: SearchHit, agreement: Agreement, records: SearchRecords, lang: UiLanguage, labels: ResultLabels): SearchResult {
  const title = agreementTitleIn(agreement, lang) || labels.untitledAgreement;
  const parties = agreement.parties.map((party) => partyName(party, records.organizations, lang)).filter(Boolean);
  return {
    hit,
    title,
    alsoKnownAs: otherSpellings(title, agreementTitleSpellings(agreement)),
    subtitle: joined(
      ' · ',
      labels.agreementStatus(agreement.status),
      parties.join(', '),
      agreement.signingDate ? formatIsoDate(agreement.signingDate, lang) : '',
    ),
    path: `/agreements/${agreement.id}`,
  };
}

function resultFor(hit: SearchHit, records: SearchRecords, lang: UiLanguage, labels: ResultLabels): SearchResult | null {
  switch (hit.type) {
    case 'contact': {
      const contact = records.contacts.get(hit.id);
      return contact ? contactResult(hit, contact, records, lang) : null;
    }
    case 'organization': {
      const organization = records.organizations.get(hit.id);
      return organization ? organizationResult(hit, organization, lang, labels) : null;
    }
    case 'meeting': {
      const meeting = records.meetings.get(hit.id);
      return meeting ? meetingResult(hit, meeting, records, lang) : null;
    }
    case 'event': {
      const event = records.events.get(hit.id);
      return event ? eventResult(hit, event, lang) : null;
    }
    case 'agreement': {
      const agreement = records.agreements.get(hit.id);
      return agreement ? agreementResult(hit, agreement, records, lang, labels) : null;
    }
  }
}

/** Hits in rank order, grouped by type (groups in the order of their best hit). */
export function groupResults(hits: readonly SearchHit[], records: SearchRecords, lang: UiLanguage, labels: ResultLabels): SearchResultGroup[] {
  const groups = new Map<SearchDocumentType, SearchResult[]>();
  for (const hit of hits) {
    const result = resultFor(hit, records, lang, labels);
    if (!result) continue;
    const group = groups.get(hit.type) ?? [];
    group.push(result);
    groups.set(hit.type, group);
  }
  return [...groups].map(([type, results]) => ({ type, results }));
}
