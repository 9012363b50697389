import { useCallback } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../data/workspace-context';
import { usePlatform } from '../../platform/platform-context';
import { useSyncService } from '../../sync/sync-service-context';
import { ownBuffer, type ExportFile } from './export-file';

/** Where an export goes: a file the user saves (a download in the browser), or a sync target through the outbox. */
export type Destination = { kind: 'file' } | { kind: 'outbox'; targetId: string };

export type DeliveryResult = 'saved' | 'cancelled' | 'queued';

/** The hash route of the Outbox page; notifications sit outside the router, so they link by href. */
export const OUTBOX_HREF = '#/outbox';

/**
 * Saves an export or puts it in the outbox (and nudges delivery of that target), then tells the
 * user what happened: the file's name, and for the outbox, the target and a link to the Outbox.
 */
export function useExportDelivery(): (file: ExportFile, destination: Destination) => Promise<DeliveryResult> {
  const { t } = useTranslation('exports');
  const platform = usePlatform();
  const { outbox, syncTargets } = useWorkspace();
  const sync = useSyncService();

  return useCallback(
    async (file, destination) => {
      if (destination.kind === 'file') {
        const result = await platform.saveFile({ name: file.name, mimeType: file.mimeType, bytes: ownBuffer(file.bytes) });
        if (result === 'saved') notifications.show({ color: 'green', message: t('delivery.saved', { name: file.name }) });
        return result;
      }
      const { targetId } = destination;
      await outbox.enqueue({ targetId, fileName: file.name, mimeType: file.mimeType, bytes: file.bytes });
      // Behind whatever waits for a backoff: files go out in the order they were queued.
      sync.kick(targetId, { wake: false });
      const target = await syncTargets.get(targetId);
      notifications.show({
        color: 'blue',
        autoClose: 8000,
        message: (
          <Stack gap={4}>
            <Text size="sm">{t('delivery.queued', { name: file.name, target: target?.name ?? '' })}</Text>
            <Anchor href={OUTBOX_HREF} size="sm">
              {t('delivery.openOutbox')}
            </Anchor>
          </Stack>
        ),
      });
      return 'queued';
    },
    [outbox, platform, sync, syncTargets, t],
  );
}
