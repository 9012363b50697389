/**
 * What the benchmark page exposes as `window.bench`, shared by the page and the Playwright spec
 * that drives it. Every measurement returns milliseconds measured with `performance.now()`
 * inside the page; the spec collects garbage between measurements over CDP.
 */

import type { ImportBenchApi } from './import-api';
import type { BackupBenchApi } from './backup-api';
import type { MeetingsBenchApi } from './meetings-api';
import type { OutboxBenchApi } from './outbox-api';
import type { ReportBenchApi } from './report-api';
import type { SearchBenchApi } from './search-api';

export const BENCH_SEED = 20_250_704;

/** Databases the page creates next to the app's own `delegation-desk`. */
export const BENCH_DATABASES = { repository: 'bench-repository', raw: 'bench-raw', sort: 'bench-sort' } as const;

export interface DatasetInfo {
  contacts: number;
  organizations: number;
  distinctFullNames: number;
  distinctFamilyNames: number;
  distinctGivenNames: number;
  /** Distinct spellings in the generator's pools (all nationalities, both genders). */
  pool: { givenNames: number; familyNames: number };
  generateMs: number;
}

export interface SeedResult {
  contacts: number;
  organizations: number;
  generateMs: number;
  insertMs: number;
}

/** Does the stored-key order give the same name sequence as `Intl.Collator('uk')`? */
export interface CollationCheck {
  records: number;
  mismatches: number;
  examples: { index: number; byKey: string; byCollator: string }[];
}

export type SortMeasure =
  /** `records.sort` by `a.sortKey.uk < b.sortKey.uk`. */
  | 'keySort'
  /** `names.sort(new Intl.Collator('uk').compare)` over the same names. */
  | 'collatorSort'
  /** The stored keys alone (`keys.sort` with `<`), laid out like the names: same comparison, no records. */
  | 'keyStringSort'
  /** `db.contacts.toArray()`: the whole table in primary-key order. */
  | 'storeRead'
  /** `db.contacts.orderBy('sortKey.uk').toArray()`. */
  | 'indexRead'
  /** `db.contacts.toArray()`, then sorting by `contactSortName` with the collator. */
  | 'readAndCollatorSort'
  /** What the contacts screen runs: `contacts.listLive('sortKey.uk')`. */
  | 'listLive'
  /** What the contacts screen does next: `toContactRow` for every record. */
  | 'buildRows'
  /** The screen's rows sorted by their own `sortKey` field, as the name column's comparator does. */
  | 'rowKeySort'
  /**
   * The table's own path when sorted by name: rows arrive in collation-key index order, so
   * ascending is the list as read and descending is its reverse (RecordTable's presorted column).
   */
  | 'presortedNameSort'
  /** `listLive` as the screen runs it, inside Dexie's `liveQuery` (range tracking included). */
  | 'listLiveObserved'
  /** A proposed `listLive`: `toArray()` by primary key, filter and sort by stored key in JS, inside `liveQuery`. */
  | 'primaryReadObserved';

export interface BenchApi extends SearchBenchApi, MeetingsBenchApi, ReportBenchApi, OutboxBenchApi, ImportBenchApi, BackupBenchApi {
  ready: true;
  /** Generates the inputs of `n` contacts and the records a raw insert writes (not timed). */
  prepareInsert(n: number): Promise<DatasetInfo>;
  /** Deletes and recreates both insert databases, empty. */
  resetInsertDatabases(): Promise<void>;
  /** `workspace.contacts.bulkCreate(inputs)` into an empty database. */
  insertViaRepository(): Promise<number>;
  /** A `put` loop in one transaction into an empty store with the same indexes. */
  insertRaw(): Promise<number>;
  /** Replaces the app's database with `n` contacts (and their organizations), then closes it. */
  seedApp(n: number): Promise<SeedResult>;
  /** Fills the sort database with `n` contacts and loads them for the in-memory sorts. */
  prepareSort(n: number): Promise<SeedResult & { check: CollationCheck }>;
  measureSort(measure: SortMeasure): Promise<number>;
  /** Drops everything the page holds, so the next step starts from a small heap. */
  release(): Promise<void>;
}

export interface FirstRowsMark {
  /** Date.now() when the table first had the wanted rows in the DOM. */
  domAt: number;
  /** Date.now() after the frame that shows them (rAF, then a task). */
  paintedAt?: number;
  /** The same moments on the page's clock, from navigation start. */
  domSinceNavigation: number;
  paintedSinceNavigation?: number;
}

export interface ListCompleteMark {
  /** Date.now() when the screen's count first showed every contact (the whole list is read). */
  at: number;
  sinceNavigation: number;
}

declare global {
  interface Window {
    bench?: BenchApi;
    __benchFirstRows?: FirstRowsMark;
    __benchListComplete?: ListCompleteMark;
  }
}
