import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LAZY_EXPORT_BUILDERS, warmUpExportBuilders } from './offline-builders';

describe('warmUpExportBuilders', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads every writer one after another, only once the delay has passed', async () => {
    const order: number[] = [];
    const builders = [0, 1, 2].map((n) => vi.fn(async () => void order.push(n)));
    warmUpExportBuilders(builders, globalThis as never, 15_000);
    await vi.advanceTimersByTimeAsync(14_999);
    expect(order).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(order).toEqual([0, 1, 2]);
  });

  it('goes on past a writer that fails to load, and stops when cancelled', async () => {
    const loaded: number[] = [];
    const failing = [vi.fn(async () => Promise.reject(new Error('offline'))), vi.fn(async () => void loaded.push(1))];
    warmUpExportBuilders(failing, globalThis as never, 10);
    await vi.advanceTimersByTimeAsync(50);
    expect(loaded).toEqual([1]);

    const never = vi.fn(async () => undefined);
    const cancel = warmUpExportBuilders([never], globalThis as never, 10);
    cancel();
    await vi.advanceTimersByTimeAsync(50);
    expect(never).not.toHaveBeenCalled();
  });

  it('names real modules that load', async () => {
    vi.useRealTimers();
    for (const load of LAZY_EXPORT_BUILDERS) await expect(load()).resolves.toBeTruthy();
  });
});
