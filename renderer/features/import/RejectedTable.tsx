import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RejectedRow } from '#shared/import/import-source';
import { useUiStore } from '../../app/ui-store';
import { formatNumber } from '../../app/format';
import { capped } from './preview-text';
import { MoreRows } from './PreviewParts';

/** Why a row is refused, in words: for an invalid value, which field and what is wrong with it. */
export function rejectionText(row: RejectedRow, t: TFunction<'import'>): string {
  if (row.reason !== 'invalid') return t(`rejected.${row.reason}`, { ns: 'import' });
  const top = (row.field ?? '').split('.')[0] ?? '';
  const field = top ? t(`fields.${top}` as 'fields.notes', { ns: 'contacts', defaultValue: top }) : '';
  const detail = t((row.detail ?? 'invalid') as 'invalid', { ns: 'validation', defaultValue: t('invalid', { ns: 'validation' }) });
  return t('rejected.invalid', { ns: 'import', field, detail });
}

/** The rows that will not be imported: where they are in the file, why, and what they said. */
export function RejectedTable({ rows, total }: { rows: readonly RejectedRow[]; total: number }) {
  const { t } = useTranslation('import');
  const language = useUiStore((state) => state.language);
  if (rows.length === 0) return <Text c="dimmed">{t('preview.noRejected')}</Text>;
  const { shown, more } = capped(rows, total);
  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t('preview.row')}</Table.Th>
              <Table.Th>{t('preview.reason')}</Table.Th>
              <Table.Th>{t('preview.excerpt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row, index) => (
              <Table.Tr key={`${row.row}-${index}`}>
                <Table.Td>{formatNumber(row.row, language)}</Table.Td>
                <Table.Td>{rejectionText(row, t)}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                    {row.excerpt}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <MoreRows count={more} />
    </>
  );
}
