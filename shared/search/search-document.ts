/**
 * What the global search indexes and returns. A record type takes part through a provider
 * (contact-, organization-, meeting-, event-, agreement-search-provider.ts) that turns a record
 * into a SearchDocument.
 */

export type SearchDocumentType = 'contact' | 'organization' | 'meeting' | 'event' | 'agreement';

/**
 * The parts of a document, strongest first: a hit in an earlier field ranks above the same kind of
 * hit in a later one (a name above a position above a note).
 *
 * - names: what the record is called (a person's or organization's name, a meeting's title, an
 *   event's name, an agreement's title);
 * - people: the people a meeting, an event or an agreement names (participants, delegation,
 *   signatories), below the record's own name so "Лисогор" lists the person before the meetings
 *   he attended;
 * - positions: a person's post (a signatory's, as the agreement words it);
 * - organization: the organizations a record belongs to or met;
 * - topics: a meeting's topics, in every language of the vocabulary;
 * - places: cities, venues, countries, the event a meeting is part of, where an agreement is signed;
 * - notes: free text (notes, agenda, outcomes, tags, an agreement's clauses).
 */
export const SEARCH_FIELDS = ['names', 'people', 'positions', 'organization', 'topics', 'places', 'notes'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Raw texts per field, in any script; the index derives folded words and match keys from them. */
export type SearchDocumentFields = Partial<Record<SearchField, readonly string[]>>;

export interface SearchDocument {
  type: SearchDocumentType;
  id: string;
  fields: SearchDocumentFields;
}

/**
 * How a query word met a document word, strongest first: the same word (after folding case and
 * accents), the start of one, the same name in another script (match keys), or a word one or two
 * typos away.
 */
export const MATCH_KINDS = ['exact', 'prefix', 'crossScript', 'fuzzy'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface SearchHit {
  type: SearchDocumentType;
  id: string;
  /** Higher is better; only the order means anything. */
  score: number;
  /** The weakest match among the query's words: what limited this hit's rank. */
  match: MatchKind;
  /** The field of that weakest match. */
  field: SearchField;
  /** Found through the query retyped in the other keyboard layout ("kbcjujh" → "лисогор"). */
  wrongLayout: boolean;
}

export interface SearchOptions {
  /** Most hits to return (all types together). */
  limit?: number;
  /** Only these types; all when absent. */
  types?: readonly SearchDocumentType[];
}

/** The key a document has in the index: types share one index, so ids alone could collide. */
export const documentKey = (type: SearchDocumentType, id: string): string => `${type}:${id}`;
