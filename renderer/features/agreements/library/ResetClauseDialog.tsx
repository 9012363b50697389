import { useState } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../../data/workspace-context';
import { useErrorNotifier } from '../../../app/error-notifier';

/** Asks before a reworded seeded clause gets its shipped text back. */
export function ResetClauseDialog({ clauseId, name, onClose }: { clauseId: string; name: string; onClose: () => void }) {
  const { t } = useTranslation('clauseLibrary');
  const { clauseLibrary } = useWorkspace();
  const notifyError = useErrorNotifier();
  const [busy, setBusy] = useState(false);

  const reset = async () => {
    setBusy(true);
    try {
      await clauseLibrary.resetToDefault(clauseId);
      notifications.show({ color: 'green', message: t('resetDone', { name }) });
      onClose();
    } catch (error) {
      notifyError(error);
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('resetTitle')} centered>
      <Text mb="md">{t('resetBody', { name })}</Text>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          {t('dialog.cancel')}
        </Button>
        <Button color="orange" loading={busy} onClick={() => void reset()} data-autofocus>
          {t('resetConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
