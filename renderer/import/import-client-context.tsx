import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useWorkspace } from '../data/workspace-context';
import { createImportClient } from './import-client';
import type { ImportClient } from './import-protocol';

const ImportClientContext = createContext<ImportClient | null>(null);

interface ImportClientProviderProps {
  children: ReactNode;
  /** A client to use instead of one over the workspace's database (tests). */
  client?: ImportClient;
}

/**
 * The import client over the workspace's database (so it goes inside WorkspaceProvider). Making
 * one costs nothing, since its worker starts on the first file opened; unmounting stops the
 * worker, and a disposed client starts a new one if used again, so React's double mounting in
 * development leaves no worker behind and no dead client either.
 */
export function ImportClientProvider({ children, client: given }: ImportClientProviderProps) {
  const { db } = useWorkspace();
  const [made] = useState(() => (given ? null : createImportClient(db.name)));
  const client = given ?? made;
  useEffect(() => () => made?.dispose(), [made]);
  return <ImportClientContext.Provider value={client}>{children}</ImportClientContext.Provider>;
}

export function useImportClient(): ImportClient {
  const client = useContext(ImportClientContext);
  if (!client) throw new Error('useImportClient outside ImportClientProvider');
  return client;
}
