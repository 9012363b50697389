import { describe, expect, it } from 'vitest';
import { planWords } from './query-plan';
import { wordForms } from './search-words';
import { matchWord } from './word-match';

const match = (query: string, ...texts: string[]) => matchWord(planWords(query)[0]!, wordForms(texts));

describe('matchWord', () => {
  it('tells exact, prefix, cross-script and fuzzy apart', () => {
    expect(match('Лисогор', 'Лисогор')).toEqual({ kind: 'exact', distance: 0 });
    expect(match('Лисо', 'Лисогор')).toEqual({ kind: 'prefix', distance: 3 });
    expect(match('LISOGOR', 'Лисогор')).toMatchObject({ kind: 'crossScript' });
    expect(match('Лисогар', 'Лисогор')).toEqual({ kind: 'fuzzy', distance: 1 });
    expect(match('Ковальчук', 'Лисогор')).toBeNull();
  });

  it('prefers the closest prefix', () => {
    expect(match('Петр', 'Петренко', 'Петро')).toEqual({ kind: 'prefix', distance: 1 });
  });

  it('folds case, Latin accents and ё', () => {
    expect(match('delbe', 'Delbé')).toMatchObject({ kind: 'exact' });
    expect(match('Семен', 'Семён')).toMatchObject({ kind: 'exact' });
  });
});
