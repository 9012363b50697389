import { describe, expect, it } from 'vitest';
import { countryCodeOf, foldName, languageCodesOf } from './column-mapping-values';

describe('countryCodeOf', () => {
  it('reads ISO codes and names in English, Ukrainian, Russian and the conference languages', () => {
    const cases: [string, string][] = [
      ['UA', 'UA'], ['ua', 'UA'], ['UKR', 'UA'], ['Ukraine', 'UA'], ['Україна', 'UA'], ['Украина', 'UA'],
      ['France', 'FR'], ['Франція', 'FR'], ['Франция', 'FR'], ['Polska', 'PL'], ['Deutschland', 'DE'], ['Німеччина', 'DE'],
      ['Belgium', 'BE'], ['Бельгія', 'BE'], ['United Kingdom', 'GB'], ['UK', 'GB'], ['U.S.A.', 'US'], ['США', 'US'],
      ['Czech Republic', 'CZ'], ['Moldova', 'MD'], ['  the Netherlands ', 'NL'], ["Кот-д'Івуар", 'CI'],
    ];
    for (const [text, code] of cases) expect([text, countryCodeOf(text)]).toEqual([text, code]);
  });

  it('gives nothing for what names no country', () => {
    expect(countryCodeOf('')).toBe('');
    expect(countryCodeOf('XX')).toBe('');
    expect(countryCodeOf('Lille')).toBe('');
  });
});

describe('languageCodesOf', () => {
  it('reads codes and names of languages in a list', () => {
    expect(languageCodesOf('uk, en')).toEqual(['uk', 'en']);
    expect(languageCodesOf('French; English')).toEqual(['fr', 'en']);
    expect(languageCodesOf('Українська мова, англійська, українська')).toEqual(['uk', 'en']);
    expect(languageCodesOf('немецкий / английский')).toEqual(['de', 'en']);
    expect(languageCodesOf('Klingon')).toEqual([]);
  });
});

describe('foldName', () => {
  it('folds case, Latin accents and apostrophes but keeps Cyrillic letters', () => {
    expect(foldName("Ім'я")).toBe('імя');
    expect(foldName('Ім’я')).toBe('імя');
    expect(foldName('Prénom')).toBe('prenom');
    expect(foldName('Країна / Йорданія')).toBe('країна йорданія');
    expect(foldName('E-mail 1 - Value')).toBe('e mail 1 value');
  });
});
