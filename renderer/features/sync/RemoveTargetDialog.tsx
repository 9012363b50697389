import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { SyncTarget } from '#shared/sync/sync-target';
import { useErrorNotifier } from '../../app/error-notifier';
import { useSyncService } from '../../sync/sync-service-context';
import { useOutboxItems } from '../../data/outbox-queries';
import { WAITING_STATES } from '../../data/outbox-repository';

interface Props {
  target: SyncTarget;
  onClose: () => void;
}

/** Asks before a target goes, saying what happens to its unsent files and that what it received stays there. */
export function RemoveTargetDialog({ target, onClose }: Props) {
  const { t } = useTranslation('sync');
  const service = useSyncService();
  const notifyError = useErrorNotifier();
  const [removing, setRemoving] = useState(false);
  const items = useOutboxItems();
  const unsent = items?.filter((item) => item.targetId === target.id && (WAITING_STATES as readonly string[]).includes(item.state)).length ?? 0;

  const remove = async () => {
    setRemoving(true);
    try {
      // Stops the target's delivery first, so no item is mid-send when the target goes.
      await service.removeTarget(target.id);
      notifications.show({ color: 'green', message: t('targets.removed', { name: target.name }) });
      onClose();
    } catch (error) {
      notifyError(error);
      setRemoving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('targets.removeTitle')} centered>
      <Stack gap="xs" mb="md">
        <Text>{t('targets.removeBody', { name: target.name })}</Text>
        {unsent > 0 ? <Text size="sm">{t('targets.removeCancels', { count: unsent })}</Text> : null}
        <Text size="sm" c="dimmed">
          {t(target.kind === 'webdav' ? 'targets.removeKept' : 'targets.removeKeptFolder')}
        </Text>
      </Stack>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          {t('targets.cancel')}
        </Button>
        <Button color="red" loading={removing} onClick={() => void remove()}>
          {t('targets.removeConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
