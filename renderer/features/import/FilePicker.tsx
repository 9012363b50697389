import { useRef, useState, type DragEvent } from 'react';
import { Button, FileButton, Group, List, Paper, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '#shared/import/import-source';
import { useUiStore } from '../../app/ui-store';
import { formatBytes, formatNumber } from '../../app/format';

/** What the file dialog offers; anything else can still be dropped and is refused with a reason. */
export const IMPORT_ACCEPT = '.vcf,.vcard,.csv,.tsv,.txt,.xlsx,text/vcard,text/x-vcard,text/csv,text/tab-separated-values';

/** Where a file is chosen or dropped, saying which formats are read and how large a file may be. */
export function FilePicker({ onPick, busy }: { onPick: (file: File) => void; busy: boolean }) {
  const { t } = useTranslation('import');
  const language = useUiStore((state) => state.language);
  const [dragging, setDragging] = useState(false);
  // Cleared after each pick, so choosing the same file again is still a change.
  const resetPicker = useRef<() => void>(null);

  const pick = (file: File | null) => {
    if (file) onPick(file);
    resetPicker.current?.();
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onPick(file);
  };

  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      className="import-drop"
      data-dragging={dragging || undefined}
      style={{ borderStyle: 'dashed', borderWidth: 2, background: dragging ? 'var(--mantine-color-blue-light)' : undefined }}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Stack gap="sm">
        <Group gap="sm">
          <FileButton onChange={pick} accept={IMPORT_ACCEPT} resetRef={resetPicker} disabled={busy}>
            {(props) => (
              <Button {...props} loading={busy} leftSection={<IconFileImport size={18} aria-hidden />}>
                {t('choose.button')}
              </Button>
            )}
          </FileButton>
          <Text c="dimmed">{t('choose.drop')}</Text>
        </Group>
        <List size="sm" spacing={2}>
          <List.Item>{t('choose.vcard')}</List.Item>
          <List.Item>{t('choose.csv')}</List.Item>
          <List.Item>{t('choose.xlsx')}</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          {t('choose.limit', { size: formatBytes(MAX_IMPORT_BYTES, language), rows: formatNumber(MAX_IMPORT_ROWS, language) })}
        </Text>
      </Stack>
    </Paper>
  );
}
