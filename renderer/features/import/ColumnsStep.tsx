import { useState } from 'react';
import { Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportEncoding } from '#shared/import/text-decoding';
import type { ColumnMapping } from '#shared/import/column-mapping';
import type { OpenImportOptions, PreviewTable } from '../../import/import-protocol';
import { MappingTable } from './MappingTable';

type Delimiter = NonNullable<OpenImportOptions['delimiter']>;

const DELIMITER_KEYS: Record<Delimiter, 'columns.comma' | 'columns.semicolon' | 'columns.tab'> = {
  ',': 'columns.comma',
  ';': 'columns.semicolon',
  '\t': 'columns.tab',
};
const ENCODING_KEYS: Record<ImportEncoding, 'columns.utf8' | 'columns.cp1251'> = { 'utf-8': 'columns.utf8', 'windows-1251': 'columns.cp1251' };
const isDelimiter = (value: string | null): value is Delimiter => value === ',' || value === ';' || value === '\t';

interface Props {
  table: PreviewTable;
  options: OpenImportOptions;
  onChange: (patch: OpenImportOptions) => void;
}

/**
 * The mapping step of a CSV or XLSX file: what layout it was recognized as, how its text was
 * read (CSV), and which field each column fills. Every change re-reads the file.
 */
export function ColumnsStep({ table, options, onChange }: Props) {
  const { t } = useTranslation('import');
  // A recognized export is right as it is; a spreadsheet of unknown shape is worth checking.
  const [showMapping, setShowMapping] = useState(table.layout === 'generic');
  const mapping: ColumnMapping = options.mapping ?? table.mapping;
  const isCsv = table.encoding !== null;

  const encodingData = [
    { value: 'auto', label: t('columns.auto') },
    { value: 'utf-8', label: t('columns.utf8') },
    { value: 'windows-1251', label: t('columns.cp1251') },
  ];
  const delimiterData = [
    { value: 'auto', label: t('columns.auto') },
    ...(Object.keys(DELIMITER_KEYS) as Delimiter[]).map((value) => ({ value, label: t(DELIMITER_KEYS[value]) })),
  ];
  const readDelimiter = isDelimiter(table.delimiter) ? t(DELIMITER_KEYS[table.delimiter]) : null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="import-columns-title">
      <Group gap="sm" align="baseline">
        <Title order={2} size="h4" id="import-columns-title">
          {t('columns.heading')}
        </Title>
        <Badge variant="light" size="lg" tt="none">
          {t(`columns.layout.${table.layout}`)}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('columns.rows', { count: table.rowCount })}
        </Text>
      </Group>
      {isCsv ? (
        <Group gap="md" align="flex-start">
          <Select
            label={t('columns.encoding')}
            data={encodingData}
            value={options.encoding ?? 'auto'}
            allowDeselect={false}
            description={table.encoding ? t('columns.encodingRead', { encoding: t(ENCODING_KEYS[table.encoding]) }) : undefined}
            onChange={(value) => value && onChange({ encoding: value as ImportEncoding | 'auto' })}
            w={300}
          />
          <Select
            label={t('columns.delimiter')}
            data={delimiterData}
            value={options.delimiter ?? 'auto'}
            allowDeselect={false}
            description={readDelimiter ? t('columns.delimiterRead', { delimiter: readDelimiter }) : undefined}
            onChange={(value) => onChange({ delimiter: isDelimiter(value) ? value : undefined })}
            w={300}
          />
        </Group>
      ) : null}
      <div>
        <Button variant="subtle" px={0} onClick={() => setShowMapping((shown) => !shown)} aria-expanded={showMapping}>
          {showMapping ? t('columns.hide') : t('columns.show')}
        </Button>
      </div>
      {showMapping ? <MappingTable table={table} mapping={mapping} onChange={(next) => onChange({ mapping: next })} /> : null}
    </Stack>
  );
}
