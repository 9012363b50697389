import { describe, expect, it } from 'vitest';
import { organizationInputSchema } from '../domain/organization';
import { addMinutes, organizationInputFromName, organizationKindOfName } from './resolve-import-records';

describe('records built from a file', () => {
  it('creates an organization named in the language it is written in, kept as written', () => {
    const org = organizationInputFromName(' Харківська міська рада ');
    expect(org.name).toEqual({ uk: 'Харківська міська рада', ru: '', en: '' });
    expect(org.nameOriginal).toBe('Харківська міська рада');
    expect(org.kind).toBe('cityCouncil');
    expect(organizationInputSchema.safeParse(org).success).toBe(true);
    expect(organizationInputFromName('Администрация Харькова').name.ru).toBe('');
    expect(organizationInputFromName('Объединённая ассоциация').name.ru).toBe('Объединённая ассоциация');
  });

  it('tells councils, regions, embassies and ministries by their names, and takes anything else for a company', () => {
    expect(organizationKindOfName('Mairie de Lille')).toBe('cityCouncil');
    expect(organizationKindOfName('Луганська обласна військова адміністрація')).toBe('region');
    expect(organizationKindOfName('Région Hauts-de-France')).toBe('region');
    expect(organizationKindOfName('Embassy of Ukraine in France')).toBe('embassy');
    expect(organizationKindOfName('Міністерство економіки України')).toBe('ministry');
    expect(organizationKindOfName('Regional Bank of Lviv')).toBe('company');
  });

  it('adds minutes to a wall-clock time, not past the end of the day', () => {
    expect(addMinutes('09:45', 30)).toBe('10:15');
    expect(addMinutes('23:45', 30)).toBe('23:59');
  });
});
