import { describe, expect, it } from 'vitest';
import { emptyContactInput, type Contact } from '#shared/domain/contact';
import { createQuickFilter } from '#shared/search/quick-filter';
import { contactSearchText, toContactRow } from './contact-rows';

const delbe: Contact = {
  ...emptyContactInput(),
  id: '01JD0000000000000000000000',
  createdAt: 1,
  updatedAt: 2,
  deletedAt: null,
  sortKey: { uk: 'a', ru: 'b', en: 'c' },
  givenName: { uk: 'Жюльєт', ru: 'Жюльет', en: '' },
  familyName: { uk: 'Дельб', ru: 'Дельб', en: '' },
  nameOriginal: 'Juliette Delbé',
  position: { uk: 'Керівниця департаменту міжнародних зв’язків', ru: '', en: 'Head of International Relations' },
  organizationId: '01JD0000000000000000000001',
  country: 'FR',
  emails: ['j.delbe@example.fr'],
};
const organizations = new Map([['01JD0000000000000000000001', 'Région Hauts-de-France']]);

describe('toContactRow', () => {
  it('shows the name and position in the UI language, falling back to the name as written', () => {
    expect(toContactRow(delbe, organizations, 'uk')).toMatchObject({ name: 'Жюльєт Дельб', sortKey: 'a' });
    expect(toContactRow(delbe, organizations, 'en')).toMatchObject({
      name: 'Juliette Delbé',
      position: 'Head of International Relations',
      organization: 'Région Hauts-de-France',
      country: 'France',
      email: 'j.delbe@example.fr',
    });
    // Russian falls back to English before Ukrainian.
    expect(toContactRow(delbe, organizations, 'ru').position).toBe('Head of International Relations');
  });

  it('lets the quick filter find the row by any spelling, without accents', () => {
    const searchText = contactSearchText(toContactRow(delbe, organizations, 'en'));
    for (const query of ['Дельб', 'delbe', 'Жюльєт', 'hauts-de-france', 'France', 'Delbe Juliette']) {
      expect(createQuickFilter(query)?.(searchText), query).toBe(true);
    }
    expect(createQuickFilter('Терехов')?.(searchText)).toBe(false);
  });
});
