import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from './export-file';

const HINTED = new Set<ExportFormat>(['vcf', 'csv', 'xlsx', 'ics']);

interface Props {
  formats: readonly ExportFormat[];
  value: ExportFormat;
  onChange: (format: ExportFormat) => void;
}

/** The file formats an export offers, with a word on what each is good for where it needs one. */
export function FormatField({ formats, value, onChange }: Props) {
  const { t } = useTranslation('exports');
  return (
    <Radio.Group label={t('dialog.format')} value={value} onChange={(next) => onChange(next as ExportFormat)}>
      <Stack mt="xs" gap="xs">
        {formats.map((format) => (
          <Radio
            key={format}
            value={format}
            label={t(`formats.${format}`)}
            description={HINTED.has(format) ? t(`formatHints.${format as 'vcf' | 'csv' | 'xlsx' | 'ics'}`) : undefined}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
