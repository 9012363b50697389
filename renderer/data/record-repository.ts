import type { Table } from 'dexie';
import type { z } from 'zod';
import type { RecordMeta } from '#shared/domain/record';
import { newRecordId } from '#shared/domain/ids';
import { parseOrThrow } from '#shared/domain/validation';
import { AppError } from '#shared/errors/app-error';
import { guardStorage } from './storage-error';

type Stored<TInput, TDerived> = RecordMeta & TInput & TDerived;

export interface RecordRepositoryOptions<TInput, TDerived> {
  table: Table<Stored<TInput, TDerived>, string, Stored<TInput, TDerived>>;
  schema: z.ZodType<TInput>;
  derive: (input: TInput) => TDerived;
  now?: () => number;
  /**
   * Rejects (AppError 'validation') valid input that points at records which do not exist.
   * Runs after the schema, so the user sees field issues first; `existing` is the stored
   * record on an update.
   */
  checkReferences?: (input: TInput, existing: Stored<TInput, TDerived> | undefined) => Promise<void>;
  /** Cleans valid input before it is stored, e.g. sanitizes rich text wherever it came from. */
  clean?: (input: TInput) => TInput;
}

/**
 * What contacts and organizations share: validated writes, derived fields kept current,
 * soft delete to the Trash, restore and purge. Storage errors come out as AppErrors.
 */
export function createRecordRepository<TInput extends object, TDerived extends object>(
  options: RecordRepositoryOptions<TInput, TDerived>,
) {
  const { table, schema, derive, checkReferences } = options;
  const clean = options.clean ?? ((input: TInput) => input);
  const parse = (input: unknown) => clean(parseOrThrow(schema, input));
  const now = options.now ?? Date.now;

  function build(input: TInput, meta: RecordMeta): Stored<TInput, TDerived> {
    return { ...input, ...derive(input), ...meta } as Stored<TInput, TDerived>;
  }

  async function requireRecord(id: string): Promise<Stored<TInput, TDerived>> {
    const record = await table.get(id);
    if (!record) throw new AppError('notFound', { id });
    return record;
  }

  async function setDeletedAt(ids: readonly string[], deletedAt: number | null): Promise<void> {
    await guardStorage(() =>
      table.db.transaction('rw', table, async () => {
        const at = now();
        for (const id of ids) {
          const changes = { deletedAt, updatedAt: at } as Partial<Stored<TInput, TDerived>>;
          // Dexie's update typing cannot see through the generic record type.
          await table.update(id, changes as never);
        }
      }),
    );
  }

  return {
    get: (id: string) => guardStorage(() => table.get(id)),

    /** The records with these ids, in that order; ids with no record are skipped. */
    getMany: async (ids: readonly string[]) =>
      (await guardStorage(() => table.bulkGet([...ids]))).filter((record): record is Stored<TInput, TDerived> => record !== undefined),

    /**
     * Live records, in the order of the given index (e.g. a collation key). Filtering after the
     * read keeps it a single bulk getAll; a Dexie filter would walk a cursor record by record.
     */
    listLive: async (orderBy = 'id') =>
      (await guardStorage(() => table.orderBy(orderBy).toArray())).filter((record) => record.deletedAt === null),

    /**
     * The first `limit` live records in index order (from the end with `fromEnd`), returned in
     * ascending order: what a list shows before the whole table has been read.
     */
    listLiveHead: async (orderBy: string, limit: number, fromEnd = false) => {
      const ordered = fromEnd ? table.orderBy(orderBy).reverse() : table.orderBy(orderBy);
      const head = await guardStorage(() => ordered.filter((record) => record.deletedAt === null).limit(limit).toArray());
      return fromEnd ? head.reverse() : head;
    },

    listTrashed: () => guardStorage(() => table.where('deletedAt').above(0).reverse().sortBy('deletedAt')),

    countLive: () => guardStorage(() => table.filter((record) => record.deletedAt === null).count()),

    async create(input: unknown): Promise<Stored<TInput, TDerived>> {
      const parsed = parse(input);
      await checkReferences?.(parsed, undefined);
      const at = now();
      const record = build(parsed, { id: newRecordId(at), createdAt: at, updatedAt: at, deletedAt: null });
      await guardStorage(() => table.add(record));
      return record;
    },

    async update(id: string, input: unknown): Promise<Stored<TInput, TDerived>> {
      const parsed = parse(input);
      // Other tables are read outside the write transaction, whose scope is this table only.
      if (checkReferences) await checkReferences(parsed, await guardStorage(() => requireRecord(id)));
      return guardStorage(() =>
        table.db.transaction('rw', table, async () => {
          const existing = await requireRecord(id);
          const record = build(parsed, { id, createdAt: existing.createdAt, updatedAt: now(), deletedAt: existing.deletedAt });
          await table.put(record);
          return record;
        }),
      );
    },

    /** Adds many records in one transaction: all of them or none. */
    async bulkCreate(inputs: readonly unknown[]): Promise<string[]> {
      const at = now();
      const records = inputs.map((input) =>
        build(parse(input), { id: newRecordId(at), createdAt: at, updatedAt: at, deletedAt: null }),
      );
      await guardStorage(() => table.db.transaction('rw', table, () => table.bulkAdd(records)));
      return records.map((record) => record.id);
    },

    moveToTrash: (ids: readonly string[]) => setDeletedAt(ids, now()),
    restore: (ids: readonly string[]) => setDeletedAt(ids, null),
  };
}

export type RecordRepository<TInput extends object, TDerived extends object> = ReturnType<
  typeof createRecordRepository<TInput, TDerived>
>;
