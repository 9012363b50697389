import type { Table } from 'dexie';
import { BACKUP_TABLES, type BackupTable } from '#shared/backup/backup-format';
import type { DeskDatabase } from './db';
import type { BackupRow } from './backup-records';

/** A backed-up table by name, its records seen as a file holds them. */
export function backupTable(db: DeskDatabase, table: BackupTable): Table<BackupRow, string> {
  return db.table(table);
}

/** Every table a restore or merge writes, for one transaction's scope. */
export function backupScope(db: DeskDatabase): Table[] {
  return [...BACKUP_TABLES.map((table) => db.table(table)), db.attachmentBytes, db.recordChanges];
}
