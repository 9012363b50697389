import { BACKUP_TABLES, type BackupContents, type BackupTable, type MergeConflict, type MergeReport } from '#shared/backup/backup-format';
import { sameRecord } from '#shared/backup/same-record';
import type { UiLanguage } from '#shared/domain/lang';
import type { AttachmentBytes } from '#shared/domain/attachment';
import type { DeskDatabase, IndexedTable } from './db';
import { INDEXED_TABLES, UNTIMED_TABLES, attachmentBytesOf, prepareRows, recordLabel, type BackupRow } from './backup-records';
import { backupScope, backupTable } from './backup-tables';
import { logRecordChanges } from './record-changes';
import { guardStorage } from './storage-error';

const updatedAtOf = (record: BackupRow): number => (typeof record.updatedAt === 'number' ? record.updatedAt : 0);

interface TableOutcome {
  write: BackupRow[];
  added: number;
  updated: number;
  unchanged: number;
  conflicts: MergeConflict[];
}

/**
 * Decides, record by record, what a merge does with one table: a record missing here is added;
 * one that is the same is left; one that differs is a conflict the newer `updatedAt` wins (a tie
 * keeps ours, as does a table without times).
 */
function mergeTable(table: BackupTable, incoming: readonly BackupRow[], local: readonly (BackupRow | undefined)[], lang: UiLanguage): TableOutcome {
  const outcome: TableOutcome = { write: [], added: 0, updated: 0, unchanged: 0, conflicts: [] };
  incoming.forEach((record, i) => {
    const ours = local[i];
    if (!ours) {
      outcome.write.push(record);
      outcome.added += 1;
      return;
    }
    if (UNTIMED_TABLES.has(table) || sameRecord(ours, record)) {
      outcome.unchanged += 1;
      return;
    }
    const incomingWins = updatedAtOf(record) > updatedAtOf(ours);
    const kept = incomingWins ? record : ours;
    outcome.conflicts.push({
      table,
      id: record.id,
      label: recordLabel(table, kept, lang),
      kept: incomingWins ? 'incoming' : 'local',
      localUpdatedAt: updatedAtOf(ours),
      incomingUpdatedAt: updatedAtOf(record),
    });
    if (incomingWins) {
      outcome.write.push(record);
      outcome.updated += 1;
    } else {
      outcome.unchanged += 1;
    }
  });
  return outcome;
}

const countInto = (counts: Record<string, number>, table: string, count: number) => {
  if (count > 0) counts[table] = count;
};

/**
 * Merges a file's records into the workspace by id, in one transaction: either every table is
 * merged or, on any failure, nothing is. Written records of searchable tables are logged so the
 * search index picks them up even when their `updatedAt` is older than its watermark.
 */
export async function mergeContents(db: DeskDatabase, contents: BackupContents, lang: UiLanguage, now: () => number): Promise<MergeReport> {
  // Prepared before the transaction opens: sanitizing and deriving are synchronous work that an
  // IndexedDB transaction would otherwise sit through.
  const prepared = BACKUP_TABLES.map((table) => [table, prepareRows(table, contents)] as const);
  const report: MergeReport = { added: {}, updated: {}, unchanged: {}, conflicts: [] };

  await guardStorage(() =>
    db.transaction('rw', backupScope(db), async () => {
      for (const [table, incoming] of prepared) {
        if (incoming.length === 0) continue;
        const store = backupTable(db, table);
        const local = await store.bulkGet(incoming.map((record) => record.id));
        const outcome = mergeTable(table, incoming, local, lang);
        if (outcome.write.length > 0) await store.bulkPut(outcome.write);
        if (table === 'attachments') await writeAttachmentBytes(db, contents, outcome.write);
        if (INDEXED_TABLES.has(table)) {
          await logRecordChanges(db, table as IndexedTable, 'written', outcome.write.map((record) => record.id), now());
        }
        countInto(report.added, table, outcome.added);
        countInto(report.updated, table, outcome.updated);
        countInto(report.unchanged, table, outcome.unchanged);
        report.conflicts.push(...outcome.conflicts);
      }
    }),
  );
  return report;
}

/** The bytes of the attachments written, where the file has them (they come with their attachment). */
export async function writeAttachmentBytes(db: DeskDatabase, contents: BackupContents, attachments: readonly BackupRow[]): Promise<void> {
  const bytes: AttachmentBytes[] = [];
  for (const { id } of attachments) {
    const content = attachmentBytesOf(contents, id);
    if (content) bytes.push({ id, bytes: content });
  }
  if (bytes.length > 0) await db.attachmentBytes.bulkPut(bytes);
}
