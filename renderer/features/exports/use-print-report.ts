import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/domain/lang';
import { useWorkspace } from '../../data/workspace-context';
import { NothingToExport } from './export-file';
import { buildReport, type BuiltReport } from './report-files';
import type { ReportSource } from './report-source';

export type PrintReportState = { status: 'loading' } | { status: 'ready'; report: BuiltReport } | { status: 'empty' } | { status: 'failed'; error: unknown };

/**
 * The report a print link asks for, read once when the page opens (a printed page is a
 * snapshot). Keyed by the source's parts, so the same request in a new object reads nothing again.
 */
export function usePrintReport(source: ReportSource, lang: UiLanguage): PrintReportState {
  const { i18n } = useTranslation('exports');
  const workspace = useWorkspace();
  const [state, setState] = useState<PrintReportState>({ status: 'loading' });
  const { kind } = source;
  const id = source.kind === 'range' ? '' : source.id;
  const from = source.kind === 'range' ? source.from : '';
  const to = source.kind === 'range' ? source.to : '';

  useEffect(() => {
    let current = true;
    const request: ReportSource = kind === 'range' ? { kind, from, to } : { kind, id };
    buildReport(workspace, i18n, request, lang).then(
      (report) => current && setState({ status: 'ready', report }),
      (error: unknown) => current && setState(error instanceof NothingToExport ? { status: 'empty' } : { status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [kind, id, from, to, lang, workspace, i18n]);

  return state;
}
