import { PENDING_STATES, type OutboxItem, type OutboxRecord } from '#shared/outbox/outbox-item';
import type { OutboxStore } from '#shared/outbox/outbox-store';
import type { DeskDatabase, OutboxBytes } from './db';
import { guardStorage } from './storage-error';

/**
 * A write refused because the stored item changed since this store read it: the user cancelled
 * it, or asked for a retry, while the delivery was deciding to send it. The delivery run that
 * meets this stops; the next run reads the item afresh.
 */
export class StaleOutboxItemError extends Error {
  readonly itemId: string;
  constructor(itemId: string) {
    super(`outbox item ${itemId} changed since it was read`);
    this.name = 'StaleOutboxItemError';
    this.itemId = itemId;
  }
}

/** Everything a transition or a target change can alter; two copies with the same revision are one state. */
function revisionOf(item: OutboxRecord): string {
  return JSON.stringify([
    item.state,
    item.attempts,
    item.folder,
    item.fileName,
    item.renameCount,
    item.failuresInRow,
    item.nextAttemptAt,
    item.lastError,
    item.partialUploadPossible,
    item.sentAt,
  ]);
}

/** The record as stored: everything but the bytes, which stay in `outboxBytes` as queued. */
export function recordOf(item: OutboxItem | OutboxRecord): OutboxRecord {
  if (!('bytes' in item)) return item;
  const { bytes: _bytes, ...record } = item;
  return record;
}

/** Joins records with their bytes (in the caller's transaction, or each read on its own). */
export async function withBytes(db: DeskDatabase, records: readonly OutboxRecord[]): Promise<OutboxItem[]> {
  const files = await db.outboxBytes.bulkGet(records.map((record) => record.id));
  return records.flatMap((record, index): OutboxItem[] => {
    const file = files[index];
    // Bytes and record are written and deleted together; a record without them is never sent.
    return file ? [withFile(record, file)] : [];
  });
}

function withFile(record: OutboxRecord, file: OutboxBytes): OutboxItem {
  return { ...record, bytes: new Uint8Array(file.bytes.buffer as ArrayBuffer, file.bytes.byteOffset, file.bytes.byteLength) };
}

/**
 * The outbox as a delivery run sees it (shared/outbox OutboxStore), over IndexedDB. Every put is
 * its own read-write transaction, durable before it resolves. A put is compare-and-set against
 * what this store last read or wrote for that item, so a run never overwrites a cancel with the
 * stale copy it read a moment before (the user's actions are transactions of their own in the
 * repository). list() reads pending items only, and with `targetId` that target's only (by index).
 */
export function createDexieOutboxStore(db: DeskDatabase, targetId?: string): OutboxStore {
  const seen = new Map<string, string>();
  const remember = <T extends OutboxRecord>(item: T | undefined) => {
    if (item) seen.set(item.id, revisionOf(item));
    return item;
  };
  const read = (records: () => Promise<OutboxRecord[]>) =>
    guardStorage(() => db.transaction('r', db.outbox, db.outboxBytes, async () => withBytes(db, await records())));

  return {
    get: async (id) => remember((await read(async () => [await db.outbox.get(id)].filter((record) => record !== undefined)))[0]),

    async list() {
      // Pending items only (by index): a long history of delivered files, bytes and all, is never read.
      const items = await read(() =>
        targetId === undefined
          ? db.outbox.where('state').anyOf([...PENDING_STATES]).toArray()
          : db.outbox
              .where('[targetId+state]')
              .anyOf(PENDING_STATES.map((state) => [targetId, state]))
              .toArray(),
      );
      for (const item of items) remember(item);
      return items;
    },

    async put(item) {
      const written = await guardStorage(() => db.transaction('rw', db.outbox, db.outboxBytes, () => writeUnlessChanged(item)));
      // Thrown outside guardStorage, which would turn it into a storage failure.
      if (!written) throw stale(item.id);
      remember(item);
    },

    async step(settled, ids, start) {
      type Step = { staleId: string } | { started: OutboxItem[] };
      const result = await guardStorage(() =>
        db.transaction('rw', db.outbox, db.outboxBytes, async (): Promise<Step> => {
          // Reads together, then writes together: one round trip each, as this runs once per batch sent.
          const settledIds = settled.map((item) => item.id);
          const [current, records, files] = await Promise.all([db.outbox.bulkGet(settledIds), db.outbox.bulkGet([...ids]), db.outboxBytes.bulkGet([...ids])]);
          const staleIndex = settled.findIndex((item, index) => !unchangedSinceSeen(item.id, current[index]));
          if (staleIndex >= 0) return { staleId: settledIds[staleIndex]! };
          const started: OutboxItem[] = [];
          records.forEach((record, index) => {
            const file = files[index];
            if (!record || !file) return;
            const item = withFile(record, file);
            remember(item);
            const next = start(item);
            if (next) started.push(next);
          });
          const newBytes = settled.filter((_item, index) => !current[index]).map((item) => ({ id: item.id, bytes: item.bytes }));
          await Promise.all([
            db.outbox.bulkPut([...settled, ...started].map(recordOf)),
            newBytes.length > 0 ? db.outboxBytes.bulkPut(newBytes) : undefined,
          ]);
          return { started };
        }),
      );
      if ('staleId' in result) throw stale(result.staleId);
      for (const item of settled) remember(item);
      for (const item of result.started) remember(item);
      return result.started;
    },
  };

  /** Whether the stored record is as this store last read or wrote it (or new to it). */
  function unchangedSinceSeen(itemId: string, current: OutboxRecord | undefined): boolean {
    const expected = seen.get(itemId);
    return !current || expected === undefined || revisionOf(current) === expected;
  }

  /** Writes the item unless the stored one changed since this store last read or wrote it (in the caller's transaction). */
  async function writeUnlessChanged(item: OutboxItem): Promise<boolean> {
    const current = await db.outbox.get(item.id);
    if (!unchangedSinceSeen(item.id, current)) return false;
    await db.outbox.put(recordOf(item));
    // An item the store has never held (a test, a restore) brings its bytes; otherwise they are there.
    if (!current) await db.outboxBytes.put({ id: item.id, bytes: item.bytes });
    return true;
  }

  function stale(itemId: string): StaleOutboxItemError {
    seen.delete(itemId);
    return new StaleOutboxItemError(itemId);
  }
}
