import { compareCreation, remotePathOf, type OutboxItem } from './outbox-item';
import { isDue, transition, type OutboxEvent } from './outbox-machine';
import { stepStore, type OutboxStore } from './outbox-store';
import { DEFAULT_OUTBOX_POLICY, isTargetWide, RETRY_RULES, type OutboxPolicy } from './retry-policy';
import type { OutboxTransport, PutOutcome } from './webdav-transport';

/**
 * Sends a target's outbox, one item at a time in creation order, writing every state change to
 * the store before acting on it (an item's outcome goes in with the next item's start: one
 * transaction per file). Safe to stop, crash or start again at any point: an item left
 * 'sending' goes back to the queue, and sending it again finds its own file at the path (same
 * bytes → 'sent'), so nothing is delivered twice.
 *
 * One run per store at a time: the caller (the app's sync service) keeps to that.
 */
export interface DeliverOptions {
  store: OutboxStore;
  /** The transport for `targetId`; items of other targets are left alone. */
  transport: OutboxTransport;
  targetId: string;
  now: () => number;
  random: () => number;
  /** Waits (for a backoff); resolves early, or rejects, when the signal fires. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** navigator.onLine and the like; checked before every item. */
  isOnline: () => boolean | Promise<boolean>;
  signal?: AbortSignal;
  policy?: OutboxPolicy;
  /** Sleep until backed-off items are due and go on (default), or return 'waiting'. */
  waitForBackoff?: boolean;
}

export type DeliveryStop =
  /** Nothing left that the run could send, now or after a backoff. */
  | 'idle'
  | 'offline'
  | 'aborted'
  /** The target refused the credentials (401 / 403) or is full (507): the rest waits for the user. */
  | 'needsUser'
  /** Items wait for their backoff and waitForBackoff is false. */
  | 'waiting';

export interface DeliveryReport {
  stop: DeliveryStop;
  delivered: number;
  alreadyThere: number;
  conflicts: number;
  failures: number;
  /** The earliest time an item of the target will be due again, if one will be on its own. */
  nextAttemptAt: number | null;
}

export async function deliverQueue(options: DeliverOptions): Promise<DeliveryReport> {
  const { store, transport, targetId, now, random, signal } = options;
  const policy = options.policy ?? DEFAULT_OUTBOX_POLICY;
  const report: DeliveryReport = { stop: 'idle', delivered: 0, alreadyThere: 0, conflicts: 0, failures: 0, nextAttemptAt: null };
  const apply = async (item: OutboxItem, event: OutboxEvent): Promise<OutboxItem> => {
    const next = transition(item, event, now(), random, policy);
    if (next !== item) await store.put(next);
    return next;
  };
  /** After a target-wide failure nothing is sent before this time, not only the item that failed. */
  let holdUntil = 0;
  /** Ids of the items due at the last look, in creation order; each is read afresh before it is sent. */
  let due: string[] = [];
  /**
   * The last item's outcome, written with the next item's start in one transaction. Until then
   * the item reads 'sending', which a crash turns back into 'queued': sent again, it finds its
   * own file (same bytes) and is 'sent' without a second copy. Written before anything else reads
   * the store or the run returns.
   */
  let settled: OutboxItem | null = null;
  const settle = async () => {
    if (settled) await store.put(settled);
    settled = null;
  };

  // Items a crashed or stopped run left mid-send go back to the queue (they keep their place).
  for (const item of await targetItems(store, targetId)) if (item.state === 'sending') await apply(item, { type: 'restart' });

  for (;;) {
    if (signal?.aborted) {
      await settle();
      return { ...report, stop: 'aborted' };
    }
    if (due.length === 0) {
      await settle();
      const items = await targetItems(store, targetId);
      const time = now();
      report.nextAttemptAt = earliest(items, holdUntil, time);
      if (time >= holdUntil) due = items.filter((item) => isDue(item, time)).map((item) => item.id);
      if (due.length === 0) {
        if (report.nextAttemptAt === null) return { ...report, stop: 'idle' };
        if (options.waitForBackoff === false) return { ...report, stop: 'waiting' };
        await options.sleep(Math.max(0, report.nextAttemptAt - time), signal);
        continue;
      }
    }
    if (!(await options.isOnline())) {
      await settle();
      return { ...report, stop: 'offline' };
    }
    // Read afresh: the user may have cancelled it, or a new name chosen, since the last look.
    const wasSettled = settled;
    settled = null;
    const sending = await stepStore(store, wasSettled, due.shift()!, (item) => {
      const time = now();
      if (!isDue(item, time)) return null;
      const started = transition(item, { type: 'start' }, time, random, policy);
      return started === item ? null : started;
    });
    if (!sending) continue;
    let outcome: PutOutcome;
    try {
      outcome = await transport.put(remotePathOf(sending), sending.bytes, sending.contentHash, {
        replacePartial: sending.partialUploadPossible,
        mimeType: sending.mimeType,
        signal,
      });
    } catch (error) {
      // Stopped mid-send: back to the queue, as after a restart. Anything else is a bug: the
      // item stays 'sending' and the next run puts it back.
      if (signal?.aborted) {
        await apply(sending, { type: 'restart' });
        return { ...report, stop: 'aborted' };
      }
      throw error;
    }
    const after = transition(sending, eventFor(outcome), now(), random, policy);
    if (after !== sending) settled = after;
    if (outcome.kind === 'delivered') report.delivered += 1;
    else if (outcome.kind === 'alreadyThere') report.alreadyThere += 1;
    else if (outcome.kind === 'conflict') report.conflicts += 1;
    else {
      report.failures += 1;
      // Look again before the next item: the failed one may be due at once (a folder was made).
      due = [];
      const rule = RETRY_RULES[outcome.code];
      if (rule === 'needsUser' || rule === 'slow') {
        await settle();
        report.nextAttemptAt = earliest(await targetItems(store, targetId), 0, now(), true);
        return { ...report, stop: 'needsUser' };
      }
      if (isTargetWide(outcome.code) && after.nextAttemptAt !== null) holdUntil = after.nextAttemptAt;
    }
  }
}

function eventFor(outcome: PutOutcome): OutboxEvent {
  switch (outcome.kind) {
    case 'delivered':
      return { type: 'delivered' };
    case 'alreadyThere':
      return { type: 'alreadyThere' };
    case 'conflict':
      return { type: 'conflictFound' };
    case 'failed':
      return outcome.httpStatus === undefined ? { type: 'failed', code: outcome.code } : { type: 'failed', code: outcome.code, httpStatus: outcome.httpStatus };
  }
}

async function targetItems(store: OutboxStore, targetId: string): Promise<OutboxItem[]> {
  return (await store.list()).filter((item) => item.targetId === targetId).sort(compareCreation);
}

/**
 * When the next of these items may be sent on its own: its nextAttemptAt (`time` when it has
 * none), not before holdUntil; with `timedOnly`, only items that wait for a set time count.
 */
function earliest(items: readonly OutboxItem[], holdUntil: number, time: number, timedOnly = false): number | null {
  let soonest: number | null = null;
  for (const item of items) {
    const waits = item.state === 'queued' || (item.state === 'failed' && item.nextAttemptAt !== null);
    if (!waits || (timedOnly && item.nextAttemptAt === null)) continue;
    const at = Math.max(item.nextAttemptAt ?? time, holdUntil);
    if (soonest === null || at < soonest) soonest = at;
  }
  return soonest;
}
