import { describe, expect, it } from 'vitest';
import { languageOfName } from './name-language';

describe('languageOfName', () => {
  it('tells Ukrainian, Russian and Latin spellings apart', () => {
    expect(languageOfName('Лисогор')).toBe('uk');
    expect(languageOfName('Лысогор')).toBe('ru');
    expect(languageOfName('Артём')).toBe('ru');
    expect(languageOfName('Артем')).toBe('uk');
    expect(languageOfName('Lysohor')).toBe('en');
    expect(languageOfName('Délbe')).toBe('en');
  });
});
