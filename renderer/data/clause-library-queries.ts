import { useLiveQuery } from 'dexie-react-hooks';
import type { LibraryClause } from '#shared/domain/agreement';
import type { LibraryEntry } from './clause-library-repository';
import { useWorkspace } from './workspace-context';

/** The clause library as agreements take clauses from it: seeded clauses (as edited), then the user's own. */
export function useClauseLibrary(): LibraryClause[] | undefined {
  const { clauseLibrary } = useWorkspace();
  return useLiveQuery(() => clauseLibrary.list(), [clauseLibrary]);
}

/** The library with each clause's origin (built in, edited, the user's own), for the library editor. */
export function useClauseLibraryEntries(): LibraryEntry[] | undefined {
  const { clauseLibrary } = useWorkspace();
  return useLiveQuery(() => clauseLibrary.entries(), [clauseLibrary]);
}
