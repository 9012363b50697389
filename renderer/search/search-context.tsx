import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useWorkspace } from '../data/workspace-context';
import { createSearchClient, type SearchClient } from './search-client';

const SearchClientContext = createContext<SearchClient | null>(null);

interface SearchProviderProps {
  children: ReactNode;
  /** A client to use instead of starting the worker (tests). */
  client?: SearchClient;
}

/**
 * Starts the search worker over the workspace's database (so it goes inside WorkspaceProvider)
 * and stops it on unmount. The client is made in an effect, not in render, so React's double
 * mounting in development never leaves a second worker running; it is handed out once its index
 * is built (or failed to build: its searches then say why), and until then useSearch is pending.
 */
export function SearchProvider({ children, client: given }: SearchProviderProps) {
  const { db } = useWorkspace();
  const [started, setStarted] = useState<SearchClient | null>(null);
  useEffect(() => {
    if (given) return;
    const client = createSearchClient(db.name);
    let mounted = true;
    const handOut = () => mounted && setStarted(client);
    client.ready.then(handOut, handOut);
    return () => {
      mounted = false;
      client.dispose();
      setStarted(null);
    };
  }, [db.name, given]);
  return <SearchClientContext.Provider value={given ?? started}>{children}</SearchClientContext.Provider>;
}

/** The search client, or null while it starts (and outside SearchProvider). */
export function useSearchClient(): SearchClient | null {
  return useContext(SearchClientContext);
}
