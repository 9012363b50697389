import type { TFunction } from 'i18next';
import type { Contact } from '#shared/domain/contact';
import type { Organization } from '#shared/domain/organization';
import type { UiLanguage } from '#shared/domain/lang';
import { pickLocalized } from '#shared/domain/lang';
import { contactDisplayName, organizationDisplayName } from '#shared/domain/display-name';
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

interface Records {
  contacts: ReadonlyMap<string, Contact>;
  organizations: ReadonlyMap<string, Organization>;
}

function otherSpellings(shown: string, spellings: readonly string[]): string {
  const seen = new Set([shown]);
  return spellings.filter((spelling) => spelling && !seen.has(spelling) && seen.add(spelling)).join(' · ');
}

function contactResult(hit: SearchHit, contact: Contact, records: Records, lang: UiLanguage): SearchResult {
  const title = contactDisplayName(contact, lang);
  const organization = contact.organizationId ? records.organizations.get(contact.organizationId) : undefined;
  const spellings = (['uk', 'ru', 'en'] as const).map((l) => [contact.givenName[l], contact.familyName[l]].filter(Boolean).join(' '));
  return {
    hit,
    title,
    alsoKnownAs: otherSpellings(title, [...spellings, contact.nameOriginal]),
    subtitle: [pickLocalized(contact.position, lang), organization ? organizationDisplayName(organization, lang) : '']
      .filter(Boolean)
      .join(' — '),
    path: `/contacts/${contact.id}`,
  };
}

function organizationResult(hit: SearchHit, organization: Organization, lang: UiLanguage, t: TFunction<'organizations'>): SearchResult {
  const title = organizationDisplayName(organization, lang);
  return {
    hit,
    title,
    alsoKnownAs: otherSpellings(title, [organization.name.uk, organization.name.ru, organization.name.en, organization.nameOriginal]),
    subtitle: [t(`kinds.${organization.kind}`), pickLocalized(organization.city, lang)].filter(Boolean).join(' — '),
    path: `/organizations/${organization.id}`,
  };
}

/** Hits in rank order, grouped by type (groups in the order of their best hit). */
export function groupResults(hits: readonly SearchHit[], records: Records, lang: UiLanguage, t: TFunction<'organizations'>): SearchResultGroup[] {
  const groups = new Map<SearchDocumentType, SearchResult[]>();
  for (const hit of hits) {
    const contact = hit.type === 'contact' ? records.contacts.get(hit.id) : undefined;
    const organization = hit.type === 'organization' ? records.organizations.get(hit.id) : undefined;
    const result = contact
      ? contactResult(hit, contact, records, lang)
      : organization
        ? organizationResult(hit, organization, lang, t)
        : null;
    if (!result) continue;
    const group = groups.get(hit.type) ?? [];
    group.push(result);
    groups.set(hit.type, group);
  }
  return [...groups].map(([type, results]) => ({ type, results }));
}
