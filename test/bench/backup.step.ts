import { BACKUP, backupRunsFor, MEETINGS_VIEWPORT } from './bench-config';
import type { BenchEnv } from './bench-env';
import { PageSession } from './bench-session';
import type { TimedBackup, TimedRestore } from './page/backup-api';

/**
 * 12, issue 7: backup and restore of a workspace of about 100 000 records (20 000 meetings with
 * 1–2 KB notes, their 50 000 follow-ups, the people and organizations they name, topped up with
 * contacts), in the bench page against the app's database:
 * - backup: workspace.backups.collect() + writeBackupFile (gzip; and under a passphrase:
 *   PBKDF2-SHA-256 600 000 iterations + AES-256-GCM), against the floor of any JSON dump: every
 *   table read with getAll on a plain IndexedDB connection and JSON.stringify'd;
 * - restore: readBackupFile (checksum, decrypt, gunzip, parse, upgrade) + restoreEmpty (derived
 *   fields recomputed, one transaction), into the emptied database, against putting the same
 *   records table by table into a fresh database with the same stores and indexes.
 * The issue sets no target for these: the figures are printed beside their baselines.
 */

type Kind = 'backup' | 'backupEncrypted' | 'rawDump' | 'restore' | 'restoreEncrypted' | 'rawRestore';

export async function benchBackup(env: BenchEnv): Promise<void> {
  const { browser, baseURL, report, quiet } = env;
  const samples: Record<Kind, (TimedBackup | TimedRestore)[]> = { backup: [], backupEncrypted: [], rawDump: [], restore: [], restoreEncrypted: [], rawRestore: [] };
  const context = await browser.newContext({ baseURL, viewport: MEETINGS_VIEWPORT, locale: 'uk-UA', timezoneId: 'Europe/Kyiv', serviceWorkers: 'block' });
  let records: number;
  let fileBytes = 0;
  try {
    const bench = await PageSession.openBench(context);
    const prepared = await bench.call('prepareBackup', BACKUP.meetings, BACKUP.records);
    records = prepared.records;
    report.details.backup = { prepared, samples };
    console.log(`backup: ${prepared.records} records seeded in ${Math.round(prepared.seedMs)} ms: ${JSON.stringify(prepared.counts)}`);
    for (let run = 0; run < backupRunsFor(); run++) {
      for (const kind of ['backup', 'backupEncrypted', 'rawDump'] as const) {
        await bench.collectGarbage();
        await quiet.wait();
        if (kind === 'rawDump') samples.rawDump.push(await bench.call('measureRawDump'));
        else samples[kind].push(await bench.call('measureBackup', kind === 'backupEncrypted'));
      }
      for (const kind of ['restore', 'restoreEncrypted', 'rawRestore'] as const) {
        await bench.collectGarbage();
        await quiet.wait();
        const result = kind === 'rawRestore' ? await bench.call('measureRawRestore') : await bench.call('measureRestore', kind === 'restoreEncrypted');
        if (result.records < records * 0.99) throw new Error(`${kind} left ${result.records} records of ${records}`);
        samples[kind].push(result);
      }
      fileBytes = (samples.backup.at(-1) as TimedBackup).bytes;
    }
    await bench.call('releaseBackup');
    await bench.close();
  } finally {
    await context.close();
  }
  const ms = (kind: Kind) => samples[kind].map((sample) => sample.ms);
  report.add({ benchmark: 'backup: collect + write file (gzip) / getAll + JSON.stringify', size: records, unit: 'ms', measured: ms('backup'), baseline: ms('rawDump') });
  report.add({ benchmark: 'backup: encrypted (PBKDF2 600k + AES-GCM) / plain', size: records, unit: 'ms', measured: ms('backupEncrypted'), baseline: ms('backup') });
  report.add({ benchmark: 'restore: read file + restoreEmpty / raw puts of the same records', size: records, unit: 'ms', measured: ms('restore'), baseline: ms('rawRestore') });
  report.add({ benchmark: 'restore: encrypted / plain', size: records, unit: 'ms', measured: ms('restoreEncrypted'), baseline: ms('restore') });
  const median = (values: number[]) => values.toSorted((a, b) => a - b)[values.length >> 1] ?? Number.NaN;
  console.log(
    `backup: file ${(fileBytes / 1024 ** 2).toFixed(1)} MiB (JSON dump ${((samples.rawDump.at(-1) as TimedBackup | undefined)?.bytes ?? 0) / 1024 ** 2 | 0} MiB); ` +
      `collect ${Math.round(median(samples.backup.map((s) => (s as TimedBackup).collectMs)))} ms of the backup, reading the file ${Math.round(median(samples.restore.map((s) => (s as TimedRestore).readMs)))} ms of the restore`,
  );
}
