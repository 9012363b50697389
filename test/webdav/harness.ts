import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { deliverQueue, type DeliverOptions, type DeliveryReport } from '../../shared/outbox/deliver';
import { remotePathOf, type OutboxItem } from '../../shared/outbox/outbox-item';
import { createMemoryOutboxStore, type OutboxStore } from '../../shared/outbox/outbox-store';
import { sampleItem } from '../../shared/outbox/outbox-test-items';
import type { OutboxPolicy } from '../../shared/outbox/retry-policy';
import type { FetchLike } from '../../shared/outbox/webdav-http';
import { createWebDavTransport, type WebDavTransport } from '../../shared/outbox/webdav-transport';

/** Short backoff windows, so an outage of a second or two is ridden out within the test. */
export const FAST_POLICY: OutboxPolicy = { baseDelayMs: 40, maxDelayMs: 400, quotaRetryMs: 60_000 };
export const TARGET = 'nextcloud';

export function transportFor(url: string, password = 'p', fetch?: FetchLike): WebDavTransport {
  return createWebDavTransport({ baseUrl: url, username: 'u', password, timeoutMs: 10_000, fetch });
}

/** A fetch that notes each request's method and headers before sending it. */
export function recordingFetch(): { fetch: FetchLike; requests: { method: string; headers: Headers }[] } {
  const requests: { method: string; headers: Headers }[] = [];
  return {
    requests,
    fetch: (input, init) => {
      requests.push({ method: init.method ?? 'GET', headers: new Headers(init.headers) });
      return fetch(input, init);
    },
  };
}

export function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** `count` sample exports (Markdown in three languages), queued in the given folder. */
export async function queuedExports(count: number, folder: string, from = 0): Promise<OutboxItem[]> {
  return Promise.all(Array.from({ length: count }, (_, n) => sampleItem(from + n, { folder, targetId: TARGET, now: Date.now() + from + n })));
}

export function deliver(store: OutboxStore, transport: WebDavTransport, extra: Partial<DeliverOptions> = {}): Promise<DeliveryReport> {
  return deliverQueue({
    store,
    transport,
    targetId: TARGET,
    now: Date.now,
    random: Math.random,
    sleep: realSleep,
    isOnline: () => true,
    policy: FAST_POLICY,
    ...extra,
  });
}

export { createMemoryOutboxStore, remotePathOf };

/** Creates a folder on the server directly (MKCOL), as another WebDAV client would. */
export async function makeFolder(url: string, folder: string): Promise<void> {
  const response = await fetch(`${url}${folder.split('/').map(encodeURIComponent).join('/')}/`, {
    method: 'MKCOL',
    headers: { Authorization: `Basic ${Buffer.from('u:p').toString('base64')}` },
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`MKCOL ${folder}: ${response.status}`);
}

/** Every file under `root`, relative path → bytes (what the server really stored). */
export async function filesOnDisk(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) files.set(path.relative(root, full).split(path.sep).join('/'), await readFile(full));
    }
  };
  await walk(root);
  return files;
}

/** Apache's mod_dav_fs writes an upload to '.davfs.tmpXXXXXX' and renames it; one killed mid-write stays behind. */
export const isServerTempFile = (relativePath: string) => /(^|\/)\.davfs\.tmp[^/]*$/.test(relativePath);
