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
   * Optional, one transaction instead of three: writes `settled` (the last item's outcome, if
   * any), reads item `id` and, when `start` gives it a new state, writes that. Returns the state
   * written for `id`, or null when the item is gone or `start` gave none. Same effect as put,
   * get, put (see stepStore); `start` is synchronous and runs inside the transaction.
   */
  step?(settled: OutboxItem | null, id: string, start: (item: OutboxItem) => OutboxItem | null): Promise<OutboxItem | null>;
}

/** OutboxStore.step, with put, get, put for a store that has none. */
export async function stepStore(store: OutboxStore, settled: OutboxItem | null, id: string, start: (item: OutboxItem) => OutboxItem | null): Promise<OutboxItem | null> {
  if (store.step) return store.step(settled, id, start);
  if (settled) await store.put(settled);
  const item = await store.get(id);
  const started = item ? start(item) : null;
  if (started) await store.put(started);
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
