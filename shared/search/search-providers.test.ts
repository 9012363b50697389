import { describe, expect, it } from 'vitest';
import { contactSearchProvider } from './contact-search-provider';
import { organizationNameSpellings, organizationSearchProvider } from './organization-search-provider';
import { NO_CONTEXT, type SearchContext } from './search-provider';
import { testContact, testOrganization, text } from './search-test-records';

describe('contactSearchProvider', () => {
  it('puts every spelling of the name in names, with the Cyrillic ones romanized', () => {
    const contact = testContact('c1', {
      givenName: text('Артем', 'Артём'),
      familyName: text('Лисогор', 'Лысогор'),
      nameOriginal: 'Артем Лисогор',
    });
    const { names } = contactSearchProvider.toDocument(contact, NO_CONTEXT).fields;
    expect(names).toEqual(expect.arrayContaining(['Артем', 'Лисогор', 'Артём', 'Лысогор', 'Artem Lysohor', 'Artem Lysogor']));
  });

  it('fills positions, places, notes and the organization names from the context', () => {
    const context: SearchContext = { organizationNames: (id) => (id === 'org-1' ? ['Харківська міська рада'] : []) };
    const contact = testContact('c2', {
      familyName: text('Терехов'),
      position: text('Секретар', 'Секретарь', 'Secretary'),
      organizationId: 'org-1',
      city: text('Харків', 'Харьков', 'Kharkiv'),
      notes: 'IT',
      tags: ['velo'],
    });
    const document = contactSearchProvider.toDocument(contact, context);
    expect(document).toMatchObject({ type: 'contact', id: 'c2' });
    expect(document.fields).toMatchObject({
      positions: ['Секретар', 'Секретарь', 'Secretary'],
      organization: ['Харківська міська рада'],
      places: ['Харків', 'Харьков', 'Kharkiv'],
      notes: ['IT', 'velo'],
    });
  });
});

describe('organizationSearchProvider', () => {
  const council = testOrganization('org-1', { name: text('Харківська міська рада', 'Харьковский городской совет'), shortName: 'ХМР' });

  it('names an organization in every spelling, short name and romanizations included', () => {
    expect(organizationNameSpellings(council)).toEqual([
      'Харківська міська рада',
      'Харьковский городской совет',
      'ХМР',
      'Kharkivska miska rada',
      'Kharkovskii gorodskoi sovet',
    ]);
  });

  it('carries the parent organization names', () => {
    const child = testOrganization('org-2', { name: text('Департамент освіти'), parentId: 'org-1' });
    const context: SearchContext = { organizationNames: () => organizationNameSpellings(council) };
    expect(organizationSearchProvider.toDocument(child, context).fields.organization).toContain('ХМР');
  });
});
