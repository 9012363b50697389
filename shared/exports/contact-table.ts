import type { Contact } from '../domain/contact';
import type { UiLanguage } from '../domain/lang';
import type { Organization } from '../domain/organization';
import { countryName, languageName, localizedIn, organizationChain, organizationName, toMap, type Lookup } from './export-names';

/**
 * Contacts as a table, the rows the CSV and XLSX exports share. Names (of people and of their
 * organizations) get a column per language, as recorded and never translated, so a list can be
 * sorted or mail-merged in any of them; the rest is given in the chosen language.
 */

export const CONTACT_COLUMNS = [
  'familyName.uk',
  'givenName.uk',
  'familyName.ru',
  'givenName.ru',
  'familyName.en',
  'givenName.en',
  'nameOriginal',
  'honorific',
  'position',
  'organization.uk',
  'organization.ru',
  'organization.en',
  'country',
  'city',
  'emails',
  'phones',
  'messengers',
  'languages',
  'tags',
  'notes',
] as const;

export type ContactColumn = (typeof CONTACT_COLUMNS)[number];

/** The header row in the chosen language, from the caller's translations (shared/ does not translate). */
export type ContactHeaders = Readonly<Record<ContactColumn, string>>;

/** Several values in one cell, e.g. two e-mail addresses. */
export const LIST_SEPARATOR = '; ';

const MESSENGER_NAMES = { telegram: 'Telegram', signal: 'Signal', whatsapp: 'WhatsApp' } as const;

/** The organization with the bodies above it: "European Committee of the Regions / CIVEX …". */
function organizationCell(contact: Contact, organizations: ReadonlyMap<string, Organization>, lang: UiLanguage): string {
  const org = contact.organizationId ? organizations.get(contact.organizationId) : undefined;
  if (!org || org.deletedAt !== null || org.name[lang].trim() === '') return '';
  return organizationChain(org, organizations)
    .map((o) => organizationName(o, lang))
    .join(' / ');
}

function cell(contact: Contact, column: ContactColumn, organizations: ReadonlyMap<string, Organization>, lang: UiLanguage): string {
  switch (column) {
    case 'familyName.uk':
    case 'familyName.ru':
    case 'familyName.en':
      return contact.familyName[column.slice(-2) as UiLanguage].trim();
    case 'givenName.uk':
    case 'givenName.ru':
    case 'givenName.en':
      return contact.givenName[column.slice(-2) as UiLanguage].trim();
    case 'organization.uk':
    case 'organization.ru':
    case 'organization.en':
      return organizationCell(contact, organizations, column.slice(-2) as UiLanguage);
    case 'nameOriginal':
      return contact.nameOriginal.trim();
    case 'honorific':
      return contact.honorific[lang].trim();
    case 'position':
      return localizedIn(contact.position, lang);
    case 'country':
      return contact.country ? countryName(contact.country, lang) : '';
    case 'city':
      return localizedIn(contact.city, lang);
    case 'emails':
      return contact.emails.join(LIST_SEPARATOR);
    case 'phones':
      return contact.phones.join(LIST_SEPARATOR);
    case 'messengers':
      return contact.messengers.map((m) => `${MESSENGER_NAMES[m.kind]}: ${m.handle}`).join(LIST_SEPARATOR);
    case 'languages':
      return contact.languages.map((code) => languageName(code, lang)).join(', ');
    case 'tags':
      return contact.tags.join(LIST_SEPARATOR);
    case 'notes':
      return contact.notes.trim();
  }
}

export interface ContactTable {
  header: string[];
  rows: string[][];
}

/** The header and one row per contact not in the Trash, every cell a string. */
export function contactTable(
  contacts: readonly Contact[],
  organizations: Lookup<Organization>,
  lang: UiLanguage,
  headers: ContactHeaders,
): ContactTable {
  const orgs = toMap(organizations);
  return {
    header: CONTACT_COLUMNS.map((column) => headers[column]),
    rows: contacts.filter((c) => c.deletedAt === null).map((contact) => CONTACT_COLUMNS.map((column) => cell(contact, column, orgs, lang))),
  };
}
