import type { LibraryClause } from '#shared/domain/agreement';
import { libraryClauseInputSchema, mergeLibrary, SEEDED_LIBRARY, SEEDED_LIBRARY_IDS } from '#shared/agreements/clause-library';
import { newRecordId } from '#shared/domain/ids';
import { parseOrThrow } from '#shared/domain/validation';
import { AppError, BugError } from '#shared/errors/app-error';
import type { DeskDatabase, StoredLibraryClause } from './db';
import { guardStorage } from './storage-error';

/** Where a library clause comes from: shipped as is, shipped and reworded by the user, or the user's own. */
export type LibraryOrigin = 'builtIn' | 'edited' | 'own';

export interface LibraryEntry {
  clause: LibraryClause;
  origin: LibraryOrigin;
}

const SEEDED_BY_ID: ReadonlyMap<string, LibraryClause> = new Map(SEEDED_LIBRARY.map((clause) => [clause.id, clause]));

const isSeeded = (id: string) => SEEDED_LIBRARY_IDS.has(id);

/** The clause without its record fields. */
function clauseOf({ id, category, kind, heading, text }: LibraryClause): LibraryClause {
  return { id, category, kind, heading: { ...heading }, text: { ...text } };
}

function sameAsSeed(clause: LibraryClause): boolean {
  const seed = SEEDED_BY_ID.get(clause.id);
  return seed !== undefined && JSON.stringify(clauseOf(seed)) === JSON.stringify(clauseOf(clause));
}

/**
 * The clause library. Seeded clauses live in code and get a row (same id) only once the user
 * rewords one; deleting that row resets it to the shipped text. The user's own clauses get
 * ULIDs and go to the Trash like other records. Agreements copy a clause's texts when they take
 * it, so changing or trashing a library clause never changes an agreement.
 */
export function createClauseLibraryRepository(db: DeskDatabase, now: () => number = Date.now) {
  const table = db.clauseLibrary;
  const liveRows = async () => (await guardStorage(() => table.toArray())).filter((row) => row.deletedAt === null);

  async function requireOwn(id: string): Promise<StoredLibraryClause> {
    if (isSeeded(id)) throw new BugError(`library clause ${id} is a seeded one`);
    const row = await table.get(id);
    if (!row) throw new AppError('notFound', { id });
    return row;
  }

  async function setDeletedAt(ids: readonly string[], deletedAt: number | null): Promise<void> {
    if (ids.some(isSeeded)) throw new BugError('seeded library clauses are reset, never trashed');
    await guardStorage(() =>
      db.transaction('rw', table, async () => {
        const at = now();
        for (const id of ids) await table.update(id, { deletedAt, updatedAt: at });
      }),
    );
  }

  return {
    /** The library as new agreements use it: seeded clauses (as edited), then the user's own in the order added. */
    list: async (): Promise<LibraryClause[]> => mergeLibrary((await liveRows()).map(clauseOf)),

    /** The library with where each clause comes from, for the library editor. */
    async entries(): Promise<LibraryEntry[]> {
      const rows = await liveRows();
      const stored = new Set(rows.map((row) => row.id));
      return mergeLibrary(rows.map(clauseOf)).map((clause) => ({
        clause,
        origin: !isSeeded(clause.id) ? 'own' : stored.has(clause.id) ? 'edited' : 'builtIn',
      }));
    },

    /** A live clause, seeded (as edited) or the user's own; undefined if there is none. */
    async get(id: string): Promise<LibraryClause | undefined> {
      const row = await guardStorage(() => table.get(id));
      if (row && row.deletedAt === null) return clauseOf(row);
      return isSeeded(id) ? clauseOf(SEEDED_BY_ID.get(id)!) : undefined;
    },

    /** Adds a clause of the user's own. */
    async create(input: unknown): Promise<LibraryClause> {
      const parsed = parseOrThrow(libraryClauseInputSchema, input);
      const at = now();
      const row: StoredLibraryClause = { ...parsed, id: newRecordId(at), createdAt: at, updatedAt: at, deletedAt: null };
      await guardStorage(() => table.add(row));
      return clauseOf(row);
    },

    /**
     * Rewords a clause. A seeded clause keeps its id, so agreements that name it as their
     * source still do; saved back to its shipped text, it needs no row and reads as built in.
     */
    async update(id: string, input: unknown): Promise<LibraryClause> {
      const parsed = parseOrThrow(libraryClauseInputSchema, input);
      return guardStorage(() =>
        db.transaction('rw', table, async () => {
          const at = now();
          const existing = isSeeded(id) ? await table.get(id) : await requireOwn(id);
          const row: StoredLibraryClause = {
            ...parsed,
            id,
            createdAt: existing?.createdAt ?? at,
            updatedAt: at,
            deletedAt: existing?.deletedAt ?? null,
          };
          if (isSeeded(id) && sameAsSeed(row)) await table.delete(id);
          else await table.put(row);
          return clauseOf(row);
        }),
      );
    },

    /** Gives a seeded clause its shipped text back, forgetting the user's wording. */
    async resetToDefault(id: string): Promise<LibraryClause> {
      const seed = SEEDED_BY_ID.get(id);
      if (!seed) throw new BugError(`library clause ${id} is not a seeded one`);
      await guardStorage(() => table.delete(id));
      return clauseOf(seed);
    },

    /** The user's own clauses only: seeded ones are reset, never trashed. */
    moveToTrash: (ids: readonly string[]) => setDeletedAt(ids, now()),
    restore: (ids: readonly string[]) => setDeletedAt(ids, null),

    /** The user's clauses in the Trash, most recently trashed first. */
    listTrashed: () => guardStorage(() => table.where('deletedAt').above(0).reverse().sortBy('deletedAt')),

    /**
     * Deletes trashed clauses for good (agreements hold copies of their texts, so nothing else
     * changes). Only clauses in the Trash are touched.
     */
    purge: (ids: readonly string[]) =>
      guardStorage(() =>
        db.transaction('rw', table, async () => {
          const rows = await table.bulkGet([...ids]);
          await table.bulkDelete(rows.filter((row) => row !== undefined && row.deletedAt !== null).map((row) => row!.id));
        }),
      ),
  };
}

export type ClauseLibraryRepository = ReturnType<typeof createClauseLibraryRepository>;
