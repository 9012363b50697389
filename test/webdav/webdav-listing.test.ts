import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/outbox/content-hash';
import type { FetchLike } from '../../shared/outbox/webdav-http';
import { createMemoryOutboxStore, deliver, filesOnDisk, makeFolder, queuedExports, recordingFetch, remotePathOf, transportFor } from './harness';
import { serverGate, startWebDavServer, type ServerKind, type WebDavServer } from './servers';

/**
 * The transport's batch mode against the real servers: a queue sent into one folder is checked
 * with one PROPFIND (Depth: 1) per second instead of a HEAD per file, and still never
 * overwrites nor duplicates. Also the race the listing widens: a file someone writes between
 * the look and the PUT.
 */

const BASIC = `Basic ${Buffer.from('u:p').toString('base64')}`;

/** Another WebDAV client writing a file, as a colleague's laptop would. */
async function colleaguePut(url: string, path: string, bytes: Uint8Array): Promise<number> {
  const response = await fetch(`${url}${path.split('/').map(encodeURIComponent).join('/')}`, { method: 'PUT', headers: { Authorization: BASIC }, body: new Uint8Array(bytes) });
  await response.arrayBuffer();
  return response.status;
}

describe.each(['rclone', 'apache'] as const)('outbox batches against a real %s WebDAV server', (kind: ServerKind) => {
  const gate = serverGate(kind);
  let server: WebDavServer;

  beforeAll(async () => {
    if (gate.run) server = await startWebDavServer(kind);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it.runIf(gate.run)('sends a queue with about one request per file, finding what is already there by its name in the listing', async () => {
    const folder = `Пакет ${kind}/Звіти & нотатки (2023)`;
    await makeFolder(server.url, `Пакет ${kind}`);
    const items = await queuedExports(40, folder, 1000);
    // One of ours was sent before (the same bytes); a colleague's different file has one of our names.
    const theirs = new TextEncoder().encode('Версія колеги: інший зміст, та сама назва.\n');
    const recorder = recordingFetch();
    const transport = transportFor(server.url, 'p', recorder.fetch);
    expect(await transport.put(remotePathOf(items[5]!), items[5]!.bytes, items[5]!.contentHash)).toEqual({ kind: 'delivered' });
    expect(await colleaguePut(server.url, remotePathOf(items[17]!), theirs)).toBe(201);
    recorder.requests.length = 0;

    const store = createMemoryOutboxStore(items);
    const report = await deliver(store, transport);
    expect(report).toMatchObject({ stop: 'idle', delivered: 38, alreadyThere: 1, conflicts: 1, failures: 0 });

    const onDisk = await filesOnDisk(server.root);
    for (const [index, item] of items.entries()) {
      expect(Buffer.compare(onDisk.get(remotePathOf(item))!, Buffer.from(index === 17 ? theirs : item.bytes)), remotePathOf(item)).toBe(0);
    }
    expect([...onDisk.keys()].filter((key) => key.startsWith(`${folder}/`))).toHaveLength(items.length);

    const count = (method: string) => recorder.requests.filter((request) => request.method === method).length;
    // The two names the listing shows get a HEAD (and a GET) each; the rest go straight to PUT
    // (a HEAD per file before the listing; a few more if a stall on a busy machine breaks the batch).
    expect(count('PROPFIND')).toBeGreaterThanOrEqual(1);
    expect(count('HEAD')).toBeLessThan(items.length / 4);
    expect(count('PUT')).toBe(38);
    expect(recorder.requests.filter((request) => request.method === 'PUT').every((request) => request.headers.get('If-None-Match') === '*')).toBe(true);
  });

  it.runIf(gate.run)('sends a second queue of the same files into the folder as already there, writing nothing', async () => {
    const folder = `Повтор ${kind}`;
    const items = await queuedExports(15, folder, 1100);
    expect(await deliver(createMemoryOutboxStore(items), transportFor(server.url))).toMatchObject({ delivered: 15 });
    const recorder = recordingFetch();
    const again = await queuedExports(15, folder, 1100);
    expect(await deliver(createMemoryOutboxStore(again), transportFor(server.url, 'p', recorder.fetch))).toMatchObject({ delivered: 0, alreadyThere: 15 });
    expect(recorder.requests.some((request) => request.method === 'PUT')).toBe(false);
  });

  /** A fetch that lets a colleague write `path` just after the transport's first listing arrives. */
  function colleagueAfterListing(path: string, bytes: Uint8Array, after: 'PROPFIND' | 'HEAD'): FetchLike {
    let done = false;
    return async (input, init) => {
      const response = await fetch(input, init);
      if (init.method === after && !done) {
        done = true;
        await response.clone().arrayBuffer();
        expect(await colleaguePut(server.url, path, bytes)).toBe(201);
      }
      return response;
    };
  }

  if (kind === 'apache') {
    it.runIf(gate.run)('refuses our PUT (412) for a file written after the listing, so the colleague’s file stays: a conflict', async () => {
      const folder = `Гонка ${kind}`;
      const [first, second] = await queuedExports(2, folder, 1200);
      const theirs = new TextEncoder().encode('Колега встигла першою.\n');
      const transport = transportFor(server.url, 'p', colleagueAfterListing(remotePathOf(second!), theirs, 'PROPFIND'));
      await makeFolder(server.url, folder);
      expect(await transport.put(remotePathOf(first!), first!.bytes, first!.contentHash)).toEqual({ kind: 'delivered' });
      expect(await transport.put(remotePathOf(second!), second!.bytes, second!.contentHash)).toEqual({ kind: 'conflict' });
      expect((await filesOnDisk(server.root)).get(remotePathOf(second!))).toEqual(Buffer.from(theirs));
    });
  } else {
    it.runIf(gate.run)('ignores If-None-Match: a file written inside the look→PUT window is lost alike after a HEAD and after a listing', async () => {
      // This is the limit of any client-side look on such a server; the listing keeps its window
      // within LISTING_MAX_AGE_MS of the HEAD's (see shared/outbox/listing-cache.ts).
      const folder = `Гонка ${kind}`;
      const [first, second, third] = await queuedExports(3, folder, 1200);
      const theirs = new TextEncoder().encode('Колега встигла першою.\n');
      await makeFolder(server.url, folder);

      const listed = transportFor(server.url, 'p', colleagueAfterListing(remotePathOf(second!), theirs, 'PROPFIND'));
      expect(await listed.put(remotePathOf(first!), first!.bytes, first!.contentHash)).toEqual({ kind: 'delivered' });
      expect(await listed.put(remotePathOf(second!), second!.bytes, second!.contentHash)).toEqual({ kind: 'delivered' });

      const headed = transportFor(server.url, 'p', colleagueAfterListing(remotePathOf(third!), theirs, 'HEAD'));
      expect(await headed.put(remotePathOf(third!), third!.bytes, await sha256Hex(third!.bytes))).toEqual({ kind: 'delivered' });

      const onDisk = await filesOnDisk(server.root);
      expect(onDisk.get(remotePathOf(second!))).toEqual(Buffer.from(second!.bytes));
      expect(onDisk.get(remotePathOf(third!))).toEqual(Buffer.from(third!.bytes));
    });
  }
});
