import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, MEETING_FIELDS, isImportField, type ColumnMapping, type ImportField } from '#shared/import/column-mapping';
import type { PreviewTable } from '../../import/import-protocol';

/** How many values of each column the mapping shows, to recognise what it holds. */
const SAMPLES_PER_COLUMN = 3;

/** The first few non-empty values of a column. */
export function columnSamples(rows: readonly (readonly string[])[], column: number): string[] {
  const values: string[] = [];
  for (const row of rows) {
    const value = (row[column] ?? '').trim();
    if (value) values.push(value.length > 40 ? `${value.slice(0, 39)}…` : value);
    if (values.length === SAMPLES_PER_COLUMN) break;
  }
  return values;
}

interface Props {
  table: PreviewTable;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

/** One row per column of the file: its header, a few values, and the field it fills. */
export function MappingTable({ table, mapping, onChange }: Props) {
  const { t } = useTranslation('import');
  const fieldData = useMemo(() => {
    const item = (field: ImportField) => ({ value: field, label: t(`fields.${field}`) });
    const person = IMPORT_FIELDS.filter((field) => field !== 'ignore' && !MEETING_FIELDS.includes(field));
    return [
      item('ignore'),
      { group: t('columns.person'), items: person.map(item) },
      { group: t('columns.meeting'), items: MEETING_FIELDS.map(item) },
    ];
  }, [t]);
  const samples = useMemo(() => table.headers.map((_, column) => columnSamples(table.sampleRows, column).join(' · ')), [table]);

  // A stable callback, so a change re-renders only the row whose field changed.
  const latest = useRef({ mapping, onChange, width: table.headers.length });
  useEffect(() => {
    latest.current = { mapping, onChange, width: table.headers.length };
  });
  const choose = useCallback((column: number, field: ImportField) => {
    const { mapping: current, onChange: report, width } = latest.current;
    const next = Array.from({ length: width }, (_, index) => current[index] ?? 'ignore');
    next[column] = field;
    report(next);
  }, []);

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={4} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.column')}</Table.Th>
            <Table.Th>{t('columns.samples')}</Table.Th>
            <Table.Th w={260}>{t('columns.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.headers.map((header, column) => (
            <MappingRow
              key={column}
              column={column}
              header={header.trim() || t('columns.untitled', { number: column + 1 })}
              samples={samples[column] ?? ''}
              field={mapping[column] ?? 'ignore'}
              fieldData={fieldData}
              onChoose={choose}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface RowProps {
  column: number;
  header: string;
  samples: string;
  field: ImportField;
  fieldData: Parameters<typeof Select>[0]['data'];
  onChoose: (column: number, field: ImportField) => void;
}

// An Outlook export has ninety columns: only the row whose field changed renders again.
const MappingRow = memo(function MappingRow({ column, header, samples, field, fieldData, onChoose }: RowProps) {
  const { t } = useTranslation('import');
  return (
    <Table.Tr data-column={column}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {header}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {samples}
        </Text>
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          aria-label={t('columns.fieldFor', { header })}
          data={fieldData}
          value={field}
          allowDeselect={false}
          maxDropdownHeight={320}
          comboboxProps={{ withinPortal: true }}
          onChange={(value) => {
            if (isImportField(value)) onChoose(column, value);
          }}
        />
      </Table.Td>
    </Table.Tr>
  );
});
