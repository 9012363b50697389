import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useWorkspace } from '../data/workspace-context';
import { createSearchClient, type SearchClient } from './search-client';

interface SearchContextValue {
  client: SearchClient | null;
  /** Starts the worker now if it has not started yet (a search is wanted). */
  start: () => void;
}

const SearchClientContext = createContext<SearchContextValue>({ client: null, start: () => {} });

/**
 * The worker waits this long, then for an idle moment: the first screen's small read must not
 * queue behind the worker's read of every record (the page is "idle" while IndexedDB works).
 */
const START_AFTER_MS = 2000;
const START_WHEN_IDLE_WITHIN_MS = 3000;

interface SearchProviderProps {
  children: ReactNode;
  /** A client to use instead of starting the worker (tests). */
  client?: SearchClient;
}

/**
 * Starts the search worker over the workspace's database (so it goes inside WorkspaceProvider)
 * and stops it on unmount. Building the index reads every record, which on two cores would
 * delay the first rows of a 100 000-contact list, so the worker starts once the page is idle —
 * or at once when someone searches. The client is made in an effect, not in render, so React's
 * double mounting in development never leaves a second worker running; it is handed out once
 * its index is built (or failed to build: its searches then say why), and until then useSearch
 * is pending.
 */
export function SearchProvider({ children, client: given }: SearchProviderProps) {
  const { db } = useWorkspace();
  const [wanted, setWanted] = useState(false);
  const [started, setStarted] = useState<SearchClient | null>(null);
  const start = useCallback(() => setWanted(true), []);

  useEffect(() => {
    if (given || wanted) return;
    let idleHandle: number | undefined;
    const timer = window.setTimeout(() => {
      if (!window.requestIdleCallback) return setWanted(true);
      idleHandle = window.requestIdleCallback(() => setWanted(true), { timeout: START_WHEN_IDLE_WITHIN_MS });
    }, START_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      if (idleHandle !== undefined) window.cancelIdleCallback(idleHandle);
    };
  }, [given, wanted]);

  useEffect(() => {
    if (given || !wanted) return;
    const client = createSearchClient(db.name);
    let mounted = true;
    const handOut = () => mounted && setStarted(client);
    client.ready.then(handOut, handOut);
    return () => {
      mounted = false;
      client.dispose();
      setStarted(null);
    };
  }, [db.name, given, wanted]);

  return <SearchClientContext.Provider value={{ client: given ?? started, start }}>{children}</SearchClientContext.Provider>;
}

/** The search client, or null while it starts (and outside SearchProvider). */
export function useSearchClient(): SearchClient | null {
  return useContext(SearchClientContext).client;
}

/** Asks for the worker to start now: for a search box the user is about to type into. */
export function useStartSearch(): () => void {
  return useContext(SearchClientContext).start;
}
