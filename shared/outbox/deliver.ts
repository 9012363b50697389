import { compareCreation, remotePathOf, type OutboxItem } from './outbox-item';
import { isDue, transition, type OutboxEvent } from './outbox-machine';
import { stepStore, type OutboxStore } from './outbox-store';
import { putInOrder, type PutRequest } from './put-in-order';
import { DEFAULT_OUTBOX_POLICY, isTargetWide, RETRY_RULES, type OutboxPolicy, type SyncFailureCode } from './retry-policy';
import type { OutboxTransport, PutOutcome } from './webdav-transport';

/**
 * Sends a target's outbox in creation order, a few items at a time (DeliveryBatch), writing
 * every state change to the store before acting on it: a batch is marked 'sending' before it
 * is sent, and its outcomes go in with a later batch's start (one transaction per batch, run
 * while the batch before is on the network). Safe to stop, crash or start again at any point: an item left
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
  batch?: DeliveryBatch;
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

/** How many files, and how many bytes, one step of a run takes at most (the first file always goes). */
export interface DeliveryBatch {
  files: number;
  bytes: number;
}

/**
 * Files are started, sent and settled in batches: one store transaction and one call to the
 * transport for a few small files instead of one each. Large files go nearly one at a time.
 */
export const DEFAULT_DELIVERY_BATCH: DeliveryBatch = { files: 24, bytes: 4 * 1024 * 1024 };

export async function deliverQueue(options: DeliverOptions): Promise<DeliveryReport> {
  const { store, transport, targetId, now, random, signal } = options;
  const policy = options.policy ?? DEFAULT_OUTBOX_POLICY;
  const batch = options.batch ?? DEFAULT_DELIVERY_BATCH;
  const report: DeliveryReport = { stop: 'idle', delivered: 0, alreadyThere: 0, conflicts: 0, failures: 0, nextAttemptAt: null };
  const putMany = (files: readonly PutRequest[]) => (transport.putMany ? transport.putMany(files, { signal }) : putInOrder(transport, files, signal));
  /** After a target-wide failure nothing is sent before this time, not only the item that failed. */
  let holdUntil = 0;
  /** Ids of the items due at the last look, in creation order; each is read afresh before it is sent. */
  let due: string[] = [];
  /**
   * The last batch's outcomes, written with the next batch's start in one transaction. Until
   * then those items read 'sending', which a crash turns back into 'queued': sent again, each
   * finds its own file (same bytes) and is 'sent' without a second copy. Written before anything
   * else reads the store or the run returns.
   */
  let settled: OutboxItem[] = [];
  const settle = async () => {
    if (settled.length === 0) return;
    const written = settled;
    settled = [];
    await stepStore(store, written, [], () => null);
  };

  // Items a crashed or stopped run left mid-send go back to the queue (they keep their place).
  const leftSending = (await targetItems(store, targetId)).filter((item) => item.state === 'sending');
  settled = leftSending.map((item) => transition(item, { type: 'restart' }, now(), random, policy));
  await settle();

  /** Starts the next items of `due` (and writes `settled` with them), in one store step. */
  const takeBatch = async (): Promise<OutboxItem[]> => {
    // Read afresh: the user may have cancelled one, or a new name chosen, since the last look.
    const taken = due.splice(0, batch.files);
    const left: string[] = [];
    let bytes = 0;
    const written = settled;
    settled = [];
    const started = await stepStore(store, written, taken, (item) => {
      // Past the byte budget the rest wait for the next step, in their order.
      if (left.length > 0 || (bytes > 0 && bytes + item.bytes.byteLength > batch.bytes)) {
        left.push(item.id);
        return null;
      }
      const next = transition(item, { type: 'start' }, now(), random, policy);
      if (next === item) return null;
      bytes += item.bytes.byteLength;
      return next;
    });
    due.unshift(...left);
    return started;
  };
  /** Items started but not (or not known to be) sent, back to the queue in their place. */
  const putBack = (items: readonly OutboxItem[], type: 'restart' | 'notSent') => items.map((item) => transition(item, { type }, now(), random, policy));
  /**
   * The batch after the one being sent, started while that one is on its way (the store step
   * overlaps the network); sent next unless the current batch fails or the run stops.
   */
  let ahead: OutboxItem[] = [];

  for (;;) {
    if (signal?.aborted) {
      settled.push(...putBack(ahead, 'notSent'));
      await settle();
      return { ...report, stop: 'aborted' };
    }
    let sending = ahead;
    ahead = [];
    if (sending.length === 0) {
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
      sending = await takeBatch();
      if (sending.length === 0) continue;
    }

    const sent = putMany(
      sending.map((item) => ({
        path: remotePathOf(item),
        bytes: item.bytes,
        contentHash: item.contentHash,
        replacePartial: item.partialUploadPossible,
        mimeType: item.mimeType,
      })),
    );
    let storeError: unknown = null;
    const next =
      due.length === 0
        ? Promise.resolve([])
        : (async () => ((await options.isOnline()) ? takeBatch() : []))().catch((error: unknown) => {
            storeError = error;
            return [];
          });
    let outcomes: PutOutcome[];
    try {
      outcomes = await sent;
    } catch (error) {
      // Stopped mid-send: back to the queue, as after a restart. Anything else is a bug: the
      // items stay 'sending' and the next run puts them back.
      const following = await next;
      if (signal?.aborted && storeError === null) {
        // Which of the batch got under way is not known: each may find a shorter copy of itself.
        settled.push(...putBack(sending, 'restart'), ...putBack(following, 'notSent'));
        await settle();
        return { ...report, stop: 'aborted' };
      }
      throw error;
    }
    ahead = await next;
    if (storeError !== null) throw storeError;

    let failure: { code: SyncFailureCode; after: OutboxItem } | null = null;
    for (const [index, item] of sending.entries()) {
      const outcome = outcomes[index];
      // Not tried (the batch stopped at a failure, or was stopped between files): back to the queue in its place.
      const after = transition(item, outcome ? eventFor(outcome) : { type: 'notSent' }, now(), random, policy);
      if (after !== item) settled.push(after);
      if (!outcome) continue;
      if (outcome.kind === 'delivered') report.delivered += 1;
      else if (outcome.kind === 'alreadyThere') report.alreadyThere += 1;
      else if (outcome.kind === 'conflict') report.conflicts += 1;
      else {
        report.failures += 1;
        failure ??= { code: outcome.code, after };
      }
    }
    if (!failure) continue;
    const { code, after } = failure;
    // The batch started behind this one goes back untried; look again before the next item:
    // the failed one may be due at once (a folder was made).
    settled.push(...putBack(ahead, 'notSent'));
    ahead = [];
    due = [];
    const rule = RETRY_RULES[code];
    if (rule === 'needsUser' || rule === 'slow') {
      await settle();
      report.nextAttemptAt = earliest(await targetItems(store, targetId), 0, now(), true);
      return { ...report, stop: 'needsUser' };
    }
    if (isTargetWide(code) && after.nextAttemptAt !== null) holdUntil = after.nextAttemptAt;
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
