import { editDistanceWithin } from './edit-distance';
import type { MatchKind } from './search-document';
import type { QueryWord } from './query-plan';

/** The words of one field of a document, in both indexed forms (see search-words.ts). */
export interface FieldWords {
  folded: readonly string[];
  keys: readonly string[];
}

export interface WordMatch {
  kind: MatchKind;
  /**
   * How far the matched word is from the query word: letters it has beyond a prefix, or typos.
   * Breaks ties within a kind (Петр before Петренко for "Петр").
   */
  distance: number;
}

/**
 * How a query word meets a field's words, strongest way first: the same folded word, the start of
 * one, the start of a word's match key, then a word within the allowed typos. null if none.
 */
export function matchWord(query: QueryWord, words: FieldWords): WordMatch | null {
  let prefix: WordMatch | null = null;
  for (const word of words.folded) {
    if (word === query.folded) return { kind: 'exact', distance: 0 };
    if (word.startsWith(query.folded)) {
      const distance = word.length - query.folded.length;
      if (!prefix || distance < prefix.distance) prefix = { kind: 'prefix', distance };
    }
  }
  if (prefix) return prefix;

  let crossScript: WordMatch | null = null;
  if (query.key) {
    for (const key of words.keys) {
      const base = key.startsWith(query.key) ? query.key : query.keyBridge && key.startsWith(query.keyBridge) ? query.keyBridge : '';
      if (!base) continue;
      const distance = key.length - base.length;
      if (!crossScript || distance < crossScript.distance) crossScript = { kind: 'crossScript', distance };
    }
  }
  if (crossScript) return crossScript;

  if (query.maxTypos === 0) return null;
  let fuzzy: WordMatch | null = null;
  const consider = (candidate: string, target: string) => {
    const distance = editDistanceWithin(candidate, target, fuzzy ? fuzzy.distance - 1 : query.maxTypos);
    if (distance !== null) fuzzy = { kind: 'fuzzy', distance };
  };
  for (const word of words.folded) consider(word, query.folded);
  if (query.key) for (const key of words.keys) consider(key, query.key);
  return fuzzy;
}
