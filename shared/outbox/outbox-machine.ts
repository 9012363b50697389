import { renamedFileName, type OutboxRecord } from './outbox-item';
import { backoffDelay, DEFAULT_OUTBOX_POLICY, mayLeavePartialUpload, RETRY_RULES, type OutboxPolicy, type SyncFailureCode } from './retry-policy';

/**
 * The life of an outbox item as a pure function: `transition(item, event, now, random)` gives
 * the next item, or the same object when the event does not apply in the item's state (a late
 * answer after a cancel, a retry of something already sent), so callers persist only changes.
 *
 *   queued ──start──▶ sending ──delivered / alreadyThere──▶ sent
 *     ▲  ▲               │ ├──conflictFound──▶ conflict ──sendUnderNewName──▶ queued (name (2).ext)
 *     │  └──backoff──────┘ └──failed (401, 403, 507, 413, 4xx)──▶ failed ──retry / targetChanged──▶ queued
 *     └──restart, notSent (sending only)
 *   queued, failed, conflict ──cancel──▶ cancelled (final)
 */
export type OutboxEvent =
  /** The delivery takes the item; allowed once nextAttemptAt has come. */
  | { type: 'start' }
  /** The target stored the file. */
  | { type: 'delivered' }
  /** The same bytes were already at the path (an earlier attempt got through unnoticed). */
  | { type: 'alreadyThere' }
  /** A different file is at the path; it is left alone. */
  | { type: 'conflictFound' }
  | { type: 'failed'; code: SyncFailureCode; httpStatus?: number }
  /** The user asks to try again now. */
  | { type: 'retry' }
  /** The user gives the item up; it stays in the list as cancelled. */
  | { type: 'cancel' }
  /** The user, shown a conflict, chooses to send the file under the next free-looking name. */
  | { type: 'sendUnderNewName' }
  /** The app (or a stopped delivery run) left the item mid-send; it goes back to the queue. */
  | { type: 'restart' }
  /** Started with a batch but never tried (the batch stopped at a failure before it): back to the queue, no attempt counted. */
  | { type: 'notSent' }
  /** The target's settings changed (password, folder, URL): what waited for the user is tried again. */
  | { type: 'targetChanged' };

export type OutboxEventType = OutboxEvent['type'];

const settled = <T extends OutboxRecord>(item: T): T => ({ ...item, nextAttemptAt: null, failuresInRow: 0 });

/** Works on an item with or without its bytes (the app keeps them apart), returning the same shape. */
export function transition<T extends OutboxRecord>(item: T, event: OutboxEvent, now: number, random: () => number, policy: OutboxPolicy = DEFAULT_OUTBOX_POLICY): T {
  switch (event.type) {
    case 'start':
      if (!isDue(item, now)) return item;
      return { ...item, state: 'sending', attempts: item.attempts + 1 };
    case 'delivered':
    case 'alreadyThere':
      if (item.state !== 'sending') return item;
      return { ...settled(item), state: 'sent', sentAt: now, lastError: null, partialUploadPossible: false };
    case 'conflictFound':
      if (item.state !== 'sending') return item;
      return { ...settled(item), state: 'conflict', lastError: { code: 'syncConflict', at: now }, partialUploadPossible: false };
    case 'failed':
      if (item.state !== 'sending') return item;
      return failed(item, event.code, event.httpStatus, now, random, policy);
    case 'retry':
      if (item.state === 'failed' || (item.state === 'queued' && item.nextAttemptAt !== null)) return { ...settled(item), state: 'queued' };
      return item;
    case 'cancel':
      if (item.state === 'queued' || item.state === 'failed' || item.state === 'conflict') {
        return { ...settled(item), state: 'cancelled', partialUploadPossible: false };
      }
      return item;
    case 'sendUnderNewName':
      if (item.state !== 'conflict') return item;
      return { ...settled(item), state: 'queued', fileName: renamedFileName(item), renameCount: item.renameCount + 1, lastError: null };
    case 'restart':
      if (item.state !== 'sending') return item;
      // The upload may have been under way: a shorter copy of these bytes at the path is ours.
      return { ...item, state: 'queued', nextAttemptAt: null, partialUploadPossible: true };
    case 'notSent':
      if (item.state !== 'sending') return item;
      return { ...item, state: 'queued', attempts: Math.max(0, item.attempts - 1) };
    case 'targetChanged':
      if (item.state === 'failed' || (item.state === 'queued' && item.nextAttemptAt !== null)) return { ...settled(item), state: 'queued' };
      return item;
  }
}

/** Whether the delivery may start the item now. */
export function isDue(item: OutboxRecord, now: number): boolean {
  if (item.state === 'queued') return item.nextAttemptAt === null || item.nextAttemptAt <= now;
  // A failed item comes back on its own only where its rule set a time (a full target).
  if (item.state === 'failed') return item.nextAttemptAt !== null && item.nextAttemptAt <= now;
  return false;
}

function failed<T extends OutboxRecord>(item: T, code: SyncFailureCode, httpStatus: number | undefined, now: number, random: () => number, policy: OutboxPolicy): T {
  const lastError = httpStatus === undefined ? { code, at: now } : { code, httpStatus, at: now };
  const partialUploadPossible = item.partialUploadPossible || mayLeavePartialUpload(code);
  const base = { ...item, lastError, partialUploadPossible };
  const rule = RETRY_RULES[code];
  // A folder that was just created is tried at once; if the same failure comes back, back off.
  const backoff = rule === 'backoff' || (rule === 'immediate' && item.lastError?.code === code);
  if (backoff) {
    const failuresInRow = item.failuresInRow + 1;
    return { ...base, state: 'queued', failuresInRow, nextAttemptAt: now + backoffDelay(failuresInRow, random, policy) };
  }
  switch (rule) {
    case 'immediate':
      return { ...base, state: 'queued', nextAttemptAt: now };
    case 'slow':
      return { ...base, state: 'failed', nextAttemptAt: now + policy.quotaRetryMs };
    default:
      return { ...base, state: 'failed', nextAttemptAt: null };
  }
}
