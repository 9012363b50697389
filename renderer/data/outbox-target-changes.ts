import type { OutboxRecord } from '#shared/outbox/outbox-item';
import { transition } from '#shared/outbox/outbox-machine';
import type { DeskDatabase } from './db';

/**
 * What happens to a target's items when the target changes or goes; each runs inside the
 * caller's read-write transaction over `outbox` (with `syncTargets`), so the target record and
 * its items change together or not at all.
 */

/** Applies `change` to every item of the target and writes those it changed; returns how many. */
export async function changeTargetItems(db: DeskDatabase, targetId: string, change: (item: OutboxRecord) => OutboxRecord): Promise<number> {
  let changed = 0;
  await db.outbox
    .where('targetId')
    .equals(targetId)
    .modify((item, ref) => {
      const next = change(item);
      if (next === item) return;
      ref.value = next;
      changed += 1;
    });
  return changed;
}

/**
 * The target's settings changed (address, user, folder, password): what waited for the user is
 * queued again, and items not yet under way follow a new remote folder. Items in conflict keep
 * their folder (the user decides about them where the conflict is); sent ones stay where they went.
 */
export function targetChanged(db: DeskDatabase, targetId: string, now: number, newFolder?: string): Promise<number> {
  return changeTargetItems(db, targetId, (item) => {
    const moved = newFolder !== undefined && item.folder !== newFolder && (item.state === 'queued' || item.state === 'failed') ? { ...item, folder: newFolder } : item;
    // The machine hands back `moved` itself when the event does not apply to its state.
    return transition(moved, { type: 'targetChanged' }, now, Math.random);
  });
}

/**
 * The target is removed: its unfinished items are cancelled (kept in the list as cancelled, so
 * the user sees what was never delivered). One left mid-send goes back to the queue first; the
 * sync service stops the target's run before it removes the target, so none should be.
 */
export function cancelTargetItems(db: DeskDatabase, targetId: string, now: number): Promise<number> {
  return changeTargetItems(db, targetId, (item) => {
    const queued = transition(item, { type: 'restart' }, now, Math.random);
    const cancelled = transition(queued, { type: 'cancel' }, now, Math.random);
    return cancelled === queued ? item : cancelled;
  });
}
