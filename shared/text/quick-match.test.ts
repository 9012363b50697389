import { describe, expect, it } from 'vitest';
import { quickMatcher, quickMatchText } from './quick-match';

const lysohor = quickMatchText(['Артем', 'Лисогор', 'Artem', 'Lysohor', 'Голова Луганської ОВА']);
const matches = (query: string, prepared = lysohor) => quickMatcher(query)?.(prepared) ?? true;

describe('quick filter matching', () => {
  it('finds a name written in another script', () => {
    for (const query of ['Лысогор', 'lysogor', 'LISOGOR', 'лисо', 'Артём Лысогор']) expect(matches(query), query).toBe(true);
  });

  it('matches substrings regardless of case and accents', () => {
    const delbe = quickMatchText(['Juliette Delbé', 'Région Hauts-de-France']);
    expect(matches('delbe', delbe)).toBe(true);
    expect(matches('DE-FRANCE', delbe)).toBe(true);
  });

  it('does not match other names', () => {
    expect(matches('Терехов')).toBe(false);
    expect(matches('Лисогор Терехов')).toBe(false);
  });

  it('has no filter for an empty query', () => {
    expect(quickMatcher('   ')).toBeNull();
  });
});
