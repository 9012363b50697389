import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncTarget } from '#shared/sync/sync-target';
import type { OutboxListItem } from './outbox-repository';
import { useWorkspace } from './workspace-context';

/** Every outbox item, newest first, without its bytes; undefined while loading. */
export function useOutboxItems(): OutboxListItem[] | undefined {
  const { outbox } = useWorkspace();
  return useLiveQuery(() => outbox.list(), [outbox]);
}

/** How many items wait for delivery (queued, sending, failed or in conflict): the header badge. */
export function useWaitingCount(): number | undefined {
  const { outbox } = useWorkspace();
  return useLiveQuery(() => outbox.waitingCount(), [outbox]);
}

/** The sync targets in the order they were added. */
export function useSyncTargets(): SyncTarget[] | undefined {
  const { syncTargets } = useWorkspace();
  return useLiveQuery(() => syncTargets.list(), [syncTargets]);
}

/** One target; null when there is none with that id (removed). */
export function useSyncTarget(id: string | undefined): SyncTarget | null | undefined {
  const { syncTargets } = useWorkspace();
  return useLiveQuery(async () => (id ? ((await syncTargets.get(id)) ?? null) : null), [syncTargets, id]);
}
