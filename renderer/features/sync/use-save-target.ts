import { useCallback } from 'react';
import type { TargetStatus } from '#shared/ipc/contract';
import { connectionOf, type SyncTarget } from '#shared/sync/sync-target';
import type { SyncTargetInput } from '../../data/sync-target-repository';
import { useWorkspace } from '../../data/workspace-context';
import { usePlatform } from '../../platform/platform-context';
import { useSyncService } from '../../sync/sync-service-context';
import { targetFieldsOf, typedPassword, type TargetFormValues } from './target-form';

export interface SavedTarget {
  target: SyncTarget;
  status: TargetStatus;
}

const connectionFor = (id: string, fields: SyncTargetInput, password: string | undefined) =>
  connectionOf({ ...fields, id, createdAt: 0, updatedAt: 0, lastCheck: null }, password);

/**
 * Saves the dialog's target: the record (never a password) through the repository, and what
 * the shell needs to reach it, the password included when one was typed; then wakes delivery.
 * An edited target reaches the shell before the record changes: saving it queues again what
 * waited for the user, and those items must meet the new password, not the old one.
 */
export function useSaveTarget(): (existing: SyncTarget | null, values: TargetFormValues) => Promise<SavedTarget> {
  const { syncTargets } = useWorkspace();
  const platform = usePlatform();
  const service = useSyncService();
  return useCallback(
    async (existing, values) => {
      const fields = targetFieldsOf(values);
      const password = typedPassword(values);
      let target: SyncTarget;
      let status: TargetStatus;
      if (existing) {
        status = await platform.sync.configureTarget(connectionFor(existing.id, fields, password));
        const { kind: _kind, ...patch } = fields;
        target = await syncTargets.update(existing.id, patch);
      } else {
        target = await syncTargets.create(fields);
        status = await platform.sync.configureTarget(connectionOf(target, password));
      }
      service.kick(target.id);
      return { target, status };
    },
    [syncTargets, platform, service],
  );
}
