import { encodeTime } from 'ulid';
import { newRecordId } from '#shared/domain/ids';
import type { DeskDatabase, IndexedTable, RecordChange } from './db';

/** The search worker reads the log within moments; a week covers a laptop that slept through it. */
const KEEP_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Notes records that the search index cannot find by their updatedAt: removed outright, or
 * written with an updatedAt from another device. Call it inside the transaction that writes them
 * (with `recordChanges` in its scope), so the log and the records change together.
 */
export async function logRecordChanges(
  db: DeskDatabase,
  table: IndexedTable,
  kind: RecordChange['kind'],
  recordIds: readonly string[],
  now: number,
): Promise<void> {
  if (recordIds.length === 0) return;
  await db.recordChanges.add({ id: newRecordId(now), table, kind, recordIds: [...recordIds] });
  // The smallest ULID of that millisecond (newRecordId is monotonic, so it cannot go back in time).
  await db.recordChanges.where('id').below(encodeTime(now - KEEP_MS, 10)).delete();
}
