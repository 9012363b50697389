import type { Organization, OrganizationInput } from '../domain/organization';
import { romanizeRu } from '../text/romanize-ru';
import { romanizeUk } from '../text/romanize-uk';
import { present, type SearchDocumentProvider } from './search-provider';

type NameParts = Pick<OrganizationInput, 'name' | 'nameOriginal' | 'shortName'>;

/**
 * Every way an organization's name is written: the three languages, its own spelling, its short
 * name, and the Ukrainian and Russian names romanized, so a Latin query ("Kharkivska") meets an
 * organization whose name was only entered in Cyrillic.
 */
export function organizationNameSpellings(org: NameParts): string[] {
  return present([
    org.name.uk,
    org.name.ru,
    org.name.en,
    org.nameOriginal,
    org.shortName,
    org.name.uk && romanizeUk(org.name.uk),
    org.name.ru && romanizeRu(org.name.ru),
  ]);
}

export const organizationSearchProvider: SearchDocumentProvider<Organization> = {
  type: 'organization',
  toDocument(org, context) {
    return {
      type: 'organization',
      id: org.id,
      fields: {
        names: organizationNameSpellings(org),
        organization: org.parentId ? context.organizationNames(org.parentId) : [],
        places: present([org.city.uk, org.city.ru, org.city.en]),
        notes: present([org.notes, ...org.tags, org.website]),
      },
    };
  },
};
