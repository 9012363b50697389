import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { contactDisplayName } from '#shared/domain/display-name';
import type { ImportBatch } from '#shared/import/import-plan';
import { useErrorNotifier } from '../../app/error-notifier';
import { useUiStore } from '../../app/ui-store';
import { formatDateTime } from '../../app/format';
import { useWorkspace } from '../../data/workspace-context';
import { addedList, batchAdded } from './import-summary';
import { joinList } from './preview-text';

/** Names listed in the dialog; beyond that the count says how many. */
const NAMED = 10;

/** Asks before an import is undone, saying exactly what goes and what comes back. */
export function UndoImportDialog({ batch, onClose }: { batch: ImportBatch; onClose: () => void }) {
  const { t } = useTranslation('import');
  const language = useUiStore((state) => state.language);
  const { imports } = useWorkspace();
  const notifyError = useErrorNotifier();
  const [undoing, setUndoing] = useState(false);
  const added = addedList(batchAdded(batch), t, language);
  const merged = batch.mergedBefore;
  const names = merged.slice(0, NAMED).map((contact) => contactDisplayName(contact, language));
  if (merged.length > NAMED) names.push('…');

  const undo = async () => {
    setUndoing(true);
    try {
      await imports.undo(batch.id);
      notifications.show({ color: 'green', message: t('undo.done', { name: batch.fileName }) });
      onClose();
    } catch (error) {
      notifyError(error);
      setUndoing(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('undo.title')} centered>
      <Stack gap="xs" mb="md">
        <Text>{t('undo.intro', { name: batch.fileName, date: formatDateTime(batch.createdAt, language) })}</Text>
        {added ? <Text size="sm">{t('undo.removes', { what: added })}</Text> : null}
        {merged.length > 0 ? <Text size="sm">{t('undo.restores', { count: merged.length, names: joinList(names, language) })}</Text> : null}
        <Text size="sm" c="dimmed">
          {t('undo.lost')}
        </Text>
      </Stack>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          {t('undo.cancel')}
        </Button>
        <Button color="red" loading={undoing} onClick={() => void undo()}>
          {t('undo.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
