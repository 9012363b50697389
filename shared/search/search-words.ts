import { foldForMatch } from '../text/fold';
import { wordKey as matchWordKey } from '../text/match-key';

/**
 * The two forms of a word the index keeps, each in its own field so ranking can tell them apart:
 * the folded word (case, Latin accents, ё and apostrophes folded: Delbé = delbe) for exact and
 * prefix hits, and its match key (Лисогор = Lysohor = LISOGOR = "lisokhor") for cross-script ones.
 */

/** Words as match-key.ts reads them: letters, marks, digits and in-word apostrophes. */
const WORD = /[\p{L}\p{M}\p{N}'’ʼ`]+/gu;

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** The words of a text with their positions, e.g. to highlight them. */
export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Both forms of a word, remembered: a name or a position recurs across thousands of records and
 * wordKey costs microseconds, so building the index for 100 000 records would otherwise spend
 * most of its time spelling the same words again. Cleared when large, to bound memory.
 */
const formCache = new Map<string, readonly [folded: string, key: string]>();
const FORM_CACHE_LIMIT = 200_000;

function formsOf(word: string): readonly [string, string] {
  let forms = formCache.get(word);
  if (!forms) {
    if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
    forms = [foldForMatch(word), matchWordKey(word)];
    formCache.set(word, forms);
  }
  return forms;
}

/** A word's folded form; '' for a word that folds to nothing (a lone apostrophe). */
export const foldWord = (word: string): string => formsOf(word)[0];

/** A word's match key (see match-key.ts). */
export const wordKey = (word: string): string => formsOf(word)[1];

export interface WordForms {
  folded: string[];
  keys: string[];
}

/** The distinct folded words and match keys of some texts, in first-seen order. */
export function wordForms(texts: readonly string[]): WordForms {
  const folded = new Set<string>();
  const keys = new Set<string>();
  for (const text of texts) {
    for (const word of splitWords(text)) {
      const [f, k] = formsOf(word);
      if (f) folded.add(f);
      if (k) keys.add(k);
    }
  }
  return { folded: [...folded], keys: [...keys] };
}
