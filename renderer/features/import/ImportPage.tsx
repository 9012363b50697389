import { Alert, Button, Divider, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFile, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/layout/PageHeader';
import { useUiStore } from '../../app/ui-store';
import { formatBytes } from '../../app/format';
import { ColumnsStep } from './ColumnsStep';
import { FilePicker } from './FilePicker';
import { ImportHistory } from './ImportHistory';
import { ImportResultNotice } from './ImportResultNotice';
import { importErrorMessage } from './import-error-message';
import { PreviewSection } from './PreviewSection';
import { useImportSession } from './use-import-session';

/**
 * Import: choose a file, check how its columns are read, see what would be added, merged or
 * refused, then write it all at once — and undo any import later from the history below.
 */
export function ImportPage() {
  const { t } = useTranslation('import');
  const language = useUiStore((state) => state.language);
  const session = useImportSession();
  const { file, preview, error, busy, finished } = session;
  // A file that could not be read leaves the picker out, with the reason above it.
  const fileOpen = file !== null && (preview !== null || busy === 'reading');

  return (
    <div className="page">
      <PageHeader title={t('title')} />
      <Stack gap="lg" maw={1100}>
        <Text size="sm" c="dimmed" maw={880}>
          {t('intro')}
        </Text>
        {finished ? <ImportResultNotice finished={finished} onClose={session.dismissFinished} /> : null}
        {error ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={file ? t('choose.failed', { name: file.name }) : undefined}>
            {importErrorMessage(error, t, language)}
          </Alert>
        ) : null}
        {file && fileOpen ? (
          <Paper withBorder p="sm" radius="md">
            <Group justify="space-between" gap="sm">
              <Group gap="xs" wrap="nowrap">
                <IconFile size={20} aria-hidden />
                <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {t('choose.chosen', { name: file.name, size: formatBytes(file.size, language) })}
                </Text>
                {busy === 'reading' || busy === 'updating' ? <Loader size="xs" aria-label={t(busy === 'reading' ? 'choose.reading' : 'columns.updating', { name: file.name })} /> : null}
              </Group>
              <Button variant="default" size="xs" leftSection={<IconX size={14} aria-hidden />} onClick={session.cancel} disabled={busy === 'applying'}>
                {t('choose.cancel')}
              </Button>
            </Group>
          </Paper>
        ) : (
          <section aria-label={t('choose.heading')}>
            <FilePicker onPick={(picked) => void session.choose(picked)} busy={busy === 'reading'} />
          </section>
        )}
        {file && busy === 'reading' ? <Text size="sm">{t('choose.reading', { name: file.name })}</Text> : null}
        {file && fileOpen && preview?.table ? <ColumnsStep key={`columns-${file.serial}`} table={preview.table} options={session.options} onChange={session.changeOptions} /> : null}
        {file && fileOpen && preview && !error ? (
          <PreviewSection key={`preview-${file.serial}`} preview={preview} applying={busy === 'applying'} updating={busy === 'updating'} onApply={(decisions) => void session.apply(decisions)} />
        ) : null}
        <Divider />
        <ImportHistory />
      </Stack>
    </div>
  );
}
