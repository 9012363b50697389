import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AgreementStatus, AgreementVersion } from '#shared/domain/agreement';
import { restoresInPlace } from '../../../data/agreement-version-repository';
import { useWorkspace } from '../../../data/workspace-context';
import { useErrorNotifier } from '../../../app/error-notifier';

interface Props {
  version: AgreementVersion;
  /** The agreement's status now: a signed one is not turned back, the version becomes a new draft. */
  status: AgreementStatus;
  /** The version's name as the list shows it. */
  label: string;
  onClose: () => void;
}

/** Asks before a version's text becomes the draft, saying the current text is kept as a version. */
export function RestoreVersionDialog({ version, status, label, onClose }: Props) {
  const { t } = useTranslation('agreements');
  const { agreementVersions } = useWorkspace();
  const notifyError = useErrorNotifier();
  const [restoring, setRestoring] = useState(false);
  const navigate = useNavigate();
  const inPlace = restoresInPlace(status);

  const restore = async () => {
    setRestoring(true);
    try {
      const restored = await agreementVersions.restore(version.id);
      const asNew = restored.id !== version.agreementId;
      notifications.show({ color: 'green', message: t(asNew ? 'versions.restoredAsNew' : 'versions.restored') });
      onClose();
      if (asNew) void navigate(`/agreements/${restored.id}`);
    } catch (error) {
      notifyError(error);
      setRestoring(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('versions.restoreTitle')} centered>
      <Stack gap="xs" mb="md">
        <Text>{t(inPlace ? 'versions.restoreBody' : 'versions.restoreAsNewBody', { name: label })}</Text>
        <Text size="sm" c="dimmed">
          {t(inPlace ? 'versions.restoreKeeps' : 'versions.restoreAsNewKeeps')}
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
