/**
 * The outbox part of `window.bench` (test/bench/outbox.step.ts drives it). Files are queued in
 * the app's outbox (IndexedDB, through the outbox repository) and delivered by the app's own
 * delivery run (renderer/sync/delivery-run.ts → shared/outbox deliverQueue), whose sync:put
 * and sync:probe cross to Node through bindings the spec exposes, standing in for Electron's
 * IPC to the main process, where the WebDAV transport runs with Node's fetch.
 */

import type { ProbeResult, PutOutcome } from '#shared/outbox/webdav-transport';

/** The bindings the spec exposes on the page (window.__benchSyncPut / __benchSyncProbe): sync:put carries a batch. */
export interface SyncPutCall {
  targetId: string;
  files: {
    path: string;
    /** The file's bytes as base64: the files are small, and a binding takes JSON. */
    base64: string;
    contentHash: string;
    replacePartial: boolean;
    mimeType: string;
  }[];
}

export interface OutboxRunResult {
  ms: number;
  /** Of which: awaiting the outbox store (IndexedDB), and awaiting sync:put / sync:probe (the crossing to Node and the transport there). */
  storeMs: number;
  syncMs: number;
  delivered: number;
  alreadyThere: number;
  conflicts: number;
  failures: number;
  stop: string;
}

export interface OutboxBenchApi {
  /** Opens the outbox database (emptied) and makes the files (not timed). */
  prepareOutbox(count: number, seed: number): Promise<{ files: number; bytes: number }>;
  /** Adds a WebDAV sync target whose remote folder is `folder`; returns its id. */
  addSyncTarget(baseUrl: string, folder: string): Promise<string>;
  /**
   * Queues every file for the target, one at a time as exports are: through the outbox
   * repository's enqueue (the app's path, which also looks for an identical queued item), or
   * straight into its OutboxStore (createOutboxItem + store.put: the same record, no look).
   */
  enqueueOutbox(targetId: string, via: 'repository' | 'store'): Promise<number>;
  /** The baseline of enqueue: SHA-256 and one IndexedDB add per file, in a plain object store. */
  enqueueRaw(): Promise<number>;
  /** One delivery run of the target's queue, as the app's sync service starts it. */
  deliverOutbox(targetId: string): Promise<OutboxRunResult>;
  /** The target's items by state (all must be 'sent' after a run). */
  outboxStates(targetId: string): Promise<Record<string, number>>;
  releaseOutbox(): Promise<void>;
}

declare global {
  interface Window {
    __benchSyncPut?: (call: SyncPutCall) => Promise<PutOutcome[]>;
    __benchSyncProbe?: (call: { targetId: string; folder: string }) => Promise<ProbeResult>;
  }
}
