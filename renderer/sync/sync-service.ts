import { AppError } from '#shared/errors/app-error';
import type { OutboxRecord } from '#shared/outbox/outbox-item';
import { DEFAULT_OUTBOX_POLICY, type OutboxPolicy } from '#shared/outbox/retry-policy';
import type { ProbeResult } from '#shared/outbox/webdav-transport';
import { connectionOf } from '#shared/sync/sync-target';
import type { OutboxEntry, OutboxRepository } from '../data/outbox-repository';
import type { SyncTargetRepository } from '../data/sync-target-repository';
import type { SyncPlatform } from '../platform/sync-platform';
import { createDeliveryScheduler, webLocks, type LockRunner } from './delivery-scheduler';
import { sleep as timerSleep } from './sleep';
import { checkOf } from './target-check';

export type { LockRunner };

export interface SyncServiceOptions {
  outbox: OutboxRepository;
  syncTargets: SyncTargetRepository;
  sync: SyncPlatform;
  now?: () => number;
  random?: () => number;
  /** Waits for a backoff or a scheduled look; resolves early when the signal fires. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  navigatorOnline?: () => boolean;
  /** Where 'online' and 'offline' come from: the window. */
  events?: EventTarget;
  policy?: OutboxPolicy;
  lock?: LockRunner;
  /** Failures nobody waits for (a storage error during a background run). */
  onError?: (error: unknown) => void;
}

/** A connection test's outcome; `folderMissing`: the server answers, and the first delivery creates the folder. */
export type ConnectionTest = ProbeResult & { folderMissing?: boolean };

export interface SyncService {
  /** Configures every stored target with the shell, listens for the network and starts delivering. */
  start(): Promise<void>;
  /** Stops every run and timer (an item mid-send goes back to the queue); resolves once they have ended. */
  stop(): Promise<void>;
  /** Starts a delivery run of the target (of every target when none is named), or wakes the one under way. */
  kick(targetId?: string, options?: { wake?: boolean }): void;
  /** Settings' "test connection": configure, probe, record the check; a working target is then delivered to. */
  testConnection(targetId: string): Promise<ConnectionTest>;
  /** Queues an export and starts delivering it. */
  enqueue(entry: OutboxEntry): Promise<OutboxRecord>;
  retry(id: string): Promise<OutboxRecord>;
  cancel(id: string): Promise<OutboxRecord>;
  sendUnderNewName(id: string): Promise<OutboxRecord>;
  /** Stops the target's run, removes the target (cancelling its unfinished items) and has the shell forget it. */
  removeTarget(id: string): Promise<void>;
  /** Resolves when no run is under way (timers set for later do not count). */
  idle(): Promise<void>;
}

/**
 * Delivers the outbox in the background (the scheduling is delivery-scheduler.ts): runs start
 * at start-up, when the network comes back, after anything is queued or retried, when a
 * backoff ends, and again after a pause while the target is out of reach. A target that refused
 * the credentials or rights (401, 403) is left alone until the user retries an item, saves the
 * target's settings or passes a connection test; a full disk is tried again after its long pause.
 */
export function createSyncService(options: SyncServiceOptions): SyncService {
  const { outbox, syncTargets, sync } = options;
  const now = options.now ?? Date.now;
  const navigatorOnline = options.navigatorOnline ?? (() => navigator.onLine);
  const events = options.events ?? (typeof window === 'undefined' ? undefined : window);
  const onError = options.onError ?? ((error: unknown) => console.error('[sync]', error));
  const scheduler = createDeliveryScheduler({
    outbox,
    syncTargets,
    sync,
    now,
    random: options.random ?? Math.random,
    sleep: options.sleep ?? timerSleep,
    navigatorOnline,
    policy: options.policy ?? DEFAULT_OUTBOX_POLICY,
    lock: options.lock ?? webLocks(),
    onError,
  });

  function kick(targetId?: string, options?: { wake?: boolean }): void {
    if (!scheduler.enabled) return;
    if (targetId !== undefined) {
      scheduler.start(targetId, options);
      return;
    }
    void syncTargets.list().then((targets) => {
      for (const target of targets) scheduler.start(target.id);
    }, onError);
  }

  const onOnline = () => {
    void outbox.resumeAfterReconnect().then(() => kick(), onError);
  };
  const onOffline = () => scheduler.interrupt();

  return {
    async start() {
      if (scheduler.enabled) return;
      scheduler.enabled = true;
      events?.addEventListener('online', onOnline);
      events?.addEventListener('offline', onOffline);
      for (const target of await syncTargets.list()) {
        try {
          await sync.configureTarget(connectionOf(target));
        } catch (error) {
          onError(error);
        }
      }
      kick();
    },

    async stop() {
      scheduler.enabled = false;
      events?.removeEventListener('online', onOnline);
      events?.removeEventListener('offline', onOffline);
      await scheduler.stopAll();
    },

    kick,

    async testConnection(targetId) {
      const target = await syncTargets.get(targetId);
      if (!target) throw new AppError('notFound', { id: targetId });
      await sync.configureTarget(connectionOf(target));
      let result: ConnectionTest = await sync.probe(targetId, target.remoteFolder);
      if ('kind' in result && result.code === 'syncMissingFolder' && target.remoteFolder !== '') {
        const root = await sync.probe(targetId, '');
        if ('ok' in root) result = { ...root, folderMissing: true };
      }
      await syncTargets.recordCheck(targetId, checkOf(result, now()));
      if ('ok' in result) {
        // The target takes the credentials now: what it refused before is tried again.
        await outbox.retryRefused(targetId);
        kick(targetId);
      }
      return result;
    },

    async enqueue(entry) {
      const item = await outbox.enqueue(entry);
      // Behind whatever waits for a backoff: files go out in the order they were queued.
      kick(item.targetId, { wake: false });
      return item;
    },

    async retry(id) {
      const item = await outbox.retry(id);
      kick(item.targetId);
      return item;
    },

    cancel: (id) => outbox.cancel(id),

    async sendUnderNewName(id) {
      const item = await outbox.sendUnderNewName(id);
      kick(item.targetId);
      return item;
    },

    async removeTarget(id) {
      // Stopped first (and for good), so no item is mid-send when the target's items are cancelled.
      await scheduler.retire(id);
      await syncTargets.remove(id);
      await sync.forgetTarget(id);
    },

    idle: () => scheduler.idle(),
  };
}
