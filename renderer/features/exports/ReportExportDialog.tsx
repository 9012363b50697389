import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../data/workspace-context';
import { ExportDialog, type ExportChoice, type ExportFormatOption } from './ExportDialog';
import { buildReport, reportFile } from './report-files';
import { printPath, type PrintThen, type ReportSource } from './report-source';

const REPORT_FORMATS: readonly ExportFormatOption[] = [
  { format: 'docx', hasLanguage: true },
  { format: 'pdf', hasLanguage: true },
  { format: 'md', hasLanguage: true },
  { format: 'html', hasLanguage: true },
];

interface Props {
  opened: boolean;
  onClose: () => void;
  /** A meeting or an event; a date range is asked for in the dialog (from `range`). */
  source: ReportSource | { kind: 'range' };
  range?: { from: string; to: string };
}

/** The meeting summary (one meeting) or the delegation report (an event's meetings, or a date range's). */
export function ReportExportDialog({ opened, onClose, source, range }: Props) {
  const { t, i18n } = useTranslation('exports');
  const workspace = useWorkspace();
  const sourceOf = useCallback(
    (choice: ExportChoice): ReportSource => (source.kind === 'range' ? { kind: 'range', from: choice.range?.from ?? '', to: choice.range?.to ?? '' } : source),
    [source],
  );
  const build = useCallback(
    async (choice: ExportChoice) => reportFile(await buildReport(workspace, i18n, sourceOf(choice), choice.lang), choice.format as 'docx' | 'md' | 'html'),
    [i18n, sourceOf, workspace],
  );
  const toPrint = useCallback((choice: ExportChoice, then: PrintThen) => printPath({ source: sourceOf(choice), lang: choice.lang, then }), [sourceOf]);

  return (
    <ExportDialog
      opened={opened}
      onClose={onClose}
      title={t(source.kind === 'meeting' ? 'dialog.titles.meetingSummary' : 'dialog.titles.delegationReport')}
      formats={REPORT_FORMATS}
      build={build}
      printPath={toPrint}
      range={source.kind === 'range' ? (range ?? { from: '', to: '' }) : undefined}
    />
  );
}
