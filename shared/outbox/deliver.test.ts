import { describe, expect, it } from 'vitest';
import { deliverQueue, type DeliverOptions } from './deliver';
import { createFakeWebDav, type Fault, type FakeWebDav } from './fake-webdav';
import { remotePathOf, type OutboxItem } from './outbox-item';
import { transition } from './outbox-machine';
import { createMemoryOutboxStore, type OutboxStore } from './outbox-store';
import { putInOrder } from './put-in-order';
import { sampleItem } from './outbox-test-items';
import { createWebDavTransport, type OutboxTransport } from './webdav-transport';

const FOLDER = 'Delegation Desk/ReBuild Ukraine 2023';

async function setUp(count: number, fault?: (request: { method: string; path: string }, index: number) => Fault | undefined) {
  const server = createFakeWebDav({ fault });
  server.folders.add('Delegation Desk');
  const items = await Promise.all(Array.from({ length: count }, (_, n) => sampleItem(n, { folder: FOLDER })));
  const store = createMemoryOutboxStore(items);
  const clock = { now: 1_700_000_100_000 };
  const options: DeliverOptions = {
    store,
    transport: createWebDavTransport({ baseUrl: server.baseUrl, username: 'u', password: 'p', fetch: server.fetch }),
    targetId: 'nextcloud',
    now: () => clock.now,
    random: () => 0.5,
    sleep: async (ms) => {
      clock.now += ms;
    },
    isOnline: () => true,
  };
  return { server, store, items, clock, options };
}

const puts = (server: FakeWebDav) => server.requests.filter((request) => request.method === 'PUT').map((request) => request.path.split('/').at(-1));

describe('deliverQueue', () => {
  it('sends the items in creation order, one at a time, creating the folder first, and ends idle', async () => {
    const { server, store, items, options } = await setUp(5);
    const shuffled = createMemoryOutboxStore([items[3]!, items[0]!, items[4]!, items[1]!, items[2]!]);
    const report = await deliverQueue({ ...options, store: shuffled });
    expect(report).toMatchObject({ stop: 'idle', delivered: 5, failures: 0 });
    expect(puts(server)).toEqual([items[0], ...items].map((item) => item!.fileName));
    for (const item of shuffled.items()) {
      expect(item).toMatchObject({ state: 'sent', sentAt: options.now() });
      expect(server.files.get(remotePathOf(item))).toEqual(item.bytes);
    }
    expect((await store.list()).every((item) => item.state === 'queued')).toBe(true);
  });

  it('writes each state change to the store before acting on it', async () => {
    const { server, store, options } = await setUp(1);
    server.folders.add(FOLDER);
    const seen: string[] = [];
    const watched: OutboxStore = { ...store, put: async (item) => {
      seen.push(`${item.state}@${server.requests.length}`);
      await store.put(item);
    } };
    await deliverQueue({ ...options, store: watched });
    // 'sending' is stored before the first request, 'sent' after the HEAD and the PUT.
    expect(seen).toEqual(['sending@0', 'sent@2']);
  });

  it('sends nothing and stops when offline', async () => {
    const { server, options } = await setUp(3);
    expect(await deliverQueue({ ...options, isOnline: () => false })).toMatchObject({ stop: 'offline', delivered: 0 });
    expect(server.requests).toEqual([]);
  });

  it('leaves other targets’ items and settled items alone', async () => {
    const { server, options } = await setUp(0);
    const other = await sampleItem(1, { targetId: 'onedrive-folder' });
    const cancelled = transition(await sampleItem(2), { type: 'cancel' }, 0, Math.random);
    const report = await deliverQueue({ ...options, store: createMemoryOutboxStore([other, cancelled]) });
    expect(report).toMatchObject({ stop: 'idle', delivered: 0, nextAttemptAt: null });
    expect(server.requests).toEqual([]);
  });

  it('holds the whole target back after a network drop, and goes on after the backoff', async () => {
    const { server, options, clock } = await setUp(3, (_, index) => (index === 0 ? { kind: 'dropBefore' } : undefined));
    server.folders.add(FOLDER);
    const start = clock.now;
    const waited = await deliverQueue({ ...options, waitForBackoff: false });
    expect(waited).toMatchObject({ stop: 'waiting', failures: 1, delivered: 0, nextAttemptAt: start + 1000 });
    expect(server.requests).toHaveLength(1);
    clock.now += 1000;
    expect(await deliverQueue(options)).toMatchObject({ stop: 'idle', delivered: 3 });
  });

  it('lets the other items pass one that is locked (423)', async () => {
    const { server, items, options } = await setUp(3, (request) =>
      request.method === 'PUT' && request.path.endsWith(items[0]!.fileName) && server.requests.length < 6 ? { kind: 'status', status: 423 } : undefined,
    );
    server.folders.add(FOLDER);
    const report = await deliverQueue(options);
    expect(report).toMatchObject({ stop: 'idle', delivered: 3, failures: 1 });
    expect(puts(server)).toEqual([items[0]!.fileName, items[1]!.fileName, items[2]!.fileName, items[0]!.fileName]);
  });

  it('stops for the user on a wrong password, failing only the item it tried', async () => {
    const { server, store, options } = await setUp(3);
    const transport = createWebDavTransport({ baseUrl: server.baseUrl, username: 'u', password: 'wrong', fetch: server.fetch });
    const report = await deliverQueue({ ...options, transport });
    expect(report).toMatchObject({ stop: 'needsUser', failures: 1, nextAttemptAt: null });
    expect((await store.list()).map((item) => item.state)).toEqual(['failed', 'queued', 'queued']);
    expect(server.files.size).toBe(0);
  });

  it('stops on a full target and says when it will look again', async () => {
    const { store, options, clock } = await setUp(2, () => ({ kind: 'status', status: 507 }));
    const report = await deliverQueue(options);
    expect(report).toMatchObject({ stop: 'needsUser', nextAttemptAt: clock.now + 60 * 60_000 });
    expect((await store.get('item-00000'))?.lastError).toMatchObject({ code: 'syncQuota', httpStatus: 507 });
  });

  it('after a crash between the upload and marking it sent, finds the file there and marks it sent without a second upload', async () => {
    const { server, store, items, options } = await setUp(1);
    server.folders.add(FOLDER);
    const sending = transition(items[0]!, { type: 'start' }, options.now(), Math.random);
    await store.put(sending);
    server.files.set(remotePathOf(sending), sending.bytes);
    expect(await deliverQueue(options)).toMatchObject({ stop: 'idle', alreadyThere: 1, delivered: 0 });
    expect(puts(server)).toEqual([]);
    expect((await store.get(sending.id))?.state).toBe('sent');
  });

  it('when stopped mid-send, puts the item back in the queue', async () => {
    const controller = new AbortController();
    const { store, options } = await setUp(2, () => {
      controller.abort(new Error('window closed'));
      return { kind: 'hang' };
    });
    expect(await deliverQueue({ ...options, signal: controller.signal })).toMatchObject({ stop: 'aborted' });
    // The whole batch goes back in its order. Which of it got under way is not known, so each may
    // replace a shorter copy of its own bytes (never anything else) next time.
    expect((await store.list()).map((item) => [item.state, item.partialUploadPossible])).toEqual([
      ['queued', true],
      ['queued', true],
    ]);
  });

  it('skips an item the user cancelled while the run was going', async () => {
    const { server, store, options } = await setUp(3);
    server.folders.add(FOLDER);
    let cancelled = false;
    const watched: OutboxStore = { ...store, put: async (item: OutboxItem) => {
      await store.put(item);
      if (!cancelled && item.state === 'sent') {
        cancelled = true;
        const third = (await store.get('item-00002'))!;
        await store.put(transition(third, { type: 'cancel' }, options.now(), Math.random));
      }
    } };
    // One file a step, so the third is still waiting when the first one's outcome is written.
    expect(await deliverQueue({ ...options, store: watched, batch: { files: 1, bytes: Number.MAX_SAFE_INTEGER } })).toMatchObject({ stop: 'idle', delivered: 2 });
    expect(server.files.size).toBe(2);
  });

  describe('in batches', () => {
    /** The real transport, with putMany recording which files each call carried. */
    function recording(options: DeliverOptions) {
      const calls: string[][] = [];
      const transport: OutboxTransport = {
        put: (...args) => options.transport.put(...args),
        putMany: (files, putOptions) => {
          calls.push(files.map((file) => file.path.split('/').at(-1)!.slice(0, 3)));
          return putInOrder(options.transport, files, putOptions?.signal);
        },
      };
      return { calls, transport };
    }

    it('hands the transport a few files per call, in order, within the count and byte budgets', async () => {
      const { server, store, items, options } = await setUp(5);
      server.folders.add(FOLDER);
      const byCount = recording(options);
      await deliverQueue({ ...options, transport: byCount.transport, batch: { files: 2, bytes: 1_000_000 } });
      expect(byCount.calls).toEqual([['001', '002'], ['003', '004'], ['005']]);
      expect((await store.list()).every((item) => item.state === 'sent')).toBe(true);

      const again = await setUp(5);
      again.server.folders.add(FOLDER);
      const byBytes = recording(again.options);
      // Room for the first two files only; a file larger than the budget still goes, alone.
      const budget = items[0]!.bytes.length + items[1]!.bytes.length;
      await deliverQueue({ ...again.options, transport: byBytes.transport, batch: { files: 10, bytes: budget } });
      expect(byBytes.calls.flat()).toEqual(['001', '002', '003', '004', '005']);
      expect(byBytes.calls[0]).toEqual(['001', '002']);
      for (const call of byBytes.calls) {
        const size = call.reduce((sum, number) => sum + items[Number(number) - 1]!.bytes.length, 0);
        expect(call.length === 1 || size <= budget).toBe(true);
      }
      expect(puts(again.server)).toHaveLength(5);
    });

    it('stops a batch at a failure: what was sent is sent, the failed one waits, the rest go back to the queue untried', async () => {
      const { server, store, options } = await setUp(4, (request) => (request.method === 'PUT' && request.path.includes('/002 ') ? { kind: 'status', status: 507 } : undefined));
      server.folders.add(FOLDER);
      const { calls, transport } = recording(options);
      expect(await deliverQueue({ ...options, transport })).toMatchObject({ stop: 'needsUser', delivered: 1, failures: 1 });
      expect(calls).toEqual([['001', '002', '003', '004']]);
      expect(puts(server)).toEqual([expect.stringMatching(/^001 /), expect.stringMatching(/^002 /)]);
      expect((await store.list()).map((item) => item.state)).toEqual(['sent', 'failed', 'queued', 'queued']);
    });

    it('puts the batch started behind a failed one back in the queue, untried and in order', async () => {
      const { server, store, options } = await setUp(6, (request) => (request.method === 'PUT' && request.path.includes('/003 ') ? { kind: 'status', status: 507 } : undefined));
      server.folders.add(FOLDER);
      const { calls, transport } = recording(options);
      expect(await deliverQueue({ ...options, transport, batch: { files: 2, bytes: 1_000_000 } })).toMatchObject({ stop: 'needsUser', delivered: 2, failures: 1 });
      expect(calls).toEqual([['001', '002'], ['003', '004']]);
      expect((await store.list()).map((item) => item.state)).toEqual(['sent', 'sent', 'failed', 'queued', 'queued', 'queued']);
      expect(puts(server).map((name) => name!.slice(0, 3))).toEqual(['001', '002', '003']);
    });
  });
});
