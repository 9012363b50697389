import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { useImportBatches } from '../../data/import-queries';
import type { FinishedImport } from './use-import-session';
import { resultSummary } from './import-summary';
import { UndoImportDialog } from './UndoImportDialog';

/** What the import just did, with the way back while it is still fresh in mind. */
export function ImportResultNotice({ finished, onClose }: { finished: FinishedImport; onClose: () => void }) {
  const { t } = useTranslation('import');
  const language = useUiStore((state) => state.language);
  const batches = useImportBatches();
  const [confirming, setConfirming] = useState(false);
  const batch = batches?.find((candidate) => candidate.id === finished.result.batchId);

  return (
    <Alert
      color="green"
      variant="light"
      icon={<IconCircleCheck aria-hidden />}
      title={t('result.title')}
      withCloseButton
      closeButtonLabel={t('close', { ns: 'common' })}
      onClose={onClose}
      aria-live="polite"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">{resultSummary(finished.result, t, language)}</Text>
        {batch && batch.undoneAt === null ? (
          <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={() => setConfirming(true)}>
            {t('result.undo')}
          </Button>
        ) : null}
      </Group>
      {confirming && batch ? <UndoImportDialog batch={batch} onClose={() => setConfirming(false)} /> : null}
    </Alert>
  );
}
