import { BACKUP_TABLES, type BackupContents } from '#shared/backup/backup-format';
import { AppError } from '#shared/errors/app-error';
import type { DeskDatabase, IndexedTable } from './db';
import { INDEXED_TABLES, prepareRows } from './backup-records';
import { backupScope, backupTable } from './backup-tables';
import { writeAttachmentBytes } from './backup-merge';
import { logRecordChanges } from './record-changes';
import { guardStorage } from './storage-error';

/** Tables that make a workspace "not empty": the records a user keeps. Topics and clauses are vocabulary. */
export function recordTables(db: DeskDatabase) {
  return [db.contacts, db.organizations, db.events, db.meetings, db.followUps, db.agreements, db.attachments];
}

/** No records at all, in the Trash or not. */
export async function countRecords(db: DeskDatabase): Promise<number> {
  const counts = await Promise.all(recordTables(db).map((table) => table.count()));
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * Writes a whole file into an empty workspace, every table in one transaction. Emptiness is
 * checked inside that transaction, so a record added meanwhile (another window) refuses the
 * restore rather than mixing into it.
 */
export async function restoreIntoEmpty(db: DeskDatabase, contents: BackupContents, now: () => number): Promise<void> {
  const prepared = BACKUP_TABLES.map((table) => [table, prepareRows(table, contents)] as const);
  await guardStorage(() =>
    db.transaction('rw', backupScope(db), async () => {
      if ((await countRecords(db)) > 0) throw new AppError('workspaceNotEmpty');
      for (const [table, rows] of prepared) {
        if (rows.length === 0) continue;
        // put, not add: seeded-topic relabels or clauses may already sit in an "empty" workspace.
        await backupTable(db, table).bulkPut(rows);
        if (table === 'attachments') await writeAttachmentBytes(db, contents, rows);
        if (INDEXED_TABLES.has(table)) {
          await logRecordChanges(db, table as IndexedTable, 'written', rows.map((row) => row.id), now());
        }
      }
    }),
  );
}
