import type { SearchDocument, SearchDocumentType } from './search-document';

/** What a provider may look up about other records while it builds a document. */
export interface SearchContext {
  /**
   * Every spelling of an organization's name (see organizationNameSpellings), so that a contact is
   * found by where they work and an organization by its parent; [] when unknown.
   */
  organizationNames(organizationId: string): readonly string[];
}

/** Turns one kind of record into the document the search index holds for it. */
export interface SearchDocumentProvider<TRecord> {
  type: SearchDocumentType;
  toDocument(record: TRecord, context: SearchContext): SearchDocument;
}

export const NO_CONTEXT: SearchContext = { organizationNames: () => [] };

/** Non-empty texts only, so documents stay small. */
export const present = (texts: readonly (string | null | undefined)[]): string[] =>
  texts.filter((text): text is string => typeof text === 'string' && text.trim() !== '');
