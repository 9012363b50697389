import { ZodError } from 'zod';
import { newRecordId } from '#shared/domain/ids';
import { fieldIssues } from '#shared/domain/validation';
import { AppError } from '#shared/errors/app-error';
import { MAX_SAVED_FILE_BYTES } from '#shared/ipc/contract';
import { createOutboxItem, type OutboxItem, type OutboxRecord, type OutboxState } from '#shared/outbox/outbox-item';
import { transition, type OutboxEvent } from '#shared/outbox/outbox-machine';
import { RETRY_RULES, SYNC_FAILURE_CODES } from '#shared/outbox/retry-policy';
import type { DeskDatabase } from './db';
import { createDexieOutboxStore, recordOf, withBytes } from './outbox-dexie-store';
import { changeTargetItems } from './outbox-target-changes';
import { guardStorage } from './storage-error';

/** An export to deliver: what a caller hands the outbox. */
export interface OutboxEntry {
  targetId: string;
  /** The export's deterministic, safe name (shared/exports exportFileName). */
  fileName: string;
  mimeType: string;
  bytes: Uint8Array | ArrayBuffer;
}

/** An item as lists show it: everything but the bytes, so a list does not hold every file in memory. */
export type OutboxListItem = OutboxRecord;

/** The largest file the outbox takes: what the shell accepts in one sync:put. */
export const MAX_OUTBOX_FILE_BYTES = MAX_SAVED_FILE_BYTES;

/** Items the header badge counts: not yet delivered, and not given up. */
export const WAITING_STATES = ['queued', 'sending', 'failed', 'conflict'] as const satisfies readonly OutboxState[];
/** Items "clear delivered" removes from the list (never from the target). */
export const FINISHED_STATES = ['sent', 'cancelled'] as const satisfies readonly OutboxState[];

/** Failures that mean the network was gone, which a reconnect answers. */
const NETWORK_CODES: ReadonlySet<string> = new Set(['syncNetwork', 'syncTimeout']);

/** Failures by which the target refused the credentials or the rights (401, 403): only the user can fix those. */
const REFUSED_CODES: ReadonlySet<string> = new Set(SYNC_FAILURE_CODES.filter((code) => RETRY_RULES[code] === 'needsUser'));
const isRefused = (item: OutboxRecord) => item.state === 'failed' && item.lastError !== null && REFUSED_CODES.has(item.lastError.code);

const newestFirst = (a: OutboxRecord, b: OutboxRecord) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Refusals of createOutboxItem (a name the remote path cannot take, a field out of range) as field issues. */
function asValidationError(error: unknown): unknown {
  if (error instanceof ZodError) return new AppError('validation', { issues: fieldIssues(error) });
  if (error instanceof AppError && error.code === 'validation' && !Array.isArray(error.details?.issues)) {
    return new AppError('validation', { issues: [{ path: 'fileName', code: 'invalid' }], ...error.details });
  }
  return error;
}

function unknownTarget(): AppError {
  return new AppError('validation', { issues: [{ path: 'targetId', code: 'unknownTarget' }] });
}

/**
 * The outbox: files waiting for (or done with) delivery to a sync target. Items are never
 * deleted except by `clearFinished` (delivered or cancelled ones, at the user's word); nothing
 * here ever deletes anything on a target.
 */
export function createOutboxRepository(db: DeskDatabase, now: () => number = Date.now, random: () => number = Math.random) {
  /** Reads, transitions and writes one item in one transaction, so no stale copy can win. */
  async function apply(id: string, event: OutboxEvent): Promise<OutboxRecord> {
    return guardStorage(() =>
      db.transaction('rw', db.outbox, async () => {
        const item = await db.outbox.get(id);
        if (!item) throw new AppError('notFound', { id });
        const next = transition(item, event, now(), random);
        if (next !== item) await db.outbox.put(next);
        return next;
      }),
    );
  }

  return {
    /** The whole outbox, for shared/outbox code that takes an OutboxStore. */
    store: createDexieOutboxStore(db),

    /** A store over one target's items: what a delivery run of that target uses (one per run). */
    storeForTarget: (targetId: string) => createDexieOutboxStore(db, targetId),

    /**
     * Queues a file for the target, into the target's remote folder. The same bytes under the
     * same name for the same target and folder, while an identical item is in the outbox and not
     * cancelled, give back that item instead of a second one: exporting twice sends once.
     */
    async enqueue({ targetId, fileName, mimeType, bytes }: OutboxEntry): Promise<OutboxRecord> {
      const size = bytes.byteLength;
      if (size > MAX_OUTBOX_FILE_BYTES) {
        throw new AppError('validation', { issues: [{ path: 'bytes', code: 'fileTooLarge' }], fileName, size, limit: MAX_OUTBOX_FILE_BYTES });
      }
      const target = await guardStorage(() => db.syncTargets.get(targetId));
      if (!target) throw unknownTarget();
      const at = now();
      // Hashed before the transaction: awaiting anything but IndexedDB inside it would end it.
      const item = await createOutboxItem({
        id: newRecordId(at),
        now: at,
        targetId,
        folder: target.remoteFolder,
        fileName,
        bytes: bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes),
        mimeType,
      }).catch((error: unknown) => {
        throw asValidationError(error);
      });
      return guardStorage(() =>
        db.transaction('rw', db.outbox, db.outboxBytes, db.syncTargets, async () => {
          // Removed meanwhile: nothing would ever deliver the item.
          if (!(await db.syncTargets.get(targetId))) throw unknownTarget();
          // From the [targetId+contentHash] index: the same bytes are rarely queued more than a few
          // times, so this reads a handful of items however long the history grows.
          const same: OutboxRecord | undefined = await db.outbox
            .where('[targetId+contentHash]')
            .equals([targetId, item.contentHash])
            .filter((other) => other.state !== 'cancelled' && other.baseFileName === item.baseFileName && other.folder === item.folder)
            .first();
          if (same) return same;
          await db.outbox.add(recordOf(item));
          await db.outboxBytes.add({ id: item.id, bytes: item.bytes });
          return recordOf(item);
        }),
      );
    },

    /** Tries a failed item (or one waiting for its backoff) again now. */
    retry: (id: string) => apply(id, { type: 'retry' }),
    /** Gives an item up; it stays in the list as cancelled. Not while it is being sent. */
    cancel: (id: string) => apply(id, { type: 'cancel' }),
    /** After a conflict: queues the item again under the next numbered name ('Звіт (2).docx'). */
    sendUnderNewName: (id: string) => apply(id, { type: 'sendUnderNewName' }),

    /**
     * The network is back: items backing off because the network was gone are due at once, not
     * when their (up to 15-minute) backoff ends. Other backoffs (a busy server) keep their time.
     */
    resumeAfterReconnect: () =>
      guardStorage(() =>
        db.transaction('rw', db.outbox, () =>
          db.outbox
            .where('state')
            .equals('queued')
            .modify((item, ref) => {
              if (item.nextAttemptAt === null || !item.lastError || !NETWORK_CODES.has(item.lastError.code)) return;
              ref.value = transition(item, { type: 'retry' }, now(), random);
            }),
        ),
      ),

    /**
     * Whether the target refused an item's credentials or rights (401, 403) and nobody has acted
     * since: delivering more would only be refused too, so the delivery waits for the user.
     */
    isTargetRefused: async (targetId: string): Promise<boolean> =>
      (await guardStorage(() => db.outbox.where('state').equals('failed').filter((item) => item.targetId === targetId && isRefused(item)).count())) > 0,

    /** The target works again (its connection test passed): items it refused are queued again. */
    retryRefused: (targetId: string) =>
      guardStorage(() =>
        db.transaction('rw', db.outbox, () =>
          changeTargetItems(db, targetId, (item) => (isRefused(item) ? transition(item, { type: 'targetChanged' }, now(), random) : item)),
        ),
      ),

    /** One item with its bytes. */
    get: (id: string): Promise<OutboxItem | undefined> =>
      guardStorage(() =>
        db.transaction('r', db.outbox, db.outboxBytes, async () => {
          const record = await db.outbox.get(id);
          return record ? (await withBytes(db, [record]))[0] : undefined;
        }),
      ),

    /** Every item, newest first, without the bytes. */
    list: async (): Promise<OutboxListItem[]> => (await guardStorage(() => db.outbox.toArray())).sort(newestFirst),

    /** How many items wait (queued, sending, failed or in conflict): the header badge. Reads the index only. */
    waitingCount: () => guardStorage(() => db.outbox.where('state').anyOf([...WAITING_STATES]).count()),

    /** Removes delivered and cancelled items from the outbox (never from the target); returns how many. */
    clearFinished: () =>
      guardStorage(() =>
        db.transaction('rw', db.outbox, db.outboxBytes, async () => {
          const ids = await db.outbox.where('state').anyOf([...FINISHED_STATES]).primaryKeys();
          await db.outboxBytes.bulkDelete(ids);
          await db.outbox.bulkDelete(ids);
          return ids.length;
        }),
      ),
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
