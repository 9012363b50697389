import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Blocker } from 'react-router';
import { useUiStore } from '../../app/ui-store';
import { formatDateTime } from '../../app/format';
import type { SaveStatus } from './use-record-form';

export function SaveStatusText({ status, savedAt }: { status: SaveStatus; savedAt: number | null }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const text: Record<SaveStatus, string> = {
    idle: '',
    pending: t('form.status.pending'),
    saving: t('form.status.saving'),
    saved: savedAt ? t('form.status.savedAt', { time: formatDateTime(savedAt, language) }) : t('form.status.saved'),
    invalid: t('form.status.invalid'),
    failed: t('form.status.failed'),
  };
  return (
    <Text size="sm" c={status === 'invalid' || status === 'failed' ? 'red' : 'dimmed'} role="status" aria-live="polite">
      {text[status]}
    </Text>
  );
}

/** Asked only when leaving would lose input that cannot be saved as it stands. */
export function UnsavedChangesDialog({ blocker, canSave, onDiscard }: { blocker: Blocker; canSave: boolean; onDiscard: () => void }) {
  const { t } = useTranslation();
  const opened = blocker.state === 'blocked' && !canSave;
  return (
    <Modal opened={opened} onClose={() => blocker.reset?.()} title={t('form.unsaved.title')} centered>
      <Text mb="md">{t('form.unsaved.body')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => blocker.reset?.()}>
          {t('form.unsaved.stay')}
        </Button>
        <Button
          color="red"
          onClick={() => {
            onDiscard();
            blocker.proceed?.();
          }}
        >
          {t('form.unsaved.discard')}
        </Button>
      </Group>
    </Modal>
  );
}
