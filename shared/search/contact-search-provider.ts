import type { Contact, ContactInput } from '../domain/contact';
import { romanizeRu } from '../text/romanize-ru';
import { romanizeUk } from '../text/romanize-uk';
import { present, type SearchDocumentProvider } from './search-provider';

type NameParts = Pick<ContactInput, 'givenName' | 'familyName' | 'nameOriginal'>;

const fullName = (given: string, family: string): string => `${given} ${family}`.trim();

/**
 * Every spelling of a person's name: given and family name in the three languages, the name as
 * they write it, and the Ukrainian and Russian spellings romanized (passport schemes), so that
 * "Lysohor" meets a contact entered only as Лисогор without going through match keys.
 */
export function contactNameSpellings(contact: NameParts): string[] {
  const uk = fullName(contact.givenName.uk, contact.familyName.uk);
  const ru = fullName(contact.givenName.ru, contact.familyName.ru);
  return present([
    contact.givenName.uk,
    contact.familyName.uk,
    contact.givenName.ru,
    contact.familyName.ru,
    contact.givenName.en,
    contact.familyName.en,
    contact.nameOriginal,
    uk && romanizeUk(uk),
    ru && romanizeRu(ru),
  ]);
}

export const contactSearchProvider: SearchDocumentProvider<Contact> = {
  type: 'contact',
  toDocument(contact, context) {
    return {
      type: 'contact',
      id: contact.id,
      fields: {
        names: contactNameSpellings(contact),
        positions: present([contact.position.uk, contact.position.ru, contact.position.en]),
        organization: contact.organizationId ? context.organizationNames(contact.organizationId) : [],
        places: present([contact.city.uk, contact.city.ru, contact.city.en]),
        notes: present([contact.notes, ...contact.tags, ...contact.emails]),
      },
    };
  },
};
