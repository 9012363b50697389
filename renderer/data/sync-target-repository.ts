import { z } from 'zod';
import { newRecordId } from '#shared/domain/ids';
import { parseOrThrow, type FieldIssue } from '#shared/domain/validation';
import { AppError } from '#shared/errors/app-error';
import { pathSegments } from '#shared/outbox/remote-path';
import {
  folderTargetSchema,
  syncTargetSchema,
  targetCheckSchema,
  webDavTargetSchema,
  type SyncTarget,
  type TargetCheck,
} from '#shared/sync/sync-target';
import type { DeskDatabase } from './db';
import { cancelTargetItems, targetChanged } from './outbox-target-changes';
import { guardStorage } from './storage-error';

const STORED_FIELDS = { id: true, createdAt: true, updatedAt: true, lastCheck: true } as const;

/** What the user enters for a target. Unknown fields (a password above all) are dropped, never stored. */
export const syncTargetInputSchema = z.discriminatedUnion('kind', [webDavTargetSchema.omit(STORED_FIELDS), folderTargetSchema.omit(STORED_FIELDS)]);
export type SyncTargetInput = z.infer<typeof syncTargetInputSchema>;

/** A change to a target; its kind stays what it is. */
export type SyncTargetPatch = Partial<Omit<z.input<typeof webDavTargetSchema>, keyof typeof STORED_FIELDS | 'kind'>> &
  Partial<Omit<z.input<typeof folderTargetSchema>, keyof typeof STORED_FIELDS | 'kind'>>;

/** Fields that say where the target is: changing one makes the last check meaningless. */
const CONNECTION_FIELDS = ['baseUrl', 'username', 'folderPath'] as const;

/**
 * The remote folder as stored: segments trimmed, empty ones dropped, joined by single slashes
 * ('/Delegation Desk/ 2023/' → 'Delegation Desk/2023'); '' is the target's root.
 */
function normalizeFolder(folder: string): string {
  const issue: FieldIssue = { path: 'remoteFolder', code: 'remoteFolder' };
  try {
    const segments = folder
      .split('/')
      .map((segment) => segment.trim())
      .filter((segment) => segment !== '');
    return pathSegments(segments.join('/')).join('/');
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation') throw new AppError('validation', { issues: [issue] });
    throw error;
  }
}

function parseInput(input: unknown): SyncTargetInput {
  const parsed = parseOrThrow(syncTargetInputSchema, input);
  return { ...parsed, remoteFolder: normalizeFolder(parsed.remoteFolder) };
}

const inCreationOrder = (a: SyncTarget, b: SyncTarget) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Where exports are delivered. Passwords never come here: the shell keeps them (or the session
 * does). Removing a target cancels its unfinished outbox items in the same transaction rather
 * than refusing: the user asked for the target to go, and the items stay listed as cancelled.
 */
export function createSyncTargetRepository(db: DeskDatabase, now: () => number = Date.now) {
  async function requireTarget(id: string): Promise<SyncTarget> {
    const target = await db.syncTargets.get(id);
    if (!target) throw new AppError('notFound', { id });
    return target;
  }

  return {
    list: async (): Promise<SyncTarget[]> => (await guardStorage(() => db.syncTargets.toArray())).sort(inCreationOrder),

    get: (id: string) => guardStorage(() => db.syncTargets.get(id)),

    async create(input: unknown): Promise<SyncTarget> {
      const parsed = parseInput(input);
      const at = now();
      const target = parseOrThrow(syncTargetSchema, { ...parsed, id: newRecordId(at), createdAt: at, updatedAt: at, lastCheck: null });
      await guardStorage(() => db.transaction('rw', db.syncTargets, () => db.syncTargets.add(target)));
      return target;
    },

    /**
     * Changes a target. What waited for the user (a wrong password, a refused folder) is queued
     * again; a new remote folder takes the items not yet under way with it; and when where the
     * target is changes (address, user, folder path), its last check is dropped.
     */
    async update(id: string, patch: SyncTargetPatch): Promise<SyncTarget> {
      return guardStorage(() =>
        db.transaction('rw', db.syncTargets, db.outbox, async () => {
          const existing = await requireTarget(id);
          const { id: _id, createdAt, updatedAt: _updatedAt, lastCheck, ...fields } = existing;
          const parsed = parseInput({ ...fields, ...patch, kind: existing.kind });
          const moved = parsed.remoteFolder !== existing.remoteFolder;
          const relocated = CONNECTION_FIELDS.some((field) => field in parsed && (parsed as Record<string, unknown>)[field] !== (existing as Record<string, unknown>)[field]);
          const at = now();
          const target = parseOrThrow(syncTargetSchema, { ...parsed, id, createdAt, updatedAt: at, lastCheck: relocated || moved ? null : lastCheck });
          await db.syncTargets.put(target);
          // Saving the target's settings is the user saying it is fixed (a new password comes this way too).
          await targetChanged(db, id, at, moved ? target.remoteFolder : undefined);
          return target;
        }),
      );
    },

    /** Removes the target and cancels its unfinished items, together; returns how many were cancelled. */
    async remove(id: string): Promise<number> {
      return guardStorage(() =>
        db.transaction('rw', db.syncTargets, db.outbox, async () => {
          await requireTarget(id);
          await db.syncTargets.delete(id);
          return cancelTargetItems(db, id, now());
        }),
      );
    },

    /**
     * Records the outcome of a connection test or a delivery run, for Settings to show. An older
     * outcome never replaces a newer one; a target removed meanwhile is left alone (false).
     */
    async recordCheck(id: string, check: TargetCheck): Promise<boolean> {
      const parsed = parseOrThrow(targetCheckSchema, check);
      return guardStorage(() =>
        db.transaction('rw', db.syncTargets, async () => {
          const target = await db.syncTargets.get(id);
          if (!target) return false;
          if (target.lastCheck && target.lastCheck.at > parsed.at) return false;
          await db.syncTargets.put({ ...target, lastCheck: parsed });
          return true;
        }),
      );
    },

  };
}

export type SyncTargetRepository = ReturnType<typeof createSyncTargetRepository>;
