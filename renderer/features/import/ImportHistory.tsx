import { useState } from 'react';
import { Button, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '#shared/import/import-plan';
import { useUiStore } from '../../app/ui-store';
import { formatDateTime } from '../../app/format';
import { useImportBatches } from '../../data/import-queries';
import { batchSummary } from './import-summary';
import { UndoImportDialog } from './UndoImportDialog';

/** Past imports, newest first, each with what it did and the way to undo it. */
export function ImportHistory() {
  const { t } = useTranslation('import');
  const language = useUiStore((state) => state.language);
  const batches = useImportBatches();
  const [undoing, setUndoing] = useState<ImportBatch | null>(null);

  return (
    <Stack gap="sm" component="section" aria-labelledby="import-history-title">
      <Title order={2} size="h4" id="import-history-title">
        {t('history.heading')}
      </Title>
      {batches === undefined ? (
        <Loader size="sm" />
      ) : batches.length === 0 ? (
        <Text c="dimmed">{t('history.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('history.when')}</Table.Th>
                <Table.Th>{t('history.file')}</Table.Th>
                <Table.Th>{t('history.what')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('history.undo')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {batches.map((batch) => (
                <Table.Tr key={batch.id} data-batch={batch.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(batch.createdAt, language)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{batch.fileName}</Table.Td>
                  <Table.Td>{batchSummary(batch, t, language)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {batch.undoneAt !== null ? (
                      <Text size="sm" c="dimmed">
                        {t('history.undoneOn', { date: formatDateTime(batch.undoneAt, language) })}
                      </Text>
                    ) : (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconArrowBackUp size={14} aria-hidden />}
                        aria-label={t('history.undoLabel', { name: batch.fileName })}
                        onClick={() => setUndoing(batch)}
                      >
                        {t('history.undo')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {undoing ? <UndoImportDialog batch={undoing} onClose={() => setUndoing(null)} /> : null}
    </Stack>
  );
}
