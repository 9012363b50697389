import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconSend } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSyncTargets } from '../../data/outbox-queries';
import { usePlatform } from '../../platform/platform-context';
import { useErrorNotifier } from '../../app/error-notifier';
import { binaryFile } from './export-file';
import { useExportDelivery } from './use-export-delivery';

interface Props {
  /** The PDF's file name (exportFileName or the agreement's). */
  fileName: string;
  landscape?: boolean;
  disabled?: boolean;
}

/**
 * On a print view in the desktop app: lays the page out as a PDF and sends it to the outbox for
 * the target picked from the menu. The browser build has no such bytes (its print dialog makes
 * the PDF), so there it shows nothing.
 */
export function PdfOutboxMenu({ fileName, landscape = false, disabled }: Props) {
  const { t } = useTranslation('exports');
  const platform = usePlatform();
  const targets = useSyncTargets();
  const deliver = useExportDelivery();
  const notifyError = useErrorNotifier();
  const [busy, setBusy] = useState(false);
  if (platform.kind !== 'electron') return null;

  const send = async (targetId: string) => {
    setBusy(true);
    try {
      await document.fonts.ready;
      const bytes = await platform.printToPdf({ landscape });
      if (bytes) await deliver(binaryFile(fileName, 'pdf', bytes), { kind: 'outbox', targetId });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" leftSection={<IconSend size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />} loading={busy} disabled={disabled}>
          {t('print.sendPdf')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {targets && targets.length > 0 ? (
          <>
            <Menu.Label>{t('dialog.target')}</Menu.Label>
            {targets.map((target) => (
              <Menu.Item key={target.id} onClick={() => void send(target.id)}>
                {target.name}
              </Menu.Item>
            ))}
          </>
        ) : (
          <>
            <Menu.Label>{t('dialog.noTargets')}</Menu.Label>
            <Menu.Item component={Link} to="/settings">
              {t('dialog.setUpTarget')}
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
