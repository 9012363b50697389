/**
 * Sizes, repetitions and targets of `npm run bench`. BENCH_SIZES (e.g. "1000,10000"),
 * BENCH_RUNS (one number for every size) and BENCH_STEPS shorten a run while working on the
 * benchmarks.
 */

const DEFAULT_SIZES = [1_000, 10_000, 100_000];

export const SIZES: readonly number[] = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map((size) => Number(size.trim()))
  : DEFAULT_SIZES;

/** Medians of 5 at the small sizes, of 3 at 100k, each on a fresh database. */
export function runsFor(size: number): number {
  if (process.env.BENCH_RUNS) return Number(process.env.BENCH_RUNS);
  return size >= 100_000 ? 3 : 5;
}

export const LARGEST = Math.max(...SIZES);
export const SMALLEST = Math.min(...SIZES);

export const TARGETS = {
  /** Repository bulkCreate against a raw put loop. */
  insertRatio: 1.3,
  /** First 50 rows at the largest size against the smallest. */
  firstRowsRatio: 1.5,
  /** Sorting by stored key against sorting with Intl.Collator('uk'). */
  sortRatio: 0.6,
} as const;

/** Rows the contacts table must show before the screen counts as usable. */
export const FIRST_ROWS = 50;

/** Tall enough for the virtualized table to render the first 50 rows without scrolling. */
export const APP_VIEWPORT = { width: 1280, height: 2400 };

export const SORT_MEASURES = [
  'keySort',
  'collatorSort',
  'keyStringSort',
  'rowKeySort',
  'presortedNameSort',
  'indexRead',
  'readAndCollatorSort',
  'storeRead',
  'listLive',
  'listLiveObserved',
  'primaryReadObserved',
  'buildRows',
] as const;

export type BenchStep = 'insert' | 'first-rows' | 'sort' | 'search';

/** BENCH_STEPS (e.g. "sort") runs only some steps. */
export const STEPS: ReadonlySet<BenchStep> = new Set(
  (process.env.BENCH_STEPS ?? 'insert,first-rows,sort,search').split(',').map((step) => step.trim() as BenchStep),
);

/** Generous, since 100k contacts on 2 slow cores take a while to write. */
export const STEP_TIMEOUT_MS = 180_000;
