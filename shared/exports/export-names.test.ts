import { describe, expect, it } from 'vitest';
import type { Organization } from '../domain/organization';
import { SAMPLE } from './export-test-records';
import { countryName, nameIn, organizationChain, personName } from './export-names';

const spelling = (uk: string, ru: string, en: string) => (lang: 'uk' | 'ru' | 'en') => ({ uk, ru, en })[lang];

describe('nameIn', () => {
  it('uses the spelling in the language when there is one', () => {
    expect(personName(SAMPLE.contact('lysohor'), 'ru')).toBe('Артем Лысогор');
    expect(personName(SAMPLE.contact('delbe'), 'uk')).toBe('Жюльєт Дельб');
  });

  it('English: a Latin original, else the Ukrainian romanized (KMU 2010), else the Russian (ICAO)', () => {
    expect(nameIn(spelling('Жюльєт Дельб', '', ''), 'Juliette Delbe', 'en')).toBe('Juliette Delbe');
    expect(nameIn(spelling('Юрій Щербина', 'Юрий Щербина', ''), 'Юрій Щербина', 'en')).toBe('Yurii Shcherbyna');
    expect(nameIn(spelling('', 'Юрий Щербина', ''), '', 'en')).toBe('Iurii Shcherbina');
    expect(nameIn(spelling('', '', ''), 'Γιώργος', 'en')).toBe('Γιώργος');
  });

  it('Ukrainian and Russian: the original, then the other Cyrillic spelling, then English', () => {
    expect(nameIn(spelling('', 'Игорь Терехов', 'Ihor Terekhov'), 'Ігор Терехов', 'ru')).toBe('Игорь Терехов');
    expect(nameIn(spelling('', 'Игорь Терехов', 'Ihor Terekhov'), 'Ігор Терехов', 'uk')).toBe('Ігор Терехов');
    expect(nameIn(spelling('', 'Игорь Терехов', 'Ihor Terekhov'), '', 'uk')).toBe('Игорь Терехов');
    expect(nameIn(spelling('', '', 'Gudrun Niedorf'), '', 'ru')).toBe('Gudrun Niedorf');
  });
});

describe('organizationChain', () => {
  it('lists the bodies above an organization, topmost first, and stops at a loop', () => {
    const civex = SAMPLE.organization('cor-civex');
    expect(organizationChain(civex, SAMPLE.organizations).map((o) => o.name.en)).toEqual(['European Committee of the Regions', civex.name.en]);
    const cor = SAMPLE.organization('cor');
    const looped = new Map<string, Organization>(SAMPLE.organizations).set(cor.id, { ...cor, parentId: civex.id });
    expect(organizationChain(civex, looped)).toHaveLength(2);
  });
});

describe('countryName', () => {
  it('names a country in the language, and keeps an unknown code', () => {
    expect(countryName('FR', 'uk')).toBe('Франція');
    expect(countryName('BE', 'en')).toBe('Belgium');
    expect(countryName('', 'en')).toBe('');
  });
});
