import { useCallback, useState } from 'react';
import type { OutboxListItem } from '../../data/outbox-repository';
import { useErrorNotifier } from '../../app/error-notifier';
import { useSyncService } from '../../sync/sync-service-context';
import type { OutboxRowAction } from './outbox-actions';

/** Runs a row's action; one that queues the item again wakes the target's delivery. */
export function useOutboxActions(): { busyId: string | null; run: (item: OutboxListItem, action: OutboxRowAction) => Promise<void> } {
  const service = useSyncService();
  const notifyError = useErrorNotifier();
  const [busyId, setBusyId] = useState<string | null>(null);

  const run = useCallback(
    async (item: OutboxListItem, action: OutboxRowAction) => {
      setBusyId(item.id);
      try {
        // Through the service, which wakes the target's delivery for an item queued again.
        await (action === 'cancel' ? service.cancel(item.id) : action === 'retry' ? service.retry(item.id) : service.sendUnderNewName(item.id));
      } catch (error) {
        notifyError(error);
      } finally {
        setBusyId(null);
      }
    },
    [service, notifyError],
  );

  return { busyId, run };
}
