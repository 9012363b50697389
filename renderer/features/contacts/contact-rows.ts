import type { Contact } from '#shared/domain/contact';
import type { UiLanguage } from '#shared/domain/lang';
import { pickLocalized } from '#shared/domain/lang';
import { contactDisplayName } from '#shared/domain/display-name';
import { quickFilterText } from '#shared/search/quick-filter';
import { countryName } from '../../app/format';
import type { ListRow } from '../../components/record-table/table-features';

export interface ContactRow extends ListRow {
  record: Contact;
  name: string;
  sortKey: string;
  position: string;
  organization: string;
  country: string;
  city: string;
  email: string;
  phone: string;
  tags: string;
  updatedAt: number;
}

/** What the table shows of a contact in the UI language, names falling back across languages. */
export function toContactRow(contact: Contact, organizationNames: ReadonlyMap<string, string>, lang: UiLanguage): ContactRow {
  return {
    id: contact.id,
    record: contact,
    name: contactDisplayName(contact, lang),
    sortKey: contact.sortKey[lang],
    position: pickLocalized(contact.position, lang),
    organization: contact.organizationId ? (organizationNames.get(contact.organizationId) ?? '') : '',
    country: countryName(contact.country, lang),
    city: pickLocalized(contact.city, lang),
    email: contact.emails[0] ?? '',
    phone: contact.phones[0] ?? '',
    tags: contact.tags.join(', '),
    updatedAt: contact.updatedAt,
  };
}

/** Every spelling is searchable, not only the one on screen: Лисогор finds Lysohor's row in English. */
export function contactSearchText(row: ContactRow): string {
  const contact = row.record;
  const spellings = [
    ...Object.values(contact.givenName),
    ...Object.values(contact.familyName),
    contact.nameOriginal,
    ...Object.values(contact.position),
    row.organization,
    row.country,
    ...Object.values(contact.city),
    ...contact.emails,
    ...contact.phones,
    ...contact.tags,
  ];
  return quickFilterText(spellings.filter(Boolean));
}
