import type { BackupContents, MergeReport } from '#shared/backup/backup-format';
import type { UiLanguage } from '#shared/domain/lang';
import type { DeskDatabase } from './db';
import { collectContents } from './backup-collect';
import { selectEventBundle } from './backup-bundle';
import { mergeContents } from './backup-merge';
import { countRecords, restoreIntoEmpty } from './backup-restore';
import { defaultSettingsStorage, writeSettings } from './backup-settings';
import { guardStorage } from './storage-error';

/**
 * Backups and bundles over one database: what goes into a file (the whole workspace, or one
 * event with what it needs) and what a file's contents do to the workspace (restore into an
 * empty one, or merge by record id). Reading and writing the file itself is shared/backup.
 */
export function createBackupRepository(db: DeskDatabase, now: () => number = Date.now, storage: Storage | null = defaultSettingsStorage()) {
  return {
    collect: (): Promise<BackupContents> => collectContents(db, storage),

    /** Nothing recorded, in the Trash or not (topic and clause vocabularies do not count). */
    isEmpty: async (): Promise<boolean> => (await guardStorage(() => countRecords(db))) === 0,

    /** Refuses (workspaceNotEmpty) unless the workspace is empty; settings follow once the records are in. */
    async restoreEmpty(contents: BackupContents): Promise<void> {
      await restoreIntoEmpty(db, contents, now);
      writeSettings(storage, contents.settings);
    },

    /** Settings are left as they are: a merge brings records, not another computer's layout. */
    merge: (contents: BackupContents, labelLanguage: UiLanguage): Promise<MergeReport> => mergeContents(db, contents, labelLanguage, now),

    /** Empties every table in one transaction; the caller reloads the app afterwards. */
    wipe: (): Promise<void> => guardStorage(() => db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())).then(() => undefined))),

    selectEventBundle: (eventId: string) => selectEventBundle(db, eventId),
  };
}

export type BackupRepository = ReturnType<typeof createBackupRepository>;
