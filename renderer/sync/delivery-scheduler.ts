import { backoffDelay, type OutboxPolicy } from '#shared/outbox/retry-policy';
import { connectionOf, type SyncTarget } from '#shared/sync/sync-target';
import { StaleOutboxItemError } from '../data/outbox-dexie-store';
import type { OutboxRepository } from '../data/outbox-repository';
import type { SyncTargetRepository } from '../data/sync-target-repository';
import type { SyncPlatform } from '../platform/sync-platform';
import { runDelivery, type DeliveryRunResult } from './delivery-run';

/** Runs `task` holding the named lock (Web Locks), so two windows never deliver one target at once. */
export type LockRunner = <T>(name: string, signal: AbortSignal, task: () => Promise<T>) => Promise<T>;

export interface DeliverySchedulerOptions {
  outbox: OutboxRepository;
  syncTargets: SyncTargetRepository;
  sync: SyncPlatform;
  now: () => number;
  random: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  navigatorOnline: () => boolean;
  policy: OutboxPolicy;
  lock: LockRunner;
  onError: (error: unknown) => void;
}

export interface DeliveryScheduler {
  /** Whether runs may start (between the service's start and stop). */
  enabled: boolean;
  /**
   * Starts a run of the target, or asks the one under way to go on after. A run waiting for a
   * backoff starts over now unless `wake` is false: a new file must not jump the queue past
   * one the server just refused (a user's retry may).
   */
  start(targetId: string, options?: { wake?: boolean }): void;
  /** Stops the target's run and timer (an item mid-send goes back to the queue); resolves once it has ended. */
  stop(targetId: string): Promise<void>;
  stopAll(): Promise<void>;
  /** Stops the target's run for good: the target is being removed. */
  retire(targetId: string): Promise<void>;
  /** The network went: every run stops, nothing is set for later; 'online' starts them again. */
  interrupt(): void;
  /** Resolves when no run is under way (timers set for later do not count). */
  idle(): Promise<void>;
}

interface TargetRun {
  /** The run loop under way, if any. */
  active: Promise<void> | null;
  /** Someone asked for a run while one was under way: run again when it ends. */
  again: boolean;
  controller: AbortController | null;
  sleeping: boolean;
  /** A run set for later (a target out of reach, a full disk's long pause). */
  timer: AbortController | null;
  /** Runs in a row that ended without reaching the target (out of reach while online, or failing). */
  pausesInRow: number;
}

/** Looking again at a target out of reach: never sooner than this. */
const MIN_RECHECK_MS = 1_000;

export function webLocks(): LockRunner {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return (_name, _signal, task) => task();
  return (name, signal, task) => locks.request(name, { signal }, task);
}

/**
 * One delivery run per target at a time, and what follows each: nothing after an empty queue;
 * a look again after a growing, jittered pause when the target is out of reach while the
 * computer is online; the full disk's long pause; and nothing at all while the target refuses
 * the credentials or rights (401, 403), until the user acts.
 */
export function createDeliveryScheduler(options: DeliverySchedulerOptions): DeliveryScheduler {
  const { outbox, syncTargets, sync, now, random, sleep, navigatorOnline, policy, lock, onError } = options;
  const runs = new Map<string, TargetRun>();
  const retired = new Set<string>();

  const runOf = (id: string): TargetRun => {
    let run = runs.get(id);
    if (!run) {
      run = { active: null, again: false, controller: null, sleeping: false, timer: null, pausesInRow: 0 };
      runs.set(id, run);
    }
    return run;
  };

  function cancelTimer(run: TargetRun): void {
    run.timer?.abort();
    run.timer = null;
  }

  function schedule(id: string, run: TargetRun, ms: number): void {
    cancelTimer(run);
    const timer = new AbortController();
    run.timer = timer;
    void sleep(Math.max(0, ms), timer.signal).then(() => {
      if (timer.signal.aborted || run.timer !== timer) return;
      run.timer = null;
      start(id);
    });
  }

  const pause = (run: TargetRun) => Math.max(MIN_RECHECK_MS, backoffDelay(++run.pausesInRow, random, policy));

  function start(id: string, { wake = true }: { wake?: boolean } = {}): void {
    if (!scheduler.enabled || retired.has(id)) return;
    const run = runOf(id);
    cancelTimer(run);
    if (run.active) {
      run.again = true;
      // Waiting for a backoff: start over now (a send under way is never cut for a kick).
      if (run.sleeping && wake) run.controller?.abort();
      return;
    }
    run.active = loop(id, run)
      .catch(onError)
      .finally(() => {
        run.active = null;
      });
  }

  /** Whether the shell can reach the target now: it knows it, and a WebDAV password is kept. */
  async function ready(target: SyncTarget): Promise<boolean> {
    let status = await sync.targetStatus(target.id);
    if (!status.known) status = await sync.configureTarget(connectionOf(target));
    // No password (the web build after a reload): sending would only mark every item failed.
    return target.kind !== 'webdav' || status.credentials !== 'none';
  }

  async function deliverOnce(target: SyncTarget, run: TargetRun): Promise<DeliveryRunResult | 'stale' | 'aborted'> {
    const controller = new AbortController();
    run.controller = controller;
    const onSleeping = (sleeping: boolean) => {
      run.sleeping = sleeping;
    };
    try {
      return await lock(`delegation-desk-outbox-${target.id}`, controller.signal, () =>
        runDelivery({ target, outbox, sync, now, random, sleep, navigatorOnline, signal: controller.signal, policy, onSleeping }),
      );
    } catch (error) {
      // The user changed an item as the run was about to send it: read everything afresh.
      if (error instanceof StaleOutboxItemError) return 'stale';
      // Stopped while waiting for the lock.
      if (controller.signal.aborted) return 'aborted';
      throw error;
    } finally {
      run.controller = null;
      run.sleeping = false;
    }
  }

  async function loop(id: string, run: TargetRun): Promise<void> {
    do {
      run.again = false;
      if (!scheduler.enabled || !navigatorOnline()) return;
      const target = await syncTargets.get(id);
      if (!target) {
        runs.delete(id);
        return;
      }
      // Refused (401, 403): more attempts would only be refused too, until the user acts.
      if ((await outbox.isTargetRefused(id)) || !(await ready(target))) return;
      let result: Awaited<ReturnType<typeof deliverOnce>>;
      try {
        result = await deliverOnce(target, run);
      } catch (error) {
        // A bug or a storage failure: try again after a pause rather than at once, or never.
        schedule(id, run, pause(run));
        throw error;
      }
      if (result === 'stale') {
        run.again = true;
        continue;
      }
      if (result === 'aborted') continue;
      if (result.check) await syncTargets.recordCheck(id, result.check);
      afterRun(id, run, result);
    } while (run.again && scheduler.enabled);
  }

  function afterRun(id: string, run: TargetRun, { report }: DeliveryRunResult): void {
    switch (report.stop) {
      case 'idle':
        run.pausesInRow = 0;
        return;
      case 'offline':
        // The computer is offline: 'online' starts the next run. Online but the target out of
        // reach: look again after a growing, jittered pause.
        if (navigatorOnline()) schedule(id, run, pause(run));
        return;
      case 'needsUser':
        run.pausesInRow = 0;
        // Only a full disk comes back on its own (after its long pause); the rest waits for the user.
        if (report.nextAttemptAt !== null) schedule(id, run, report.nextAttemptAt - now());
        return;
      case 'aborted':
      case 'waiting':
        // Whoever stopped the run decides what follows: a kick has set `again`, 'offline' waits for 'online'.
        return;
    }
  }

  async function stop(id: string): Promise<void> {
    const run = runs.get(id);
    if (!run) return;
    cancelTimer(run);
    run.again = false;
    run.controller?.abort();
    await run.active;
  }

  const scheduler: DeliveryScheduler = {
    enabled: false,
    start,
    stop,
    stopAll: async () => {
      await Promise.all([...runs.keys()].map(stop));
    },
    async retire(id) {
      retired.add(id);
      await stop(id);
      runs.delete(id);
    },
    interrupt() {
      for (const run of runs.values()) {
        cancelTimer(run);
        run.controller?.abort();
      }
    },
    async idle() {
      for (;;) {
        const active = [...runs.values()].map((run) => run.active).filter((promise) => promise !== null);
        if (active.length === 0) return;
        await Promise.all(active);
      }
    },
  };
  return scheduler;
}
