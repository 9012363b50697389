import { describe, expect, it } from 'vitest';
import { contactDisplayName, contactSortName, organizationDisplayName } from './display-name';
import { emptyContactInput } from './contact';
import { emptyOrganizationInput } from './organization';

describe('contactDisplayName', () => {
  const lysohor = {
    ...emptyContactInput(),
    givenName: { uk: 'Артем', ru: 'Артем', en: 'Artem' },
    familyName: { uk: 'Лисогор', ru: 'Лысогор', en: 'Lysohor' },
  };

  it('shows the name in the wanted language', () => {
    expect(contactDisplayName(lysohor, 'uk')).toBe('Артем Лисогор');
    expect(contactDisplayName(lysohor, 'ru')).toBe('Артем Лысогор');
    expect(contactDisplayName(lysohor, 'en')).toBe('Artem Lysohor');
    expect(contactSortName(lysohor, 'uk')).toBe('Лисогор Артем');
  });

  it('falls back to the Latin-script spelling before the other Cyrillic one', () => {
    const delbe = { ...emptyContactInput(), nameOriginal: 'Juliette Delbe', familyName: { uk: '', ru: 'Дельб', en: '' } };
    expect(contactDisplayName(delbe, 'uk')).toBe('Juliette Delbe');
    expect(contactDisplayName(delbe, 'ru')).toBe('Дельб');
    expect(contactDisplayName(delbe, 'en')).toBe('Juliette Delbe');
  });

  it('falls back to Russian when nothing else is there', () => {
    const onlyRu = { ...emptyContactInput(), givenName: { uk: '', ru: 'Александра', en: '' } };
    expect(contactDisplayName(onlyRu, 'uk')).toBe('Александра');
  });
});

describe('organizationDisplayName', () => {
  it('uses the name in its own language when the English one is missing', () => {
    const org = { ...emptyOrganizationInput(), name: { uk: 'Регіон Верхня Франція', ru: '', en: '' }, nameOriginal: 'Région Hauts-de-France' };
    expect(organizationDisplayName(org, 'en')).toBe('Région Hauts-de-France');
    expect(organizationDisplayName(org, 'ru')).toBe('Région Hauts-de-France');
    expect(organizationDisplayName(org, 'uk')).toBe('Регіон Верхня Франція');
  });
});
