import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxItem, type OutboxItem } from '../../shared/outbox/outbox-item';
import type { OutboxStore } from '../../shared/outbox/outbox-store';
import { transition } from '../../shared/outbox/outbox-machine';
import { createMemoryOutboxStore, deliver, FAST_POLICY, makeFolder, recordingFetch, filesOnDisk, isServerTempFile, queuedExports, remotePathOf, transportFor } from './harness';
import { randomCuts, seededRandom, startCuttingProxy, type CuttingProxy } from './proxies';
import { serverGate, startWebDavServer, type ServerKind, type WebDavServer } from './servers';

const QUEUE = 200;

/** Every item sent, and on the server each file exactly once with its exact bytes, nothing else. */
async function expectDeliveredExactlyOnce(server: WebDavServer, folder: string, items: readonly OutboxItem[], store: OutboxStore) {
  expect((await store.list()).filter((item) => item.state !== 'sent')).toEqual([]);
  const onDisk = await filesOnDisk(server.root);
  const ours = [...onDisk.keys()].filter((key) => key.startsWith(`${folder}/`));
  const leftovers = ours.filter(isServerTempFile);
  if (leftovers.length > 0) console.warn(`${server.kind}: ${leftovers.length} temp file(s) of uploads killed mid-write stay on the server: ${leftovers.join(', ')}`);
  expect(ours.filter((key) => !isServerTempFile(key)).sort()).toEqual(items.map(remotePathOf).sort());
  for (const item of items) expect(Buffer.compare(onDisk.get(remotePathOf(item))!, Buffer.from(item.bytes)), remotePathOf(item)).toBe(0);
}

/** The file's bytes once the server has stopped writing it (an upload cut off is closed a moment later). */
async function settledFile(root: string, relativePath: string): Promise<Buffer | undefined> {
  let previous: Buffer | undefined;
  for (let round = 0; round < 20; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const current = (await filesOnDisk(root)).get(relativePath);
    if (round > 2 && current?.length === previous?.length) return current;
    previous = current;
  }
  return previous;
}

/** Watches the store: resolves `reached` once `count` items are sent. */
function sentCounter(store: OutboxStore, count: number) {
  let sent = 0;
  let reach: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const watched: OutboxStore = { ...store, put: async (item) => {
    await store.put(item);
    if (item.state === 'sent' && ++sent === count) reach();
  } };
  return { watched, reached };
}

describe.each(['rclone', 'apache'] as const)(`a queue of ${QUEUE} exports to a real %s server through outages`, (kind: ServerKind) => {
  const gate = serverGate(kind);
  let server: WebDavServer;
  let proxy: CuttingProxy | undefined;

  beforeAll(async () => {
    if (gate.run) server = await startWebDavServer(kind);
  });
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it.runIf(gate.run)(`delivers all ${QUEUE} exactly once when the server is killed mid-way and comes back`, async () => {
    const folder = `Зупинка сервера ${kind}`;
    const items = await queuedExports(QUEUE, folder);
    const store = createMemoryOutboxStore(items);
    const { watched, reached } = sentCounter(store, 70);
    const run = deliver(watched, transportFor(server.url));

    await reached;
    await server.stop('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const duringOutage = await store.list();
    await server.start();
    const report = await run;

    expect(report.stop).toBe('idle');
    const failedWhileDown = duringOutage.filter((item) => item.lastError?.code === 'syncNetwork');
    expect(failedWhileDown.length).toBeGreaterThan(0);
    // The hold after a network failure keeps the run from trying the rest of the queue one by one.
    expect(failedWhileDown.length).toBeLessThanOrEqual(2);
    expect(duringOutage.filter((item) => item.state === 'sent').length).toBeLessThan(QUEUE);
    await expectDeliveredExactlyOnce(server, folder, items, store);
  });

  it.runIf(gate.run)(`delivers all ${QUEUE} exactly once when connections are cut during uploads`, async () => {
    const seed = Number(process.env.OUTBOX_CUT_SEED ?? Date.now() % 1_000_000);
    console.info(`${kind}: cutting connections with seed ${seed} (OUTBOX_CUT_SEED=${seed} repeats it)`);
    // At most 4 kB a connection: the outbox sends about one request per file (a folder listing
    // spares the HEADs), so cuts must come often for 200 small files to meet more than 20.
    proxy = await startCuttingProxy({ targetPort: server.port, plan: randomCuts(seededRandom(seed), 4_000) });
    const folder = `Обрив зʼєднання ${kind}`;
    const items = await queuedExports(QUEUE, folder, 1000);
    const store = createMemoryOutboxStore(items);

    const report = await deliver(store, transportFor(proxy.url));

    expect(report.stop).toBe('idle');
    console.info(`${kind}: ${proxy.cuts.upload} uploads and ${proxy.cuts.download} answers cut, ${report.failures} failed attempts`);
    expect(proxy.cuts.upload).toBeGreaterThan(20);
    expect(proxy.cuts.download).toBeGreaterThan(0);
    expect(report.failures).toBeGreaterThan(20);
    await expectDeliveredExactlyOnce(server, folder, items, store);
  });

  it.runIf(gate.run)('replaces only its own cut-off upload: rclone keeps the part it got, Apache keeps nothing', async () => {
    const folder = `Обрив посередині ${kind}`;
    const bytes = new Uint8Array(1_000_000).map((_, index) => (index * 31 + 7) % 251);
    const item = await createOutboxItem({ id: 'big', now: Date.now(), targetId: 'nextcloud', folder, fileName: 'Презентація Луганщини.pdf', bytes, mimeType: 'application/pdf' });
    const store = createMemoryOutboxStore([item]);
    // The folder is there, so the server takes the upload rather than refusing it at the headers.
    await makeFolder(server.url, folder);
    // One connection is cut 300 kB into what it carries up: inside the PUT's body; the rest pass.
    proxy = await startCuttingProxy({ targetPort: server.port, plan: () => ({ direction: 'upload', afterBytes: 300_000 }), maxCuts: 1 });

    const slow = { ...FAST_POLICY, baseDelayMs: 60_000, maxDelayMs: 60_000 };
    const first = await deliver(store, transportFor(proxy.url), { waitForBackoff: false, policy: slow });
    expect(first).toMatchObject({ stop: 'waiting', failures: 1 });
    expect(await store.get(item.id)).toMatchObject({ state: 'queued', partialUploadPossible: true, lastError: { code: 'syncNetwork' } });
    const part = await settledFile(server.root, remotePathOf(item));
    if (kind === 'rclone') {
      expect(part).toBeDefined();
      expect(part!.length).toBeLessThan(bytes.length);
      expect(Buffer.compare(part!, Buffer.from(bytes.subarray(0, part!.length)))).toBe(0);
    } else {
      expect(part).toBeUndefined();
    }

    // The user does not wait for the backoff: "retry now".
    await store.put(transition((await store.get(item.id))!, { type: 'retry' }, Date.now(), Math.random));
    const recorder = recordingFetch();
    expect(await deliver(store, transportFor(proxy.url, 'p', recorder.fetch))).toMatchObject({ stop: 'idle', delivered: 1 });
    const put = recorder.requests.find((request) => request.method === 'PUT')!;
    // Over rclone's part: If-Match on that very version; over nothing (Apache): If-None-Match.
    if (kind === 'rclone') expect(put.headers.get('If-Match')).toMatch(/^".+"$/);
    else expect(put.headers.get('If-None-Match')).toBe('*');
    await expectDeliveredExactlyOnce(server, folder, [item], store);
  });
});
