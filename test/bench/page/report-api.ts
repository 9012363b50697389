/**
 * The report part of `window.bench` (test/bench/report-export.step.ts drives it): a delegation
 * report of a date range holding REPORT_MEETINGS meetings, read from the app's database through
 * the export feature's own reads, then written as DOCX (timed in the page) and as HTML for the
 * spec to lay out and print to PDF.
 */

export interface ReportPrepared {
  /** Meetings in the database, and in the report's date range. */
  seeded: number;
  meetings: number;
  from: string;
  to: string;
  followUps: number;
  contacts: number;
  /** Stored notes of the report's meetings, UTF-8 bytes in all. */
  notesBytes: number;
  /** The report as Markdown: the text the baselines lay out without tables or styles. */
  textBytes: number;
  seedMs: number;
}

export interface TimedBytes {
  ms: number;
  bytes: number;
  /** Of `ms`, the part spent in buildMeetingReport (where there is one). */
  buildMs?: number;
}

export interface TimedHtml {
  /** What the page spent making it. */
  ms: number;
  html: string;
}

export interface ReportBenchApi {
  /** Replaces the app's database with `seeded` meetings and picks a date range of exactly `meetings`. */
  prepareReport(seeded: number, meetings: number): Promise<ReportPrepared>;
  /** The export's reads: the range's meetings, then every record they name (meetingsOf + readMeetingRecords). */
  measureReportRead(): Promise<number>;
  /** buildMeetingReport + reportToDocx, over records already read. */
  measureReportDocx(): Promise<TimedBytes>;
  /** The baseline: the report's text as plain paragraphs of a docx Document, packed (the docx library's floor). */
  measurePlainDocx(): Promise<TimedBytes>;
  /** buildMeetingReport + reportToHtml: the standalone HTML the PDF is printed from. */
  reportHtml(): Promise<TimedHtml>;
  /** The baseline's page: the report's text in a bare <pre>. */
  plainHtml(): Promise<TimedHtml>;
  /** The hash route of the app's print view for the same report (`#/exports/report/print?…`). */
  reportPrintHash(): Promise<string>;
  releaseReport(): Promise<void>;
}
