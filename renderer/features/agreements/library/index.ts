export { useClauseLibrary, useClauseLibraryEntries } from '../../../data/clause-library-queries';
export type { LibraryEntry, LibraryOrigin } from '../../../data/clause-library-repository';
export { ClauseLibraryPage } from './ClauseLibraryPage';
export { ClauseLibrarySettings } from './ClauseLibrarySettings';
