import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deliverQueue } from '../../shared/outbox/deliver';
import { createOutboxItem } from '../../shared/outbox/outbox-item';
import { putInOrder } from '../../shared/outbox/put-in-order';
import { createMemoryOutboxStore } from '../../shared/outbox/outbox-store';
import { createWebDavTransportPool } from '../../shared/outbox/transport-pool';
import type { FetchLike } from '../../shared/outbox/webdav-http';
import { createWebDavTransport, type OutboxTransport } from '../../shared/outbox/webdav-transport';
import { startWebDavServer, type WebDavServer } from '../webdav/servers';
import { OUTBOX, OUTBOX_TARGETS, outboxRunsFor } from './bench-config';
import type { BenchEnv } from './bench-env';
import { PageSession } from './bench-session';
import { outboxFiles } from './fixtures/outbox-files';
import { BENCH_SEED } from './page/bench-api';
import type { OutboxRunResult, SyncPutCall } from './page/outbox-api';

/**
 * 10, issue 6: 1 000 small exports (Markdown summaries of 1–4 KB) through the outbox to a local
 * `rclone serve webdav`, the way the Electron build sends them:
 * - enqueue: the page queues each file through the outbox repository (IndexedDB), against
 *   hashing each and adding it to a plain object store;
 * - delivery: the page runs the app's delivery (renderer/sync/delivery-run.ts → deliverQueue
 *   over the Dexie outbox store); each put crosses to Node through a Playwright binding (for
 *   Electron's IPC to main: bytes as base64), where the WebDAV transport runs with Node's fetch,
 *   one transport per account kept across calls as main keeps it (transport-pool.ts). Against
 *   a bare loop of sequential PUTs of the same files with Node's fetch, into a fresh folder;
 * - as information: deliverQueue with the transport in Node over a memory store (no IndexedDB,
 *   no crossing), against the same bare loop; and the same with a new transport for every put,
 *   as the main process made them before the pool (a HEAD before every PUT, no listing).
 * Each run of each kind writes into its own fresh folder, and what the server stored is checked
 * byte for byte. Kinds take turns, so a slower moment of the machine hits all of them.
 */

type Kind = 'app' | 'bare' | 'node' | 'nodeFresh';
const KINDS: readonly Kind[] = ['app', 'bare', 'node', 'nodeFresh'];
const MIME = 'text/markdown';
const ROOT = 'Outbox bench';

interface Runs {
  /** Through the repository's enqueue; through OutboxStore.put once that proved too slow to repeat. */
  enqueue: number[];
  enqueueStore: number[];
  enqueueRaw: number[];
  app: number[];
  bare: number[];
  node: number[];
  nodeFresh: number[];
  /** HTTP requests per file, by method, of each app and node run. */
  requests: { app: Record<string, number>[]; node: Record<string, number>[]; nodeFresh: Record<string, number>[] };
  results: (OutboxRunResult & { transportMs: number })[];
}

/** Above this per file, the repository's enqueue is measured once, and later runs queue through the store. */
const SLOW_ENQUEUE_MS_PER_FILE = 20;

interface File {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const encodePath = (remote: string) => remote.split('/').map(encodeURIComponent).join('/');

/** Node's fetch, counting requests by method into whatever `counts` is at the time. */
function countingFetch(): { fetch: FetchLike; reset(): Record<string, number> } {
  let counts: Record<string, number> = {};
  return {
    fetch: (input, init) => {
      const method = init.method ?? 'GET';
      counts[method] = (counts[method] ?? 0) + 1;
      return fetch(input, init);
    },
    reset() {
      const done = counts;
      counts = {};
      return done;
    },
  };
}

async function makeFolder(server: WebDavServer, folder: string, authorization: string): Promise<void> {
  const response = await fetch(`${server.url}${encodePath(folder)}/`, { method: 'MKCOL', headers: { Authorization: authorization } });
  await response.arrayBuffer();
  if (response.status !== 201 && response.status !== 405) throw new Error(`MKCOL ${folder}: ${response.status}`);
}

/** What the server stored in the folder: exactly these files with these bytes. */
async function expectStored(server: WebDavServer, folder: string, files: readonly File[]): Promise<void> {
  for (const file of files) {
    const stored = await readFile(path.join(server.root, folder, file.fileName)).catch(() => null);
    if (!stored || Buffer.compare(stored, Buffer.from(file.bytes)) !== 0) throw new Error(`${folder}/${file.fileName} is missing or differs on the server`);
  }
}

/** The baseline: one PUT after another, nothing else. */
async function bareLoop(server: WebDavServer, folder: string, files: readonly File[], authorization: string): Promise<number> {
  const start = performance.now();
  for (const file of files) {
    const response = await fetch(`${server.url}${encodePath(`${folder}/${file.fileName}`)}`, {
      method: 'PUT',
      headers: { Authorization: authorization, 'Content-Type': MIME },
      body: file.bytes,
    });
    await response.arrayBuffer();
    if (response.status !== 201) throw new Error(`PUT ${file.fileName}: ${response.status}`);
  }
  return performance.now() - start;
}

/**
 * deliverQueue in Node over a memory store. `fresh`: a new transport for every put, as the main
 * process made them before transport-pool.ts, so every put looks with a HEAD (no listing).
 */
async function nodeQueue(server: WebDavServer, folder: string, files: readonly File[], fetchLike: FetchLike, fresh: boolean): Promise<number> {
  const at = Date.now();
  const items = await Promise.all(
    files.map((file, n) => createOutboxItem({ id: `node-${String(n).padStart(5, '0')}`, now: at + n, targetId: 'node', folder, fileName: file.fileName, bytes: file.bytes, mimeType: MIME })),
  );
  const store = createMemoryOutboxStore(items);
  const make = () => createWebDavTransport({ baseUrl: server.url, username: server.username, password: server.password, fetch: fetchLike });
  const kept = make();
  const transport: OutboxTransport = fresh ? { put: (...args) => make().put(...args) } : kept;
  const start = performance.now();
  const report = await deliverQueue({
    store,
    transport,
    targetId: 'node',
    now: Date.now,
    random: Math.random,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    isOnline: () => true,
  });
  const ms = performance.now() - start;
  if (report.delivered !== files.length || report.failures > 0) throw new Error(`node queue: ${JSON.stringify(report)}`);
  return ms;
}

export async function benchOutbox(env: BenchEnv): Promise<void> {
  const { browser, baseURL, report, quiet } = env;
  const encoder = new TextEncoder();
  const files: File[] = outboxFiles(OUTBOX.files, BENCH_SEED).map((file) => ({ fileName: file.fileName, bytes: encoder.encode(file.text) }));
  const runs: Runs = { enqueue: [], enqueueStore: [], enqueueRaw: [], app: [], bare: [], node: [], nodeFresh: [], requests: { app: [], node: [], nodeFresh: [] }, results: [] };
  const server = await startWebDavServer('rclone');
  const authorization = `Basic ${Buffer.from(`${server.username}:${server.password}`).toString('base64')}`;
  const counting = countingFetch();
  // Main's sync handlers ask for a transport on every call; the pool keeps one per account.
  const transports = createWebDavTransportPool();
  const transport = () => transports({ baseUrl: server.url, username: server.username, password: server.password, fetch: counting.fetch });
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  try {
    let transportMs = 0;
    await context.exposeBinding('__benchSyncPut', async (_source, call: SyncPutCall) => {
      const start = performance.now();
      const files = call.files.map((file) => {
        const bytes = Buffer.from(file.base64, 'base64');
        return { ...file, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
      });
      try {
        return await putInOrder(transport(), files);
      } finally {
        transportMs += performance.now() - start;
      }
    });
    await context.exposeBinding('__benchSyncProbe', (_source, call: { targetId: string; folder: string }) => transport().probe(call.folder));
    const bench = await PageSession.openBench(context);
    const prepared = await bench.call('prepareOutbox', OUTBOX.files, BENCH_SEED);
    if (prepared.bytes !== files.reduce((sum, file) => sum + file.bytes.length, 0)) throw new Error('the page made other files than the spec');
    console.log(`outbox: ${prepared.files} files, ${Math.round(prepared.bytes / 1024)} KiB in all, to rclone ${server.url}`);
    await makeFolder(server, ROOT, authorization);
    report.details.outbox = { files: prepared, runs };

    for (let run = 0; run < outboxRunsFor(); run++) {
      for (const kind of run % 2 === 0 ? KINDS : [...KINDS].reverse()) {
        const folder = `${ROOT}/${kind} ${run + 1}`;
        if (kind === 'app') {
          const targetId = await bench.call('addSyncTarget', server.url, folder);
          await quiet.wait();
          const slow = runs.enqueue.some((ms) => ms / files.length > SLOW_ENQUEUE_MS_PER_FILE);
          if (slow) runs.enqueueStore.push(await bench.call('enqueueOutbox', targetId, 'store'));
          else runs.enqueue.push(await bench.call('enqueueOutbox', targetId, 'repository'));
          if (runs.enqueue.length === 1 && runs.enqueueStore.length === 0 && runs.enqueue[0] / files.length > SLOW_ENQUEUE_MS_PER_FILE) {
            console.log(`outbox: the repository's enqueue took ${Math.round(runs.enqueue[0] / files.length)} ms a file; later runs queue through OutboxStore.put`);
          }
          await quiet.wait();
          runs.enqueueRaw.push(await bench.call('enqueueRaw'));
          await bench.collectGarbage();
          await quiet.wait();
          counting.reset();
          transportMs = 0;
          const result = await bench.call('deliverOutbox', targetId);
          runs.requests.app.push(counting.reset());
          runs.results.push({ ...result, transportMs });
          console.log(
            // Store steps run while the batch before them is sent, so the parts add up to more than the whole.
            `outbox: app run ${run + 1}: ${Math.round(result.ms)} ms, of which awaiting the outbox store ${Math.round(result.storeMs)} and sync calls ${Math.round(result.syncMs)} ` +
              `(transport in Node ${Math.round(transportMs)}, crossing ${Math.round(result.syncMs - transportMs)}), in part at the same time`,
          );
          const states = await bench.call('outboxStates', targetId);
          if (result.delivered !== files.length || result.failures > 0 || states.sent !== files.length) {
            throw new Error(`app delivery: ${JSON.stringify(result)}, states ${JSON.stringify(states)}`);
          }
          runs.app.push(result.ms);
        } else if (kind === 'bare') {
          await makeFolder(server, folder, authorization);
          await quiet.wait();
          runs.bare.push(await bareLoop(server, folder, files, authorization));
        } else {
          await quiet.wait();
          counting.reset();
          runs[kind].push(await nodeQueue(server, folder, files, counting.fetch, kind === 'nodeFresh'));
          runs.requests[kind].push(counting.reset());
        }
        await expectStored(server, folder, files);
      }
    }
    await bench.call('releaseOutbox');
    await bench.close();
  } finally {
    await context.close();
    await server.dispose();
  }

  const size = OUTBOX.files;
  const perFile = (counts: Record<string, number>[]) => counts.map((c) => Object.values(c).reduce((sum, n) => sum + n, 0) / size);
  report.add({ benchmark: 'outbox: delivery (IndexedDB → IPC → transport) / bare PUT loop', size, unit: 'ms', measured: runs.app, baseline: runs.bare, target: OUTBOX_TARGETS.deliveryRatio });
  report.add({ benchmark: 'outbox: HTTP requests per file, app delivery / bare PUT loop', size, unit: 'count', measured: perFile(runs.requests.app), baseline: runs.bare.map(() => 1) });
  report.add({ benchmark: 'outbox: transport in Node, memory store / bare PUT loop', size, unit: 'ms', measured: runs.node, baseline: runs.bare });
  report.add({ benchmark: 'outbox: the same, a transport per put (HEAD + PUT) / bare PUT loop', size, unit: 'ms', measured: runs.nodeFresh, baseline: runs.bare });
  report.add({ benchmark: 'outbox: HTTP requests per file, a transport per put / bare PUT loop', size, unit: 'count', measured: perFile(runs.requests.nodeFresh), baseline: runs.bare.map(() => 1) });
  report.add({ benchmark: 'outbox: enqueue (outbox repository) / hash + raw IndexedDB add', size, unit: 'ms', measured: runs.enqueue, baseline: runs.enqueueRaw });
  if (runs.enqueueStore.length > 0) {
    report.add({ benchmark: 'outbox: enqueue (OutboxStore.put) / hash + raw IndexedDB add', size, unit: 'ms', measured: runs.enqueueStore, baseline: runs.enqueueRaw });
  }
  const methods = runs.requests.app.at(-1) ?? {};
  console.log(`outbox: requests of the last app run by method: ${Object.entries(methods).map(([method, n]) => `${method} ${n}`).join(', ')}`);
}
