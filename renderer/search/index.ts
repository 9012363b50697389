/** The global search: what the rest of the renderer uses. */
export { SearchProvider, useSearchClient, useStartSearch } from './search-context';
export { useSearch, type SearchState, type UseSearchOptions } from './use-search';
export { createSearchClient, isSuperseded, SearchSupersededError, type ClientSearchOptions, type SearchClient, type SearchReady } from './search-client';
export type { MatchKind, SearchDocumentType, SearchField, SearchHit } from '#shared/search/search-document';
export { highlightRanges, type HighlightRange } from '#shared/search/highlight';
export { createQuickFilter, quickFilterText } from '#shared/search/quick-filter';
