import { describe, expect, it } from 'vitest';
import { detectUiLanguage, pickLocalized } from './lang';

describe('detectUiLanguage', () => {
  it('follows the first supported system language', () => {
    expect(detectUiLanguage(['en-US', 'uk'])).toBe('en');
    expect(detectUiLanguage(['de-DE', 'ru-RU'])).toBe('ru');
    expect(detectUiLanguage(['uk_UA'])).toBe('uk');
  });

  it('falls back to Ukrainian', () => {
    expect(detectUiLanguage(['de-DE', 'fr'])).toBe('uk');
    expect(detectUiLanguage([])).toBe('uk');
  });
});

describe('pickLocalized', () => {
  it('takes the wanted language, then the fallback order, then the original', () => {
    expect(pickLocalized({ uk: 'Харків', ru: 'Харьков', en: 'Kharkiv' }, 'ru')).toBe('Харьков');
    expect(pickLocalized({ uk: 'Харків', ru: 'Харьков', en: '' }, 'en')).toBe('Харків');
    expect(pickLocalized({ uk: '', ru: 'Харьков', en: '' }, 'uk', 'Kharkiv')).toBe('Kharkiv');
    expect(pickLocalized({ uk: '', ru: '', en: '' }, 'uk', '')).toBe('');
  });
});
