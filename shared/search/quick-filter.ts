import { foldForMatch } from '../text/fold';
import { planQuery, type QueryVariant } from './query-plan';
import { wordForms } from './search-words';

/**
 * The lists' quick filter, with the global search's matching but no index: a row matches when
 * every query word occurs in its folded text (anywhere, so e-mail and phone fragments still find
 * their row) or starts one of its words' match keys (Лисогор for "Lysohor"); the query retyped in
 * the other keyboard layout is tried too. Typo tolerance needs the index and is left to the global
 * search. It is also the benchmarks' naive baseline: a scan over precomputed keys.
 */

/** Between the folded text and the match keys; no folded text contains it. */
const SEPARATOR = '\u0001';

/** What a row is matched on, computed once per row (e.g. cached beside it). */
export function quickFilterText(texts: readonly string[]): string {
  const present = texts.filter((text) => text !== '');
  return `${foldForMatch(present.join(' '))}${SEPARATOR} ${wordForms(present).keys.join(' ')}`;
}

function variantMatches(text: string, variant: QueryVariant): boolean {
  const separator = text.indexOf(SEPARATOR);
  return variant.words.every((word) => {
    const at = text.indexOf(word.folded);
    if (at >= 0 && at < separator) return true;
    if (word.key && text.includes(` ${word.key}`, separator)) return true;
    return word.keyBridge !== '' && text.includes(` ${word.keyBridge}`, separator);
  });
}

/** A predicate over quickFilterText values, or null for an empty query (everything matches). */
export function createQuickFilter(query: string): ((text: string) => boolean) | null {
  const variants = planQuery(query);
  if (variants.length === 0) return null;
  return (text) => variants.some((variant) => variantMatches(text, variant));
}
