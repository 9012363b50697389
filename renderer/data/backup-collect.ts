import { BACKUP_TABLES, type BackupContents, type BackupTable } from '#shared/backup/backup-format';
import type { AttachmentBytes } from '#shared/domain/attachment';
import type { DeskDatabase } from './db';
import { attachmentBytesToBase64, type BackupRow } from './backup-records';
import { backupTable } from './backup-tables';
import { readSettings } from './backup-settings';
import { guardStorage } from './storage-error';

/**
 * The whole workspace as a file holds it: every backed-up table, Trash included (it is part of
 * the workspace until emptied), read in one transaction so the file is one consistent moment;
 * attachment bytes as base64; the app's own settings.
 */
export async function collectContents(db: DeskDatabase, storage: Storage | null): Promise<BackupContents> {
  const [rows, bytes] = await guardStorage(() =>
    db.transaction('r', [...BACKUP_TABLES.map((table) => db.table(table)), db.attachmentBytes], () =>
      Promise.all([Promise.all(BACKUP_TABLES.map((table) => backupTable(db, table).toArray())), db.attachmentBytes.toArray()]),
    ),
  );
  const tables: Partial<Record<BackupTable, BackupRow[]>> = {};
  BACKUP_TABLES.forEach((table, i) => {
    tables[table] = rows[i];
  });
  return { tables, attachmentBytes: await encodeBytes(bytes), settings: readSettings(storage) };
}

/** Each file's bytes as base64, by attachment id. */
export async function encodeBytes(bytes: readonly AttachmentBytes[]): Promise<Record<string, string>> {
  const encoded: Record<string, string> = {};
  for (const { id, bytes: content } of bytes) encoded[id] = await attachmentBytesToBase64(content);
  return encoded;
}
