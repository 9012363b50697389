import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { AgreementVersion } from '#shared/domain/agreement';
import { useWorkspace } from '../../../data/workspace-context';
import { useErrorNotifier } from '../../../app/error-notifier';

interface Props {
  version: AgreementVersion;
  /** The version's name as the list shows it. */
  label: string;
  onClose: () => void;
}

/** Asks before a version's text becomes the draft, saying the current text is kept as a version. */
export function RestoreVersionDialog({ version, label, onClose }: Props) {
  const { t } = useTranslation('agreements');
  const { agreementVersions } = useWorkspace();
  const notifyError = useErrorNotifier();
  const [restoring, setRestoring] = useState(false);

  const restore = async () => {
    setRestoring(true);
    try {
      await agreementVersions.restore(version.id);
      notifications.show({ color: 'green', message: t('versions.restored') });
      onClose();
    } catch (error) {
      notifyError(error);
      setRestoring(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('versions.restoreTitle')} centered>
      <Stack gap="xs" mb="md">
        <Text>{t('versions.restoreBody', { name: label })}</Text>
        <Text size="sm" c="dimmed">
          {t('versions.restoreKeeps')}
        </Text>
      </Stack>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          {t('versions.cancel')}
        </Button>
        <Button onClick={() => void restore()} loading={restoring} data-autofocus>
          {t('versions.restoreConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
