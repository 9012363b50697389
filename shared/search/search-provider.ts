import type { SearchDocument, SearchDocumentType } from './search-document';

/** What a provider may look up about other records while it builds a document. */
export interface SearchContext {
  /**
   * Every spelling of an organization's name (see organizationNameSpellings), so that a contact is
   * found by where they work and an organization by its parent; [] when unknown.
   */
  organizationNames(organizationId: string): readonly string[];
}

/**
 * What meetings, events and agreements also carry: the names of the people, events and topics
 * they point at, so "Делб" finds the meeting with Juliette Delbe and "кібербезпека" the one on
 * cybersecurity.
 * Each answers [] for a record that is unknown or in the Trash.
 */
export interface RecordSearchContext extends SearchContext {
  /** Every spelling of a person's name (see contactNameSpellings). */
  personNames(contactId: string): readonly string[];
  /** An event's name in every language, for the meetings held at it. */
  eventNames(eventId: string): readonly string[];
  /** A topic's label in every language of the vocabulary, as the user last relabelled it. */
  topicLabels(topicId: string): readonly string[];
}

/** Turns one kind of record into the document the search index holds for it. */
export interface SearchDocumentProvider<TRecord, TContext extends SearchContext = SearchContext> {
  type: SearchDocumentType;
  toDocument(record: TRecord, context: TContext): SearchDocument;
}

export const NO_CONTEXT: RecordSearchContext = {
  organizationNames: () => [],
  personNames: () => [],
  eventNames: () => [],
  topicLabels: () => [],
};

/** Non-empty texts only, so documents stay small. */
export const present = (texts: readonly (string | null | undefined)[]): string[] =>
  texts.filter((text): text is string => typeof text === 'string' && text.trim() !== '');

/** The texts a lookup gives for each id, in order, once each. */
export function lookUpAll(ids: readonly string[], lookUp: (id: string) => readonly string[]): string[] {
  return [...new Set(ids.flatMap((id) => lookUp(id)))];
}
