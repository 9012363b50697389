import { swapKeyboardLayout } from '../text/keyboard-layout';
import { planWords, type QueryWord } from './query-plan';
import { foldWord, wordKey, wordSpans } from './search-words';
import { matchWord } from './word-match';

export type HighlightRange = readonly [start: number, end: number];

/**
 * The end of the shortest start of `word` whose form (folded or match key) reaches `wanted`:
 * the part of the displayed word a prefix query covers ("Тер" in "Терехов", "Lys" of "Лисогор"
 * for "Lys" → the whole key-matched start). The whole word when no start does.
 */
function coveredEnd(word: string, matches: (start: string) => boolean): number {
  for (let end = 1; end < word.length; end++) {
    if (matches(word.slice(0, end))) return end;
  }
  return word.length;
}

function rangeFor(word: string, query: QueryWord): [number, number] | null {
  const match = matchWord(query, { folded: [foldWord(word)], keys: [wordKey(word)] });
  if (!match) return null;
  switch (match.kind) {
    case 'exact':
    case 'fuzzy':
      return [0, word.length];
    case 'prefix':
      return [0, coveredEnd(word, (start) => foldWord(start).length >= query.folded.length)];
    case 'crossScript': {
      const base = wordKey(word).startsWith(query.key) ? query.key : query.keyBridge;
      return [0, coveredEnd(word, (start) => wordKey(start).startsWith(base))];
    }
  }
}

function rangesForWords(text: string, words: readonly QueryWord[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const span of wordSpans(text)) {
    let end = 0;
    for (const query of words) {
      const range = rangeFor(span.word, query);
      if (range && range[1] > end) end = range[1];
    }
    if (end > 0) ranges.push([span.start, span.start + end]);
  }
  return ranges;
}

/**
 * Where `query` matches `text` (a displayed name), as sorted, non-overlapping [start, end) ranges:
 * words a query word starts (after folding case and accents), words whose match key starts with a
 * query word's key (Лисогор for "Lysohor"), and words within the query's typo allowance. If the
 * query as typed marks nothing, its other-layout readings are tried ("kbcjujh" marks Лисогор).
 */
export function highlightRanges(text: string, query: string): HighlightRange[] {
  const asTyped = rangesForWords(text, planWords(query));
  if (asTyped.length > 0) return asTyped;
  for (const alternative of swapKeyboardLayout(query)) {
    const words = planWords(alternative).map((word) => ({ ...word, maxTypos: 0 }));
    // A reading is taken only if every word of it is found: "кібербезпека" retyped is
    // "rs,th,tpgtrf", whose "th" alone would mark the T of any Latin word.
    if (!words.every((word) => rangesForWords(text, [word]).length > 0)) continue;
    return rangesForWords(text, words);
  }
  return [];
}
