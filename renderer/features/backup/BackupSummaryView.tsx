import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupHeader } from '#shared/backup/backup-format';
import { formatDateTime, formatNumber } from '../../app/format';
import { useUiStore } from '../../app/ui-store';
import { describeCounts } from './table-counts';

/** What a file holds, as read back: kind, when it was made, data version, encryption, records. */
export function BackupSummaryView({ header, counts }: { header: BackupHeader; counts: Record<string, number> }) {
  const { t } = useTranslation('backup');
  const language = useUiStore((state) => state.language);
  const rows: [string, string][] = [
    [t('summary.kind'), header.kind === 'bundle' ? t('summary.kindBundle', { title: header.title ?? '' }) : t('summary.kindBackup')],
    [t('summary.createdAt'), formatDateTime(header.createdAt, language)],
    [t('summary.schemaVersion'), formatNumber(header.schemaVersion, language)],
    [t('summary.encryption'), header.encryption ? t('summary.encrypted') : t('summary.notEncrypted')],
    [t('summary.holds'), describeCounts(counts, t, language)],
  ];
  return (
    <Table aria-label={t('summary.label')} variant="vertical" layout="fixed" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={160} scope="row">
              {label}
            </Table.Th>
            <Table.Td>
              <Text size="sm">{value}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
