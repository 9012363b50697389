import { useMemo, useState } from 'react';
import { Button, Group, Loader } from '@mantine/core';
import { IconArrowLeft, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '#shared/domain/agreement';
import { buildAgreementDocument } from '#shared/agreements/agreement-document';
import { agreementTitleIn } from '#shared/agreements/agreement-display';
import { useAgreement, useAgreementRecords } from '../../data/agreement-queries';
import { usePlatform } from '../../platform/platform-context';
import { useErrorNotifier } from '../../app/error-notifier';
import { useUiStore } from '../../app/ui-store';
import { NotFound } from '../../components/layout/NotFound';
import { AgreementPrintView } from './print/AgreementPrintView';
import { agreementFileName } from './page/file-name';
import { PdfOutboxMenu } from '../exports';

/** `/agreements/:id/print`: the agreement laid out for paper or PDF, outside the app's frame. */
export function AgreementPrintPage() {
  const { id } = useParams();
  const agreement = useAgreement(id);
  if (agreement === undefined) return <Loader m="md" />;
  if (agreement === null) return <NotFound />;
  return <PrintableAgreement agreement={agreement} />;
}

function PrintableAgreement({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements');
  const language = useUiStore((state) => state.language);
  const platform = usePlatform();
  const notifyError = useErrorNotifier();
  const records = useAgreementRecords(agreement);
  const document = useMemo(() => (records ? buildAgreementDocument(agreement, records) : null), [agreement, records]);
  // Three columns of text read better across the page.
  const orientation = agreement.languages.length > 2 ? 'landscape' : 'portrait';
  const [saving, setSaving] = useState(false);

  /** Electron lays the page out as a PDF and the user saves it; a browser opens its print dialog. */
  const savePdf = async () => {
    setSaving(true);
    try {
      const bytes = await platform.printToPdf({ landscape: orientation === 'landscape' });
      if (!bytes) return;
      const name = agreementFileName(agreementTitleIn(agreement, language) || t('untitled'), 'pdf');
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      if ((await platform.saveFile({ name, mimeType: 'application/pdf', bytes: buffer })) === 'saved') {
        notifications.show({ color: 'green', message: t('export.saved', { name }) });
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div>
      <Group justify="space-between" p="md">
        <Button component={Link} to={`/agreements/${agreement.id}`} variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('print.back')}
        </Button>
        {platform.kind === 'electron' ? (
          <Group>
            <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()} disabled={!document}>
              {t('print.printOnly')}
            </Button>
            <Button leftSection={<IconFileTypePdf size={16} aria-hidden />} onClick={() => void savePdf()} loading={saving} disabled={!document}>
              {t('print.savePdf')}
            </Button>
            <PdfOutboxMenu
              fileName={agreementFileName(agreementTitleIn(agreement, language) || t('untitled'), 'pdf')}
              landscape={orientation === 'landscape'}
              disabled={!document || saving}
            />
          </Group>
        ) : (
          <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => void savePdf()} disabled={!document}>
            {t('print.print')}
          </Button>
        )}
      </Group>
      {document ? <AgreementPrintView document={document} orientation={orientation} /> : <Loader m="md" />}
    </div>
  );
}
