import { deliverQueue, type DeliveryReport } from '#shared/outbox/deliver';
import type { OutboxPolicy } from '#shared/outbox/retry-policy';
import type { PutRequest } from '#shared/outbox/put-in-order';
import type { OutboxTransport, PutOutcome } from '#shared/outbox/webdav-transport';
import type { SyncTarget, TargetCheck } from '#shared/sync/sync-target';
import type { OutboxRepository } from '../data/outbox-repository';
import type { SyncPlatform } from '../platform/sync-platform';
import { checkOf, isUnreachable } from './target-check';

export interface DeliveryRunOptions {
  target: SyncTarget;
  outbox: Pick<OutboxRepository, 'storeForTarget'>;
  sync: Pick<SyncPlatform, 'probe' | 'put'>;
  now: () => number;
  random: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  navigatorOnline: () => boolean;
  signal: AbortSignal;
  policy?: OutboxPolicy;
  /** Told when the run starts and stops waiting for a backoff (a kick then restarts it at once). */
  onSleeping?: (sleeping: boolean) => void;
}

export interface DeliveryRunResult {
  report: DeliveryReport;
  /** What the run learnt about the target, for Settings; null when it never reached out. */
  check: TargetCheck | null;
}

/** The outbox transport of one target: batches through the platform (main process, or fetch). */
function platformTransport(sync: Pick<SyncPlatform, 'put'>, targetId: string, onOutcome: (outcome: PutOutcome) => void): OutboxTransport {
  const putMany = async (files: readonly PutRequest[], options: { signal?: AbortSignal } = {}) => {
    const outcomes = await sync.put({ targetId, files, signal: options.signal });
    const last = outcomes.at(-1);
    if (last) onOutcome(last);
    return outcomes;
  };
  return {
    putMany,
    async put(path, bytes, contentHash, options = {}) {
      const file = { path, bytes, contentHash, replacePartial: options.replacePartial ?? false, mimeType: options.mimeType ?? 'application/octet-stream' };
      const [outcome] = await putMany([file], { signal: options.signal });
      if (!outcome) throw options.signal?.reason ?? new Error('the put was not tried');
      return outcome;
    },
  };
}

/**
 * One delivery run of one target's queue (shared/outbox deliverQueue), online meaning
 * navigator.onLine and a target that answers. The target is probed once before the first item
 * is sent, and again after a backoff or a dropped connection; nothing is probed when nothing is due.
 */
export async function runDelivery(options: DeliveryRunOptions): Promise<DeliveryRunResult> {
  const { target, sync, now } = options;
  let reachable: boolean | null = null;
  let check: TargetCheck | null = null;

  const transport = platformTransport(sync, target.id, (outcome) => {
    check = checkOf(outcome, now());
    if (isUnreachable(outcome)) reachable = null;
  });

  const isOnline = async () => {
    if (!options.navigatorOnline()) return false;
    if (reachable === null) {
      const probe = await sync.probe(target.id, target.remoteFolder);
      reachable = !isUnreachable(probe);
      check = checkOf(probe, now());
    }
    return reachable;
  };

  const report = await deliverQueue({
    store: options.outbox.storeForTarget(target.id),
    transport,
    targetId: target.id,
    now,
    random: options.random,
    async sleep(ms, signal) {
      options.onSleeping?.(true);
      try {
        await options.sleep(ms, signal ?? options.signal);
      } finally {
        options.onSleeping?.(false);
        // After a pause the network may be back, or gone: look before the next item.
        reachable = null;
      }
    },
    isOnline,
    signal: options.signal,
    policy: options.policy,
    waitForBackoff: true,
  });
  return { report, check };
}
