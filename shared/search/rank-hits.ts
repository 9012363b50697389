import { MATCH_KINDS, SEARCH_FIELDS, type MatchKind, type SearchField, type SearchHit } from './search-document';

/**
 * The order of results: first by how the query met the document (exact > prefix > cross-script >
 * fuzzy), then by where (names > positions > organization > places > notes), then as typed before
 * retyped in the other layout; closeness breaks the remaining ties. A multi-word query ranks by its
 * weakest word: "Лисогор посол" found by name and position ranks as a position hit.
 */

const KIND_STEP = 1000;
const FIELD_STEP = 100;
const WRONG_LAYOUT_PENALTY = 50;
const CLOSENESS_RANGE = 20;
/**
 * Within a tier, a document whose name also answers every word comes first: "Харьков" matches
 * Terekhov's city and the Kharkiv council's city alike, but only the council by its name.
 */
export const NAME_BONUS = 25;
/** Closeness and the name bonus together add less than this, so they never cross a tier. */
export const TIE_RANGE = CLOSENESS_RANGE + NAME_BONUS + 1;

/** The score of a tier; every hit in it scores in [tierScore, tierScore + TIE_RANGE). */
export function tierScore(kind: MatchKind, field: SearchField, wrongLayout: boolean): number {
  const kindRank = MATCH_KINDS.length - MATCH_KINDS.indexOf(kind);
  const fieldRank = SEARCH_FIELDS.length - SEARCH_FIELDS.indexOf(field);
  return kindRank * KIND_STEP + fieldRank * FIELD_STEP - (wrongLayout ? WRONG_LAYOUT_PENALTY : 0);
}

/** Closeness of the matched words (sum of extra letters or typos over the query's words) as a score. */
export function tieBreak(totalDistance: number, everyWordInName = false): number {
  return CLOSENESS_RANGE / (1 + totalDistance) + (everyWordInName ? NAME_BONUS : 0);
}

/** Best first; equal scores in a stable order, so results do not jump between keystrokes. */
export function compareHits(a: SearchHit, b: SearchHit): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.type !== b.type) return a.type < b.type ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Merges the hits of the query's variants (as typed, other layouts): one per document, its best,
 * ranked, at most `limit`.
 */
export function rankHits(hits: Iterable<SearchHit>, limit: number): SearchHit[] {
  const best = new Map<string, SearchHit>();
  for (const hit of hits) {
    const key = `${hit.type}:${hit.id}`;
    const known = best.get(key);
    if (!known || hit.score > known.score) best.set(key, hit);
  }
  return [...best.values()].sort(compareHits).slice(0, limit);
}
