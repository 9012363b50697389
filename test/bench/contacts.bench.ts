import { test } from '@playwright/test';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  APP_VIEWPORT,
  FIRST_ROWS,
  BACKUP,
  backupRunsFor,
  IMPORT,
  IMPORT_TARGETS,
  importRunsFor,
  MEETING_SIZES,
  MEETING_TARGETS,
  meetingRunsFor,
  OUTBOX,
  OUTBOX_TARGETS,
  outboxRunsFor,
  REPORT,
  REPORT_TARGETS,
  reportRunsFor,
  runsFor,
  SIZES,
  STEPS,
  TARGETS,
  typingRunsFor,
} from './bench-config';
import { benchFirstRows } from './first-rows.step';
import { benchBackup } from './backup.step';
import { benchImport } from './import.step';
import { benchInsert } from './insert.step';
import { benchMeetings } from './meetings.step';
import { benchOutbox } from './outbox.step';
import { benchReportExport } from './report-export.step';
import { BENCH_SEED } from './page/bench-api';
import { BrowserQuiet } from './browser-quiet';
import { MachineLoad } from './machine-load';
import { BenchReport } from './report';
import { benchSort } from './sort.step';
import { benchSearch } from './search.step';
import { startStaticServer } from './static-server';

/**
 * `npm run bench`: the contacts table at 1k / 10k / 100k, the global search, the meetings
 * screens at 1k / 20k meetings, a 200-meeting report as DOCX and PDF, and the outbox sending
 * 1 000 files to a local rclone WebDAV server, against the production builds in Chromium. Prints a table,
 * writes results/<timestamp>.json; a missed target is reported, an error fails the run.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const BUILDS = { '/bench/': path.join(repoRoot, 'out', 'bench'), '/': path.join(repoRoot, 'out', 'renderer') };

test('contacts, search, meetings, exports: insert, first rows, sort, memory, search, timeline, agenda, autosave, report, outbox', async ({ browser }) => {
  for (const folder of Object.values(BUILDS)) {
    if (!existsSync(path.join(folder, 'index.html'))) throw new Error(`${folder} is not built: run npm run bench`);
  }
  const quiet = await BrowserQuiet.attach(browser);
  const server = await startStaticServer(BUILDS);
  const cpus = os.cpus();
  const report = new BenchReport(
    {
      chromium: browser.version(),
      node: process.version,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    },
    {
      seed: BENCH_SEED,
      steps: [...STEPS],
      sizes: SIZES,
      runs: Object.fromEntries(SIZES.map((size) => [size, runsFor(size)])),
      targets: TARGETS,
      firstRows: FIRST_ROWS,
      viewport: APP_VIEWPORT,
      meetings: { sizes: MEETING_SIZES, screenRuns: meetingRunsFor(), typingRuns: typingRunsFor(), targets: MEETING_TARGETS },
      report: { ...REPORT, runs: reportRunsFor(), targets: REPORT_TARGETS },
      outbox: { ...OUTBOX, runs: outboxRunsFor(), targets: OUTBOX_TARGETS },
      import: { ...IMPORT, runs: importRunsFor(), targets: IMPORT_TARGETS },
      backup: { ...BACKUP, runs: backupRunsFor() },
    },
  );
  const load = new MachineLoad();
  const env = { browser, baseURL: server.url, report, quiet };
  try {
    if (STEPS.has('insert')) await test.step('1. bulk insert: repository vs raw IndexedDB', () => benchInsert(env));
    if (STEPS.has('first-rows')) await test.step('2 + 4. first rows and heap in the app', () => benchFirstRows(env));
    if (STEPS.has('sort')) await test.step('3. sort by name in Ukrainian', () => benchSort(env));
    if (STEPS.has('search')) await test.step('5. global search', () => benchSearch(env));
    if (STEPS.has('timeline') || STEPS.has('agenda') || STEPS.has('autosave')) {
      await test.step('6–8. meetings: timeline, agenda, autosave while typing', () => benchMeetings(env));
    }
    if (STEPS.has('report')) await test.step('9. delegation report of 200 meetings: DOCX and PDF', () => benchReportExport(env));
    if (STEPS.has('outbox')) await test.step('10. outbox: 1 000 small files to rclone WebDAV', () => benchOutbox(env));
    if (STEPS.has('import')) await test.step('11. import 10 000 vCards: worker vs raw put', () => benchImport(env));
    if (STEPS.has('backup')) await test.step('12. backup and restore of 100 000 records: vs raw dump and raw puts', () => benchBackup(env));
  } finally {
    const machine = load.summary();
    const waits = { waitedMs: quiet.waitedMs, timeouts: quiet.timeouts, busyMachine: quiet.busyMachine };
    report.details.machine = { ...machine, waits };
    await quiet.detach();
    const file = report.write(path.join(here, 'results'));
    console.log(`\nDelegation Desk benchmarks: Chromium ${browser.version()}, ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, seed ${BENCH_SEED}\n`);
    console.log(report.table());
    const busy = machine.busyShare === null ? 'unknown' : `${Math.round(machine.busyShare * 100)}%`;
    console.log(`\nMachine: CPUs busy ${busy} over the run (this benchmark included), load average ${machine.loadAverageStart.toFixed(1)} → ${machine.loadAverageEnd.toFixed(1)} on ${machine.cpus} CPUs.`);
    if (waits.busyMachine > 0) {
      console.log(`Warning: other processes kept the machine busy before ${waits.busyMachine} measurements; figures are noisier than on an idle machine.`);
    }
    console.log(`\nResults: ${path.relative(repoRoot, file)}`);
    await server.close();
  }
});
