import type { BrowserContext, Page } from '@playwright/test';
import { MEETINGS_VIEWPORT, REPORT, REPORT_TARGETS, reportRunsFor, STEP_TIMEOUT_MS } from './bench-config';
import type { BenchEnv } from './bench-env';
import { PageSession } from './bench-session';
import type { BrowserQuiet } from './browser-quiet';
import { openAppIdle } from './open-screens';

/**
 * 9, issue 6: a delegation report of 200 meetings (notes, people, organizations, follow-ups)
 * from a database of 1 000, in Ukrainian.
 * - DOCX: buildMeetingReport + reportToDocx in the bench page, against the docx library's
 *   floor: the report's text (its Markdown, line by line) as plain paragraphs, packed.
 * - PDF: buildMeetingReport + reportToHtml in the page, that HTML laid out in another page
 *   and printed with page.pdf() (Chromium's printToPDF, which Electron's webContents.printToPDF
 *   is), against the same text in a bare <pre> printed the same way. Beside it, as information,
 *   the app's own print view (what the Electron build prints): the idle app opens the report's
 *   print link, lays out all 200 meetings, and page.pdf() prints it.
 * The files' sizes are reported beside their baselines'. Reading the report's records (the export's
 * own reads) is timed too and printed, not tabled: it comes before every format alike.
 */

type Kind = 'read' | 'docx' | 'plainDocx' | 'pdf' | 'plainPdf' | 'appPdf';
const KINDS: readonly Kind[] = ['docx', 'plainDocx', 'pdf', 'plainPdf', 'read', 'appPdf'];

interface Sample {
  ms: number;
  bytes?: number;
  pages?: number;
  buildMs?: number;
}

/** A PDF's pages: its /Type /Page objects (not /Pages); Chromium writes them uncompressed. */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

async function printHtml(printer: Page, made: { ms: number; html: string }): Promise<Sample> {
  const start = performance.now();
  await printer.setContent(made.html, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
  await printer.evaluate(() => document.fonts.ready.then(() => undefined));
  const pdf = await printer.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  const ms = made.ms + performance.now() - start;
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('page.pdf() gave no PDF');
  return { ms, bytes: pdf.length, pages: pdfPages(pdf) };
}

/** The idle app (Settings) follows the report's print link, as the export dialog does; timed to the PDF in hand. */
async function printAppView(context: BrowserContext, quiet: BrowserQuiet, hash: string, meetings: number): Promise<Sample> {
  const app = await openAppIdle(context, quiet);
  try {
    const start = performance.now();
    await app.page.evaluate((target) => {
      location.hash = target;
    }, hash);
    await app.page.waitForFunction((count) => document.querySelectorAll('.report-print__meeting').length >= count, meetings, { timeout: STEP_TIMEOUT_MS, polling: 'raf' });
    await app.page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await app.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const ms = performance.now() - start;
    const shown = await app.page.evaluate(() => document.querySelectorAll('.report-print__meeting').length);
    if (shown !== meetings) throw new Error(`the print view shows ${shown} meetings, expected ${meetings}`);
    app.throwIfErrors();
    return { ms, bytes: pdf.length, pages: pdfPages(pdf) };
  } finally {
    await app.close();
  }
}

export async function benchReportExport(env: BenchEnv): Promise<void> {
  const { browser, baseURL, report, quiet } = env;
  const samples: Record<Kind, Sample[]> = { read: [], docx: [], plainDocx: [], pdf: [], plainPdf: [], appPdf: [] };
  const context = await browser.newContext({ baseURL, viewport: MEETINGS_VIEWPORT, locale: 'uk-UA', timezoneId: 'Europe/Kyiv', serviceWorkers: 'block' });
  try {
    const bench = await PageSession.openBench(context);
    const prepared = await bench.call('prepareReport', REPORT.seeded, REPORT.meetings);
    const printHash = await bench.call('reportPrintHash');
    report.details.report = { prepared, samples };
    console.log(
      `report: ${prepared.meetings} meetings (${prepared.from} … ${prepared.to}) of ${prepared.seeded} seeded in ${Math.round(prepared.seedMs)} ms; ` +
        `${prepared.followUps} follow-ups, ${prepared.contacts} people, notes ${Math.round(prepared.notesBytes / 1024)} KiB, text ${Math.round(prepared.textBytes / 1024)} KiB`,
    );
    const printer = await context.newPage();

    const measure = async (kind: Kind): Promise<Sample> => {
      switch (kind) {
        case 'read':
          return { ms: await bench.call('measureReportRead') };
        case 'docx':
          return bench.call('measureReportDocx');
        case 'plainDocx':
          return bench.call('measurePlainDocx');
        case 'pdf':
          return printHtml(printer, await bench.call('reportHtml'));
        case 'plainPdf':
          return printHtml(printer, await bench.call('plainHtml'));
        case 'appPdf':
          return printAppView(context, quiet, printHash, prepared.meetings);
      }
    };

    // Warm-up, not recorded: the first call compiles the writers and the first print starts the printing pipeline.
    for (const kind of KINDS) if (kind !== 'appPdf') await measure(kind);
    for (let run = 0; run < reportRunsFor(); run++) {
      for (const kind of run % 2 === 0 ? KINDS : [...KINDS].reverse()) {
        await bench.collectGarbage();
        await quiet.wait();
        samples[kind].push(await measure(kind));
      }
    }
    await printer.close();
    await bench.call('releaseReport');
    await bench.close();
  } finally {
    await context.close();
  }

  const ms = (kind: Kind) => samples[kind].map((sample) => sample.ms);
  const kib = (kind: Kind) => samples[kind].map((sample) => (sample.bytes ?? 0) / 1024);
  const pages = (kind: Kind) => samples[kind].map((sample) => sample.pages ?? 0);
  const size = REPORT.meetings;
  report.add({ benchmark: 'report: DOCX (build + reportToDocx) / plain paragraphs', size, unit: 'ms', measured: ms('docx'), baseline: ms('plainDocx'), limit: REPORT_TARGETS.docxMs });
  report.add({ benchmark: 'report: DOCX size / plain paragraphs', size, unit: 'KiB', measured: kib('docx'), baseline: kib('plainDocx') });
  report.add({ benchmark: 'report: PDF (build + reportToHtml + layout + page.pdf) / bare <pre>', size, unit: 'ms', measured: ms('pdf'), baseline: ms('plainPdf'), limit: REPORT_TARGETS.pdfMs });
  report.add({ benchmark: 'report: PDF size / bare <pre>', size, unit: 'KiB', measured: kib('pdf'), baseline: kib('plainPdf') });
  report.add({ benchmark: 'report: PDF pages / bare <pre>', size, unit: 'count', measured: pages('pdf'), baseline: pages('plainPdf') });
  report.add({ benchmark: 'report: PDF of the app’s print view (link → laid out → page.pdf) / HTML PDF', size, unit: 'ms', measured: ms('appPdf'), baseline: ms('pdf') });
  const median = (values: number[]) => values.toSorted((a, b) => a - b)[values.length >> 1] ?? Number.NaN;
  console.log(
    `report: reading its records through the export's reads took ${Math.round(median(ms('read')))} ms (median of ${samples.read.length}), before the writers; ` +
      `buildMeetingReport alone ${Math.round(median(samples.docx.map((sample) => sample.buildMs ?? Number.NaN)))} ms of the DOCX figure`,
  );
}
