import type { DeskDatabase, IndexedTable, RecordChange } from '../../data/db';

/**
 * The search worker's reading of the record-change log (renderer/data/record-changes.ts): writes
 * its updatedAt watermark cannot see, namely records removed outright (an undone import) and
 * records written with an older updatedAt (a restore, a bundle). Whatever an entry says, the
 * records are read as they are now: one that exists is indexed as it is, one that does not is
 * removed. So the order of entries does not matter, and reading one twice does no harm.
 */

export interface LoggedRecords {
  /** The newest entry read, or null when there was none after the last one applied. */
  lastId: string | null;
  /** The records the entries name that exist now, by table. */
  found: Record<IndexedTable, unknown[]>;
  /** The ids the entries name that no longer exist, by table. */
  gone: Record<IndexedTable, string[]>;
}

const TABLES: readonly IndexedTable[] = ['contacts', 'organizations', 'events', 'meetings', 'agreements'];

const byTable = <T>(make: () => T): Record<IndexedTable, T> => ({
  contacts: make(),
  organizations: make(),
  events: make(),
  meetings: make(),
  agreements: make(),
});

/** The id of the newest entry, from which a worker that has just read every record goes on. */
export async function lastLoggedChangeId(db: DeskDatabase): Promise<string> {
  return ((await db.recordChanges.orderBy(':id').lastKey()) as string | undefined) ?? '';
}

/** The entries after `afterId`, and the records they name as they are now. */
export async function readLoggedRecords(db: DeskDatabase, afterId: string): Promise<LoggedRecords> {
  const entries: RecordChange[] = await db.recordChanges.where('id').above(afterId).toArray();
  const found = byTable<unknown[]>(() => []);
  const gone = byTable<string[]>(() => []);
  if (entries.length === 0) return { lastId: null, found, gone };
  const ids = byTable(() => new Set<string>());
  for (const entry of entries) for (const id of entry.recordIds) ids[entry.table].add(id);
  for (const table of TABLES) {
    const wanted = [...ids[table]];
    if (wanted.length === 0) continue;
    const records = await (db[table] as DeskDatabase['contacts']).bulkGet(wanted);
    records.forEach((record, i) => {
      if (record) found[table].push(record);
      else gone[table].push(wanted[i]!);
    });
  }
  return { lastId: entries[entries.length - 1]!.id, found, gone };
}

/**
 * A stand-in for a record that no longer exists: to the index and to the names records borrow, it
 * is a record in the Trash (which lends no name and has no document). Its time is 0, before any
 * watermark.
 */
export function removedRecord<T>(id: string): T {
  return { id, updatedAt: 0, deletedAt: 0 } as T;
}
