import { newRecordId } from '#shared/domain/ids';
import { createOutboxItem } from '#shared/outbox/outbox-item';
import type { OutboxStore } from '#shared/outbox/outbox-store';
import type { SyncTarget } from '#shared/sync/sync-target';
import { DeskDatabase } from '../../../renderer/data/db';
import { createWorkspace, type Workspace } from '../../../renderer/data/workspace';
import type { SyncPlatform } from '../../../renderer/platform/sync-platform';
import { runDelivery } from '../../../renderer/sync/delivery-run';
import { sleep } from '../../../renderer/sync/sleep';
import { outboxFiles } from '../fixtures/outbox-files';
import type { OutboxBenchApi } from './outbox-api';
import { deleteDatabase, latestStoreSpec, openRawDatabase } from './raw-store';

/** The outbox methods of `window.bench`, spread into it by bench-page.ts. */

const DATABASES = { app: 'bench-outbox', raw: 'bench-outbox-raw' } as const;
const MIME = 'text/markdown';

let workspace: Workspace | null = null;
let raw: IDBDatabase | null = null;
let files: { fileName: string; bytes: Uint8Array }[] = [];

function need(): Workspace {
  if (!workspace) throw new Error('call prepareOutbox first');
  return workspace;
}

async function release(): Promise<void> {
  workspace?.db.close();
  raw?.close();
  workspace = null;
  raw = null;
  await deleteDatabase(DATABASES.app);
  await deleteDatabase(DATABASES.raw);
}

/** A binding takes JSON, so bytes go as base64 (Electron's IPC clones them instead); built in chunks, not a character at a time. */
function base64(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let at = 0; at < bytes.length; at += 0x8000) chunks.push(String.fromCharCode(...bytes.subarray(at, at + 0x8000)));
  return btoa(chunks.join(''));
}

function binding<K extends '__benchSyncPut' | '__benchSyncProbe'>(name: K): NonNullable<Window[K]> {
  const fn = window[name];
  if (!fn) throw new Error(`the spec has not exposed ${name}`);
  return fn as NonNullable<Window[K]>;
}

/** The shell's sync platform as delivery uses it: probe, and put of a batch, each one call to Node (Electron: IPC to main). */
const nodeSync: Pick<SyncPlatform, 'probe' | 'put'> = {
  probe: (targetId, folder) => binding('__benchSyncProbe')({ targetId, folder }),
  put: (request) =>
    binding('__benchSyncPut')({
      targetId: request.targetId,
      files: request.files.map((file) => ({
        path: file.path,
        base64: base64(file.bytes),
        contentHash: file.contentHash,
        replacePartial: file.replacePartial,
        mimeType: file.mimeType,
      })),
    }),
};

/** Where a delivery run's time goes: the outbox store (IndexedDB) and the calls to Node. */
async function timed<T>(spent: { storeMs: number; syncMs: number }, key: 'storeMs' | 'syncMs', work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    spent[key] += performance.now() - start;
  }
}

function timedStore(store: OutboxStore, spent: { storeMs: number; syncMs: number }): OutboxStore {
  return {
    get: (id) => timed(spent, 'storeMs', () => store.get(id)),
    list: () => timed(spent, 'storeMs', () => store.list()),
    put: (item) => timed(spent, 'storeMs', () => store.put(item)),
    ...(store.step ? { step: (settled, ids, start) => timed(spent, 'storeMs', () => store.step!(settled, ids, start)) } : {}),
  };
}

function timedSync(sync: Pick<SyncPlatform, 'probe' | 'put'>, spent: { storeMs: number; syncMs: number }): Pick<SyncPlatform, 'probe' | 'put'> {
  return {
    probe: (targetId, folder) => timed(spent, 'syncMs', () => sync.probe(targetId, folder)),
    put: (request) => timed(spent, 'syncMs', () => sync.put(request)),
  };
}

function addEach(db: IDBDatabase, record: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('outbox', 'readwrite');
    tx.objectStore('outbox').add(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

export const outboxBench: OutboxBenchApi = {
  async prepareOutbox(count, seed) {
    await release();
    const encoder = new TextEncoder();
    files = outboxFiles(count, seed).map((file) => ({ fileName: file.fileName, bytes: encoder.encode(file.text) }));
    workspace = createWorkspace(new DeskDatabase(DATABASES.app));
    await workspace.db.open();
    return { files: files.length, bytes: files.reduce((sum, file) => sum + file.bytes.length, 0) };
  },

  async addSyncTarget(baseUrl, folder) {
    const target = await need().syncTargets.create({ kind: 'webdav', name: `rclone ${folder}`, baseUrl, username: 'u', remoteFolder: folder });
    return target.id;
  },

  async enqueueOutbox(targetId, via) {
    const { outbox, syncTargets } = need();
    const start = performance.now();
    if (via === 'repository') {
      for (const file of files) await outbox.enqueue({ targetId, fileName: file.fileName, mimeType: MIME, bytes: file.bytes });
      return performance.now() - start;
    }
    const target = await syncTargets.get(targetId);
    if (!target) throw new Error(`no target ${targetId}`);
    const at = Date.now();
    for (const [n, file] of files.entries()) {
      const item = await createOutboxItem({ id: newRecordId(at + n), now: at + n, targetId, folder: target.remoteFolder, fileName: file.fileName, bytes: file.bytes, mimeType: MIME });
      await outbox.store.put(item);
    }
    return performance.now() - start;
  },

  async enqueueRaw() {
    raw?.close();
    await deleteDatabase(DATABASES.raw);
    raw = await openRawDatabase(DATABASES.raw, 'outbox', latestStoreSpec('outbox'));
    const at = Date.now();
    const start = performance.now();
    for (const [n, file] of files.entries()) {
      const item = await createOutboxItem({ id: `raw-${String(n).padStart(5, '0')}`, now: at + n, targetId: 'raw', folder: 'raw', fileName: file.fileName, bytes: file.bytes, mimeType: MIME });
      await addEach(raw, item);
    }
    return performance.now() - start;
  },

  async deliverOutbox(targetId) {
    const { outbox, syncTargets } = need();
    const target: SyncTarget | undefined = await syncTargets.get(targetId);
    if (!target) throw new Error(`no target ${targetId}`);
    const controller = new AbortController();
    const spent = { storeMs: 0, syncMs: 0 };
    const start = performance.now();
    const { report } = await runDelivery({
      target,
      outbox: { storeForTarget: (id) => timedStore(outbox.storeForTarget(id), spent) },
      sync: timedSync(nodeSync, spent),
      now: Date.now,
      random: Math.random,
      sleep,
      navigatorOnline: () => navigator.onLine,
      signal: controller.signal,
    });
    const ms = performance.now() - start;
    return { ms, ...spent, stop: report.stop, delivered: report.delivered, alreadyThere: report.alreadyThere, conflicts: report.conflicts, failures: report.failures };
  },

  async outboxStates(targetId) {
    const items = await need().db.outbox.where('targetId').equals(targetId).toArray();
    const states: Record<string, number> = {};
    for (const item of items) states[item.state] = (states[item.state] ?? 0) + 1;
    return states;
  },

  async releaseOutbox() {
    files = [];
    await release();
  },
};
