import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight';

const marked = (text: string, query: string) => highlightRanges(text, query).map(([start, end]) => text.slice(start, end));

describe('highlightRanges', () => {
  it('marks the typed start of a word, folding case and accents', () => {
    expect(highlightRanges('Артем Лисогор', 'лис')).toEqual([[6, 9]]);
    expect(marked('Juliette Delbé', 'delbe')).toEqual(['Delbé']);
    expect(marked('Juliette Delbé', 'DELB')).toEqual(['Delb']);
  });

  it('marks every word a query word matches', () => {
    expect(marked('Артем Лисогор', 'Лис Ар')).toEqual(['Ар', 'Лис']);
  });

  it('marks a word of another script through its match key', () => {
    expect(marked('Артем Лисогор', 'Lysohor')).toEqual(['Лисогор']);
    expect(marked('Артем Лисогор', 'Lys')).toEqual(['Лис']);
    expect(marked('Харківська міська рада', 'Харьков')).toEqual(['Харків']);
  });

  it('marks a word typed in the wrong layout, and a word with a typo', () => {
    expect(marked('Артем Лисогор', 'kbcjujh')).toEqual(['Лисогор']);
    expect(marked('Ігор Терехов', 'Тереховв')).toEqual(['Терехов']);
  });

  it('marks nothing when nothing matches', () => {
    expect(highlightRanges('Артем Лисогор', 'Шевченко')).toEqual([]);
    expect(highlightRanges('Артем Лисогор', '')).toEqual([]);
  });

  it('takes a retyped reading only when all of its words are found', () => {
    // "кібербезпека" on the US layout reads "rs,th,tpgtrf": its "th" must not mark the T of "Talks".
    expect(highlightRanges('Talks with Hauts-de-France: cybersecurity', 'кібербезпека')).toEqual([]);
    expect(marked('Ігор Терехов', 'bujh')).toEqual(['Ігор']);
  });
});
