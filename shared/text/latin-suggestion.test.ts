import { describe, expect, it } from 'vitest';
import { latinSuggestionForUk } from './latin-suggestion';

describe('latinSuggestionForUk', () => {
  it('romanizes a Ukrainian name', () => {
    expect(latinSuggestionForUk(' Лисогор ')).toBe('Lysohor');
    expect(latinSuggestionForUk('Харківська міська рада')).toBe('Kharkivska miska rada');
  });

  it('offers nothing for text it cannot romanize wholly', () => {
    expect(latinSuggestionForUk('Лысогор')).toBe('');
    expect(latinSuggestionForUk('')).toBe('');
  });
});
