/**
 * The backup part of `window.bench` (test/bench/backup.step.ts drives it): a workspace of about
 * 100 000 records (meetings with 1–2 KB notes, their follow-ups, people and organizations)
 * written to one backup file and restored from it, each against a raw IndexedDB baseline.
 */

export interface BackupPrepared {
  /** Records per table after seeding, and in all. */
  counts: Record<string, number>;
  records: number;
  seedMs: number;
}

export interface TimedBackup {
  ms: number;
  /** Of `ms`, reading the tables (collect). */
  collectMs: number;
  bytes: number;
}

export interface TimedRestore {
  ms: number;
  /** Of `ms`, reading the file back (checksum, decrypt, gunzip, parse, upgrade). */
  readMs: number;
  records: number;
}

export interface BackupBenchApi {
  /** Replaces the app's database with `meetings` meetings and their records, topped up with contacts to `records`. */
  prepareBackup(meetings: number, records: number): Promise<BackupPrepared>;
  /** workspace.backups.collect() + writeBackupFile, plain or under a passphrase; keeps the file for restore. */
  measureBackup(encrypted: boolean): Promise<TimedBackup>;
  /** Baseline: every table read with getAll on a plain IndexedDB connection and JSON.stringify'd. */
  measureRawDump(): Promise<TimedBackup>;
  /** Empties the app's database (untimed), then readBackupFile + restoreEmpty of the kept file. */
  measureRestore(encrypted: boolean): Promise<TimedRestore>;
  /** Baseline: the same records put table by table into a fresh database with the app's stores and indexes. */
  measureRawRestore(): Promise<TimedRestore>;
  releaseBackup(): Promise<void>;
}
