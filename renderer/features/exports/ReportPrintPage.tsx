import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { Alert, Button, Group, Loader } from '@mantine/core';
import { IconArrowLeft, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../platform/platform-context';
import { useErrorNotifier } from '../../app/error-notifier';
import { binaryFile } from './export-file';
import { PdfOutboxMenu } from './PdfOutboxMenu';
import { ReportPrintView } from './ReportPrintView';
import { parsePrintRequest, printPath, sourcePath, type PrintRequest, type PrintThen } from './report-source';
import { usePrintReport } from './use-print-report';
import { useExportDelivery } from './use-export-delivery';

/** `/exports/report/print?…`: the meeting summary or delegation report laid out for paper or PDF, outside the app's frame. */
export function ReportPrintPage() {
  const { t } = useTranslation('exports');
  const [params] = useSearchParams();
  const request = useMemo(() => parsePrintRequest(params), [params]);
  if (!request) {
    return (
      <Alert m="md" color="orange">
        {t('print.badLink')}
      </Alert>
    );
  }
  return <PrintableReport request={request} />;
}

function PrintableReport({ request }: { request: PrintRequest }) {
  const { t } = useTranslation('exports');
  const platform = usePlatform();
  const navigate = useNavigate();
  const deliver = useExportDelivery();
  const notifyError = useErrorNotifier();
  const state = usePrintReport(request.source, request.lang);
  const [busy, setBusy] = useState(false);
  const report = state.status === 'ready' ? state.report : null;
  const fileName = report?.nameFor('pdf') ?? '';

  /** Electron lays the page out as a PDF and it is saved or queued; a browser opens its print dialog. */
  const makePdf = async (then: Exclude<PrintThen, { kind: 'none' }>) => {
    setBusy(true);
    try {
      await document.fonts.ready;
      const bytes = await platform.printToPdf({ landscape: false });
      if (!bytes) return;
      await deliver(binaryFile(fileName, 'pdf', bytes), then.kind === 'outbox' ? then : { kind: 'file' });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  // What the export dialog asked for, done once the report is on the page; the link then forgets
  // it, so going back to this page or reloading it does not print or send again.
  const pending = useRef(request.then);
  const ready = report !== null;
  const carryOut = useEffectEvent(() => {
    const then = pending.current;
    if (then.kind === 'none') return;
    pending.current = { kind: 'none' };
    void navigate(printPath({ ...request, then: { kind: 'none' } }), { replace: true });
    void makePdf(then);
  });
  useEffect(() => {
    if (ready) carryOut();
  }, [ready]);

  return (
    <div>
      <Group justify="space-between" p="md" className="report-print-toolbar">
        <Button component={Link} to={sourcePath(request.source)} variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('print.back')}
        </Button>
        {platform.kind === 'electron' ? (
          <Group>
            <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()} disabled={!ready}>
              {t('print.printOnly')}
            </Button>
            <Button leftSection={<IconFileTypePdf size={16} aria-hidden />} onClick={() => void makePdf({ kind: 'save' })} loading={busy} disabled={!ready}>
              {t('print.savePdf')}
            </Button>
            <PdfOutboxMenu fileName={fileName} disabled={!ready || busy} />
          </Group>
        ) : (
          <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => void makePdf({ kind: 'print' })} disabled={!ready}>
            {t('print.print')}
          </Button>
        )}
      </Group>
      {state.status === 'loading' ? <Loader m="md" /> : null}
      {state.status === 'empty' ? (
        <Alert m="md" color="orange">
          {t('print.noMeetings')}
        </Alert>
      ) : null}
      {state.status === 'failed' ? <FailureNotice error={state.error} /> : null}
      {report ? <ReportPrintView doc={report.doc} /> : null}
    </div>
  );
}

function FailureNotice({ error }: { error: unknown }) {
  const notifyError = useErrorNotifier();
  useEffect(() => notifyError(error), [error, notifyError]);
  return null;
}
