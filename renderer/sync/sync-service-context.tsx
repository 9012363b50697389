import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useWorkspace } from '../data/workspace-context';
import { usePlatform } from '../platform/platform-context';
import { createSyncService, type SyncService } from './sync-service';

const SyncServiceContext = createContext<SyncService | null>(null);

/**
 * Runs the outbox's delivery for as long as the app is mounted: started on mount (configuring
 * every stored target with the shell), stopped on unmount (an item mid-send goes back to the queue).
 */
export function SyncServiceProvider({ children }: { children: ReactNode }) {
  const { outbox, syncTargets } = useWorkspace();
  const { sync } = usePlatform();
  const service = useMemo(() => createSyncService({ outbox, syncTargets, sync }), [outbox, syncTargets, sync]);

  useEffect(() => {
    void service.start();
    return () => {
      void service.stop();
    };
  }, [service]);

  return <SyncServiceContext.Provider value={service}>{children}</SyncServiceContext.Provider>;
}

/** The delivery service: kick, testConnection, enqueue, retry, cancel, sendUnderNewName, removeTarget. */
export function useSyncService(): SyncService {
  const service = useContext(SyncServiceContext);
  if (!service) throw new Error('useSyncService outside SyncServiceProvider');
  return service;
}
