import type { OutboxItem } from './outbox-item';

/**
 * Where outbox items live between state changes: IndexedDB in the app (renderer/data), a Map in
 * tests. Every put is durable before it resolves, so a crash loses at most the step under way.
 */
export interface OutboxStore {
  get(id: string): Promise<OutboxItem | undefined>;
  /**
   * At least every item delivery may still act on (PENDING_STATES). A store may leave settled
   * ones out (sent, conflict, cancelled), so a run's cost follows the queue, not the history.
   */
  list(): Promise<OutboxItem[]>;
  put(item: OutboxItem): Promise<void>;
  /**
   * Optional, one transaction instead of many: writes `settled` (outcomes of items sent before),
   * reads the items `ids` in that order and writes the new state `start` gives each (null: left
   * as it is). Returns the items started, in order. Same effect as put, get, put (see
   * stepStore); `start` is synchronous and runs inside the transaction.
   */
  step?(settled: readonly OutboxItem[], ids: readonly string[], start: (item: OutboxItem) => OutboxItem | null): Promise<OutboxItem[]>;
}

/** OutboxStore.step, with puts and gets for a store that has none. */
export async function stepStore(
  store: OutboxStore,
  settled: readonly OutboxItem[],
  ids: readonly string[],
  start: (item: OutboxItem) => OutboxItem | null,
): Promise<OutboxItem[]> {
  if (store.step) return store.step(settled, ids, start);
  for (const item of settled) await store.put(item);
  const started: OutboxItem[] = [];
  for (const id of ids) {
    const item = await store.get(id);
    const next = item ? start(item) : null;
    if (!next) continue;
    await store.put(next);
    started.push(next);
  }
  return started;
}

/** An OutboxStore in memory; items are copied in and out, as IndexedDB's structured clone does. */
export function createMemoryOutboxStore(initial: readonly OutboxItem[] = []): OutboxStore & { items(): OutboxItem[] } {
  const items = new Map<string, OutboxItem>(initial.map((item) => [item.id, structuredClone(item)]));
  return {
    async get(id) {
      const item = items.get(id);
      return item && structuredClone(item);
    },
    async list() {
      return [...items.values()].map((item) => structuredClone(item));
    },
    async put(item) {
      items.set(item.id, structuredClone(item));
    },
    items: () => [...items.values()].map((item) => structuredClone(item)),
  };
}
