import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MergeReport } from '#shared/backup/backup-format';
import { formatDateTime } from '../../app/format';
import { useUiStore } from '../../app/ui-store';
import { describeCounts } from './table-counts';

/**
 * What a merge did: records added, updated and left as they were, each declined per table, and
 * the records both sides changed, with the side kept and both dates, so the user can check them.
 */
export function MergeReportView({ report }: { report: MergeReport }) {
  const { t } = useTranslation('backup');
  const language = useUiStore((state) => state.language);
  const list = (counts: Record<string, number>) => describeCounts(counts, t, language, t('report.nothing'));
  return (
    <section aria-labelledby="merge-report-title">
    <Stack gap="sm">
      <Title order={3} size="h5" id="merge-report-title">
        {t('report.title')}
      </Title>
      <Text size="sm">{t('report.added', { list: list(report.added) })}</Text>
      <Text size="sm">{t('report.updated', { list: list(report.updated) })}</Text>
      <Text size="sm" c="dimmed">
        {t('report.unchanged', { list: list(report.unchanged) })}
      </Text>
      {report.conflicts.length === 0 ? (
        <Text size="sm">{t('report.noConflicts')}</Text>
      ) : (
        <>
          <Text size="sm" fw={600}>
            {t('report.conflicts', { count: report.conflicts.length })}
          </Text>
          <Table.ScrollContainer minWidth={520}>
            <Table withTableBorder striped aria-label={t('report.conflicts', { count: report.conflicts.length })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('report.record')}</Table.Th>
                  <Table.Th>{t('report.kept')}</Table.Th>
                  <Table.Th>{t('report.localChanged')}</Table.Th>
                  <Table.Th>{t('report.incomingChanged')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.conflicts.map((conflict) => (
                  <Table.Tr key={`${conflict.table}:${conflict.id}`}>
                    <Table.Td>
                      <Text size="sm">{conflict.label}</Text>
                      <Text size="xs" c="dimmed">
                        {t(`tableNames.${conflict.table}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{conflict.kept === 'local' ? t('report.keptLocal') : t('report.keptIncoming')}</Table.Td>
                    <Table.Td>{formatDateTime(conflict.localUpdatedAt, language)}</Table.Td>
                    <Table.Td>{formatDateTime(conflict.incomingUpdatedAt, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
    </section>
  );
}
