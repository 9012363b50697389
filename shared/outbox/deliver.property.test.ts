import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deliverQueue } from './deliver';
import { createFakeWebDav, type Fault } from './fake-webdav';
import { remotePathOf } from './outbox-item';
import { createMemoryOutboxStore, type OutboxStore } from './outbox-store';
import { sampleItem } from './outbox-test-items';
import { createWebDavTransport } from './webdav-transport';

/**
 * Delivery under random trouble: connections dropped before or after the server acts, uploads
 * cut part-way (rclone keeps the part), server errors and locks, and the app crashing at any
 * store write, then starting again. In the end every item is sent, every file is on the server
 * exactly once with its exact bytes, and nothing is written after its item was marked sent.
 */
class Crash extends Error {}

const fault: fc.Arbitrary<Fault | null> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant<Fault>({ kind: 'dropBefore' }) },
  { weight: 1, arbitrary: fc.constant<Fault>({ kind: 'dropAfter' }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 400 }).map<Fault>((after) => ({ kind: 'cut', after })) },
  { weight: 1, arbitrary: fc.constantFrom(500, 503, 423).map<Fault>((status) => ({ kind: 'status', status })) },
);

const scenario = fc.record({
  count: fc.integer({ min: 1, max: 10 }),
  rcloneLike: fc.boolean(),
  faults: fc.array(fault, { maxLength: 80 }),
  crashes: fc.array(fc.record({ afterWrites: fc.integer({ min: 0, max: 30 }), written: fc.boolean() }), { maxLength: 4 }),
  random: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
});

describe('deliverQueue (property-based)', () => {
  it('delivers every item exactly once through dropped connections, cut uploads, server errors and crashes', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ count, rcloneLike, faults, crashes, random }) => {
        const items = await Promise.all(Array.from({ length: count }, (_, n) => sampleItem(n)));
        const store = createMemoryOutboxStore(items);
        const sentPaths = () => new Set(store.items().filter((item) => item.state === 'sent').map(remotePathOf));
        const writesAfterSent: string[] = [];
        const server = createFakeWebDav({
          honoursPreconditions: !rcloneLike,
          keepsPartialUploads: rcloneLike,
          fault: (request, index) => {
            if (request.method === 'PUT' && sentPaths().has(request.path)) writesAfterSent.push(request.path);
            return faults[index] ?? undefined;
          },
        });
        const transport = createWebDavTransport({ baseUrl: server.baseUrl, username: 'u', password: 'p', fetch: server.fetch });
        const clock = { now: 1_700_000_100_000 };
        const run = (runStore: OutboxStore) =>
          deliverQueue({
            store: runStore,
            transport,
            targetId: 'nextcloud',
            now: () => clock.now,
            random: () => random,
            sleep: async (ms) => {
              clock.now += ms;
            },
            isOnline: () => true,
          });

        for (const crash of crashes) {
          let writes = 0;
          const crashing: OutboxStore = {
            ...store,
            put: async (item) => {
              if (writes++ === crash.afterWrites) {
                if (crash.written) await store.put(item);
                throw new Crash();
              }
              await store.put(item);
            },
          };
          await run(crashing).catch((error: unknown) => {
            if (!(error instanceof Crash)) throw error;
          });
        }
        const report = await run(store);

        expect(report.stop).toBe('idle');
        expect(store.items().map((item) => item.state)).toEqual(items.map(() => 'sent'));
        expect([...server.files.keys()].sort()).toEqual(items.map(remotePathOf).sort());
        for (const item of items) expect(server.files.get(remotePathOf(item))).toEqual(item.bytes);
        expect(writesAfterSent).toEqual([]);
        expect(server.requests.some((request) => !['PROPFIND', 'HEAD', 'GET', 'PUT', 'MKCOL'].includes(request.method))).toBe(false);
      }),
      { numRuns: 300 },
    );
    // 300 scenarios take a few seconds, more on a busy machine.
  }, 30_000);
});
