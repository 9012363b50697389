import { swapKeyboardLayout } from '../text/keyboard-layout';
import { foldWord, splitWords, wordKey } from './search-words';

/**
 * How a query is tried: the words as typed (folded and as match keys), then, marked, the same
 * query retyped in the other keyboard layouts ("kbcjujh" → "лисогор").
 */

export interface QueryWord {
  /** As typed, for highlighting. */
  text: string;
  folded: string;
  key: string;
  /**
   * The key without its last letter, for the word still being typed: a key is a prefix of its
   * word's key but for one keystroke in some places ("Terekho" → tierekho, Терехов → tieriekhiv;
   * see match-key.ts on prefixes). '' when not used.
   */
  keyBridge: string;
  /** Edit distance allowed for a typo: none under 4 letters, 1 up to 7, 2 from 8. */
  maxTypos: number;
}

export interface QueryVariant {
  words: QueryWord[];
  wrongLayout: boolean;
}

/** Shortest typed word that may carry a typo; shorter ones would match too much. */
export const MIN_FUZZY_LETTERS = 4;
const TWO_TYPOS_FROM = 8;
/**
 * Bridging a short key would match nearly everything: "Київ" (kiv) bridged to "ki" finds every
 * керівник. The prefix gaps it exists for fall in longer words (Terekho, Yanukov).
 */
const MIN_BRIDGED_LETTERS = 3;
const MIN_BRIDGED_KEY = 5;

export function typosAllowed(folded: string): number {
  const letters = [...folded].length;
  if (letters < MIN_FUZZY_LETTERS) return 0;
  return letters < TWO_TYPOS_FROM ? 1 : 2;
}

export function planWords(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  const raw = splitWords(query);
  raw.forEach((text, index) => {
    const folded = foldWord(text);
    if (!folded) return;
    const key = wordKey(text);
    const last = index === raw.length - 1;
    const keyBridge = last && [...folded].length >= MIN_BRIDGED_LETTERS && key.length >= MIN_BRIDGED_KEY ? key.slice(0, -1) : '';
    words.push({ text, folded, key, keyBridge, maxTypos: typosAllowed(folded) });
  });
  return words;
}

/** The query as typed first, then each other-layout reading that still has words. */
export function planQuery(query: string): QueryVariant[] {
  const asTyped = planWords(query);
  if (asTyped.length === 0) return [];
  const variants: QueryVariant[] = [{ words: asTyped, wrongLayout: false }];
  const seen = new Set([asTyped.map((word) => word.folded).join(' ')]);
  for (const alternative of swapKeyboardLayout(query)) {
    const words = planWords(alternative);
    const signature = words.map((word) => word.folded).join(' ');
    if (words.length === 0 || seen.has(signature)) continue;
    seen.add(signature);
    // A typo allowance on a retyped query would match almost anything: the retyping is the guess.
    variants.push({ words: words.map((word) => ({ ...word, maxTypos: 0 })), wrongLayout: true });
  }
  return variants;
}
