import { useCallback, useState } from 'react';
import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/domain/lang';
import { useUiStore } from '../../app/ui-store';
import { useErrorNotifier } from '../../app/error-notifier';
import { IsoDateInput } from '../../components/record-form/IsoDateInput';
import { usePlatform } from '../../platform/platform-context';
import { DestinationField, type DestinationChoice } from './DestinationField';
import { FormatField } from './FormatField';
import { LanguageField } from './LanguageField';
import { NothingToExport, type ExportFile, type ExportFormat } from './export-file';
import type { PrintThen } from './report-source';
import { useExportDelivery, type Destination } from './use-export-delivery';

export interface ExportFormatOption {
  format: ExportFormat;
  /** Whether the file is written in one language, so the dialog asks which. */
  hasLanguage: boolean;
}

export interface ExportChoice {
  format: ExportFormat;
  lang: UiLanguage;
  /** The dates asked for, when the dialog asks (`range` given); both set. */
  range: { from: string; to: string } | null;
  /** 'shown': only what the list shows (`scope` given and the list filtered). */
  scope: 'all' | 'shown';
}

export interface ExportDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  formats: readonly ExportFormatOption[];
  /** Builds the file for the choice (every format but PDF, which is printed). */
  build: (choice: ExportChoice) => Promise<ExportFile>;
  /** The print view's path for PDF, with what it does once laid out. */
  printPath?: (choice: ExportChoice, then: PrintThen) => string;
  /** Asks for a date range, starting from these dates ('' where none). */
  range?: { from: string; to: string };
  /** Offers all records or only those the list shows, when these differ. */
  scope?: { all: number; shown: number };
  /** Where the choice starts; the user can still change it. */
  initialDestination?: DestinationChoice['kind'];
}

/**
 * The one export dialog: the format, the document's language (when the format has one), and
 * where the file goes: saved (a save dialog, or a download in the browser) or sent to the outbox.
 * A PDF is laid out by the print view, which it opens with the choice.
 */
export function ExportDialog(props: ExportDialogProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size="lg">
      <ExportDialogBody {...props} />
    </Modal>
  );
}

function ExportDialogBody({ onClose, formats, build, printPath, range: initialRange, scope: scopeCounts, initialDestination = 'file' }: ExportDialogProps) {
  const { t } = useTranslation('exports');
  const uiLanguage = useUiStore((state) => state.language);
  const platform = usePlatform();
  const navigate = useNavigate();
  const notifyError = useErrorNotifier();
  const deliver = useExportDelivery();
  const [format, setFormat] = useState<ExportFormat>(formats[0]!.format);
  const [lang, setLang] = useState<UiLanguage>(uiLanguage);
  const [destination, setDestinationState] = useState<DestinationChoice>({ kind: initialDestination, targetId: null });
  const setDestination = useCallback((next: DestinationChoice) => setDestinationState(next), []);
  const [range, setRange] = useState(initialRange ?? null);
  const [scope, setScope] = useState<'all' | 'shown'>(scopeCounts && scopeCounts.shown < scopeCounts.all ? 'shown' : 'all');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const option = formats.find((f) => f.format === format) ?? formats[0]!;
  // The browser makes a PDF in its own print dialog: no bytes reach the app to queue.
  const pdfInBrowser = format === 'pdf' && platform.kind === 'web';
  const toOutbox = destination.kind === 'outbox' && !pdfInBrowser;
  const rangeMissing = range !== null && (!range.from || !range.to);
  const ready = !busy && !rangeMissing && (!toOutbox || destination.targetId !== null);

  const choice = (): ExportChoice => ({
    format,
    lang,
    range: range ? { from: range.from <= range.to ? range.from : range.to, to: range.from <= range.to ? range.to : range.from } : null,
    scope,
  });

  const submit = async () => {
    const chosen = choice();
    const target: Destination = toOutbox && destination.targetId ? { kind: 'outbox', targetId: destination.targetId } : { kind: 'file' };
    if (format === 'pdf' && printPath) {
      const then: PrintThen = target.kind === 'outbox' ? target : platform.kind === 'electron' ? { kind: 'save' } : { kind: 'print' };
      onClose();
      void navigate(printPath(chosen, then));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const file = await build(chosen);
      if ((await deliver(file, target)) !== 'cancelled') onClose();
    } catch (error) {
      if (error instanceof NothingToExport) setProblem(t(error.what === 'meetings' ? 'dialog.noMeetings' : 'dialog.noContacts'));
      else notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      {formats.length > 1 ? <FormatField formats={formats.map((f) => f.format)} value={format} onChange={setFormat} /> : null}
      {option.hasLanguage ? <LanguageField value={lang} onChange={setLang} /> : null}
      {range ? (
        <Stack gap={4}>
          <Group grow align="flex-start">
            <IsoDateInput label={t('dialog.dateFrom')} value={range.from} onChange={(from) => setRange({ ...range, from })} required clearable />
            <IsoDateInput label={t('dialog.dateTo')} value={range.to} onChange={(to) => setRange({ ...range, to })} required clearable />
          </Group>
          <Text size="xs" c="dimmed">
            {rangeMissing ? t('dialog.rangeRequired') : t('dialog.rangeHint')}
          </Text>
        </Stack>
      ) : null}
      {scopeCounts && scopeCounts.shown < scopeCounts.all ? (
        <Radio.Group label={t('dialog.scope')} value={scope} onChange={(next) => setScope(next as 'all' | 'shown')}>
          <Stack mt="xs" gap="xs">
            <Radio value="shown" label={t('dialog.scopeShown', { count: scopeCounts.shown })} />
            <Radio value="all" label={t('dialog.scopeAll', { count: scopeCounts.all })} />
          </Stack>
        </Radio.Group>
      ) : null}
      <DestinationField value={destination} onChange={setDestination} outboxUnavailable={pdfInBrowser ? t('dialog.pdfOutboxDesktopOnly') : undefined} />
      {pdfInBrowser ? (
        <Text size="sm" c="dimmed">
          {t('dialog.pdfOpensPrint')}
        </Text>
      ) : null}
      {problem ? (
        <Alert color="orange">
          {problem}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('dialog.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={busy} disabled={!ready}>
          {toOutbox ? t('dialog.send') : t('dialog.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
