import type { i18n } from 'i18next';
import { pickLocalized, type UiLanguage } from '#shared/domain/lang';
import { buildMeetingReport, type MeetingReportDocument } from '#shared/exports/meeting-report';
import { reportToMarkdown } from '#shared/exports/report-markdown';
import { reportToHtml } from '#shared/exports/report-html';
import { exportFileName, type ExportNameParts } from '#shared/exports/file-names';
import type { Workspace } from '../../data/workspace';
import { documentT, reportLabels } from './document-labels';
import { meetingsOf, readMeetingRecords } from './export-records';
import { binaryFile, NothingToExport, textFile, type ExportFile } from './export-file';
import type { ReportSource } from './report-source';

/** The meeting summary or delegation report: one model, written as DOCX, Markdown or HTML, or laid out for print (PDF). */

export type ReportFormat = 'docx' | 'md' | 'html' | 'pdf';

type Readers = Pick<Workspace, 'meetings' | 'events' | 'contacts' | 'organizations' | 'topics' | 'followUps'>;

export interface BuiltReport {
  doc: MeetingReportDocument;
  /** The file's name without the format: fill in the extension with `nameFor`. */
  nameFor: (format: ReportFormat) => string;
}

/** Reads the source's meetings and lays the report out in `lang`, with labels in that language. */
export async function buildReport(workspace: Readers, i18next: i18n, source: ReportSource, lang: UiLanguage): Promise<BuiltReport> {
  const meetings = await meetingsOf(workspace, source);
  if (meetings.length === 0) throw new NothingToExport('meetings');
  const records = await readMeetingRecords(workspace, meetings);
  const labels = reportLabels(documentT(i18next, lang));
  const doc = buildMeetingReport({ ...records, lang, labels });
  const parts = await nameParts(workspace, source, doc, lang);
  return { doc, nameFor: (format) => exportFileName({ ...parts, format }) };
}

async function nameParts(workspace: Readers, source: ReportSource, doc: MeetingReportDocument, lang: UiLanguage): Promise<Omit<ExportNameParts, 'format'>> {
  if (source.kind === 'meeting') {
    return { kind: 'meetingSummary', title: doc.meetings[0]?.title ?? doc.title, date: doc.meetings[0]?.isoDate, id: source.id, lang };
  }
  if (source.kind === 'event') {
    const event = await workspace.events.get(source.id);
    const title = event ? pickLocalized(event.name, lang) : doc.title;
    return { kind: 'delegationReport', title: title || doc.labels.delegationReport, date: event?.startDate, id: source.id, lang };
  }
  return { kind: 'delegationReport', title: `${doc.labels.delegationReport} ${source.from} – ${source.to}`, id: `range:${source.from}:${source.to}`, lang };
}

/** The report as a file; DOCX pulls the docx library in only when asked for. */
export async function reportFile(report: BuiltReport, format: Exclude<ReportFormat, 'pdf'>): Promise<ExportFile> {
  const name = report.nameFor(format);
  if (format === 'md') return textFile(name, format, reportToMarkdown(report.doc));
  if (format === 'html') return textFile(name, format, reportToHtml(report.doc));
  const { reportToDocx } = await import('#shared/exports/report-docx');
  return binaryFile(name, format, await reportToDocx(report.doc));
}
