import { useCallback, useState } from 'react';
import { Button } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ExportDialog, type ExportFormatOption } from './ExportDialog';
import { binaryFile, type ExportFile } from './export-file';

// The agreement carries its own languages side by side: there is no document language to choose.
const DOCX: readonly ExportFormatOption[] = [{ format: 'docx', hasLanguage: false }];

interface Props {
  /** The agreement's DOCX as its page builds it (use-agreement-export.ts). */
  buildDocx: () => Promise<{ name: string; bytes: Uint8Array }>;
}

/** "Send to the outbox…" on the agreement page: the same DOCX as "Export DOCX", queued for a sync target. */
export function AgreementOutboxButton({ buildDocx }: Props) {
  const { t } = useTranslation('exports');
  const [opened, setOpened] = useState(false);
  const build = useCallback(async (): Promise<ExportFile> => {
    const { name, bytes } = await buildDocx();
    return binaryFile(name, 'docx', bytes);
  }, [buildDocx]);
  return (
    <>
      <Button variant="default" leftSection={<IconSend size={16} aria-hidden />} onClick={() => setOpened(true)}>
        {t('menu.agreement')}
      </Button>
      <ExportDialog opened={opened} onClose={() => setOpened(false)} title={t('dialog.titles.agreement')} formats={DOCX} build={build} initialDestination="outbox" />
    </>
  );
}
