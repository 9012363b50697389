import { describe, expect, it } from 'vitest';
import { AGREEMENT_KINDS } from '../domain/agreement';
import { agreementKindNameIn, DOCUMENT_LANGUAGES, documentLabelsIn, languageNameIn } from './document-labels';

describe('document labels', () => {
  it('has every word and kind name in uk, ru, en, fr, pl and de', () => {
    expect(DOCUMENT_LANGUAGES).toEqual(expect.arrayContaining(['uk', 'ru', 'en', 'fr', 'pl', 'de']));
    for (const lang of DOCUMENT_LANGUAGES) {
      for (const [key, value] of Object.entries(documentLabelsIn(lang))) expect(value.trim(), `${lang}.${key}`).not.toBe('');
      for (const kind of AGREEMENT_KINDS) expect(agreementKindNameIn(kind, lang).trim(), `${lang}.${kind}`).not.toBe('');
    }
  });

  it('writes each column in its own language', () => {
    expect(documentLabelsIn('uk')).toMatchObject({ signature: 'Підпис', position: 'Посада', languageName: 'Українська' });
    expect(documentLabelsIn('fr')).toMatchObject({ forParty: 'Pour', position: 'Fonction', languageName: 'Français' });
    expect(documentLabelsIn('de').languageName).toBe('Deutsch');
    expect(agreementKindNameIn('twinningAgreement', 'fr')).toBe('Accord de jumelage');
    expect(agreementKindNameIn('memorandumOfCooperation', 'uk')).toBe('Меморандум про співпрацю');
  });

  it('falls back to English words for other languages, keeping their own language name', () => {
    const italian = documentLabelsIn('it');
    expect(italian).toMatchObject({ signature: 'Signature', date: 'Date', languageName: 'Italiano' });
    expect(agreementKindNameIn('letterOfIntent', 'it')).toBe('Letter of Intent');
  });
});

describe('languageNameIn', () => {
  it('names a language in another language, capitalized for a heading', () => {
    expect(languageNameIn('en', 'uk')).toBe('Англійська');
    expect(languageNameIn('uk', 'en')).toBe('Ukrainian');
    expect(languageNameIn('fr', 'ru')).toBe('Французский');
    expect(languageNameIn('pl', 'pl')).toBe('Polski');
  });

  it('gives the code back for a code Intl does not know', () => {
    expect(languageNameIn('qq', 'en')).toBe('Qq');
  });
});
