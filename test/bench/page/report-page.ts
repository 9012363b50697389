import type { i18n } from 'i18next';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { buildMeetingReport, type MeetingReportInput } from '#shared/exports/meeting-report';
import { reportToDocx } from '#shared/exports/report-docx';
import { reportToHtml } from '#shared/exports/report-html';
import { reportToMarkdown } from '#shared/exports/report-markdown';
import { escapeHtml } from '#shared/exports/notes-render';
import { DATABASE_NAME, DeskDatabase } from '../../../renderer/data/db';
import { createWorkspace, type Workspace } from '../../../renderer/data/workspace';
import { documentT, reportLabels } from '../../../renderer/features/exports/document-labels';
import { meetingsOf, readMeetingRecords } from '../../../renderer/features/exports/export-records';
import { printPath, type ReportSource } from '../../../renderer/features/exports/report-source';
import { createI18n } from '../../../renderer/i18n/i18n';
import { utf8Bytes } from '../fixtures/meeting-notes';
import { seedMeetingsInto } from './meetings-seed';
import { deleteDatabase } from './raw-store';
import type { ReportBenchApi } from './report-api';

/** The report methods of `window.bench`, spread into it by bench-page.ts. */

/** A Ukrainian delegation's report, in Ukrainian: the app's own labels from its locale files. */
const LANG = 'uk';

interface Prepared {
  workspace: Workspace;
  source: Extract<ReportSource, { kind: 'range' }>;
  input: MeetingReportInput;
  /** The report's Markdown, line by line: the same words as the DOCX, without tables or styles. */
  lines: string[];
  text: string;
}

let prepared: Prepared | null = null;
let translations: i18n | null = null;

function release(): void {
  prepared?.workspace.db.close();
  prepared = null;
}

function need(): Prepared {
  if (!prepared) throw new Error('call prepareReport first');
  return prepared;
}

/**
 * The first date range of exactly `count` meetings from the middle of the set on: meetings
 * sorted by date, a window that neither starts nor ends inside a day.
 */
function rangeOf(dates: readonly string[], count: number): { from: string; to: string } {
  for (let start = Math.floor(dates.length / 3); start + count <= dates.length; start++) {
    const end = start + count - 1;
    if ((start === 0 || dates[start - 1] < dates[start]) && (end === dates.length - 1 || dates[end] < dates[end + 1])) return { from: dates[start], to: dates[end] };
  }
  throw new Error(`no date range holds exactly ${count} meetings`);
}

async function readInput(workspace: Workspace, source: ReportSource): Promise<MeetingReportInput> {
  translations ??= await createI18n(LANG);
  const meetings = await meetingsOf(workspace, source);
  const records = await readMeetingRecords(workspace, meetings);
  return { ...records, lang: LANG, labels: reportLabels(documentT(translations, LANG)) };
}

function plainDocx(lines: readonly string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  return Packer.pack(doc, 'uint8array');
}

export const reportBench: ReportBenchApi = {
  async prepareReport(seeded, count) {
    release();
    await deleteDatabase(DATABASE_NAME);
    const workspace = createWorkspace(new DeskDatabase());
    const seedStart = performance.now();
    await seedMeetingsInto(workspace, seeded);
    const seedMs = performance.now() - seedStart;
    const dates = (await workspace.meetings.listLive('date')).map((meeting) => meeting.date);
    const source = { kind: 'range' as const, ...rangeOf(dates, count) };
    const input = await readInput(workspace, source);
    if (input.meetings.length !== count) throw new Error(`the range ${source.from}…${source.to} holds ${input.meetings.length} meetings, expected ${count}`);
    const text = reportToMarkdown(buildMeetingReport(input));
    prepared = { workspace, source, input, text, lines: text.split('\n') };
    return {
      seeded,
      meetings: input.meetings.length,
      from: source.from,
      to: source.to,
      followUps: input.followUps.length,
      contacts: [...input.contacts.values()].length,
      notesBytes: input.meetings.reduce((sum, meeting) => sum + utf8Bytes(meeting.notes), 0),
      textBytes: utf8Bytes(text),
      seedMs,
    };
  },

  async measureReportRead() {
    const { workspace, source } = need();
    const start = performance.now();
    const input = await readInput(workspace, source);
    const ms = performance.now() - start;
    if (input.meetings.length !== need().input.meetings.length) throw new Error('the report read other meetings than at first');
    return ms;
  },

  async measureReportDocx() {
    const { input } = need();
    const start = performance.now();
    const doc = buildMeetingReport(input);
    const buildMs = performance.now() - start;
    const bytes = await reportToDocx(doc);
    const ms = performance.now() - start;
    if (doc.meetings.length !== input.meetings.length) throw new Error(`the report holds ${doc.meetings.length} meetings`);
    return { ms, bytes: bytes.length, buildMs };
  },

  async measurePlainDocx() {
    const { lines } = need();
    const start = performance.now();
    const bytes = await plainDocx(lines);
    return { ms: performance.now() - start, bytes: bytes.length };
  },

  async reportHtml() {
    const { input } = need();
    const start = performance.now();
    const html = reportToHtml(buildMeetingReport(input));
    return { ms: performance.now() - start, html };
  },

  async plainHtml() {
    const { text } = need();
    const start = performance.now();
    const html = `<!DOCTYPE html><html lang="${LANG}"><head><meta charset="utf-8"><title>report</title></head><body><pre>${escapeHtml(text)}</pre></body></html>`;
    return { ms: performance.now() - start, html };
  },

  async reportPrintHash() {
    const { source } = need();
    return `#${printPath({ source, lang: LANG, then: { kind: 'none' } })}`;
  },

  async releaseReport() {
    release();
  },
};
