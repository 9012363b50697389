import { describe, expect, it } from 'vitest';
import { isKnownLanguageCode, unknownLanguageCode } from './language-codes';

describe('language codes', () => {
  it('knows ISO 639-1 codes beyond the usual ones and nothing else', () => {
    expect(['uk', 'en', 'fr', 'it', 'ka', 'lt'].every(isKnownLanguageCode)).toBe(true);
    expect(['xx', 'eng', 'EN', '', 'u'].some(isKnownLanguageCode)).toBe(false);
  });

  it('names the first code that is not a language', () => {
    expect(unknownLanguageCode(['uk', 'fr', 'qq'])).toBe('qq');
    expect(unknownLanguageCode(['uk', 'pl'])).toBeNull();
  });
});
