import type { RecallResult } from '#shared/search/search-recall';
import type { SearchPrepared, SearchTypingSamples } from './search-bench';

/**
 * The global search's part of `window.bench` (test/bench/search.step.ts drives it). Kept apart
 * from bench-api.ts, which only extends it, so the search benchmark stays in its own files.
 */

/** The database the search worker benchmark seeds, next to the others of the bench page. */
export const SEARCH_DATABASE = 'bench-search';

export interface SearchBenchApi {
  /** Generates `n` contacts and their organizations as search documents (not timed). */
  prepareSearch(n: number): Promise<SearchPrepared>;
  /** Builds the index over the prepared documents: milliseconds and distinct field entries. */
  buildSearchIndex(): Promise<{ ms: number; entries: number }>;
  /** Precomputes the naive scan's texts (quickFilterText per document): milliseconds. */
  buildSearchScan(): Promise<number>;
  /** Types the prepared names letter by letter (the first `count` keystrokes); milliseconds per keystroke. */
  measureSearchTyping(method: 'index' | 'scan', count?: number): Promise<SearchTypingSamples>;
  /** Edits, trashes and restores contacts in the index one at a time; milliseconds each. */
  measureSearchUpdates(): Promise<number[]>;
  /** Recall@10 on the labelled cross-script pairs of match-key.fixtures.ts. */
  measureSearchRecall(): Promise<RecallResult>;
  /** Seeds the search database with `n` contacts and starts the production worker over it. */
  prepareSearchWorker(n: number): Promise<{ documents: number; readyMs: number; workerBuildMs: number }>;
  /** Round trips through the worker of the first `count` prepared keystrokes. */
  measureWorkerTyping(count: number): Promise<number[]>;
  /** From a repository write to the edited name being found through the worker. */
  measureWorkerEdits(): Promise<number[]>;
  releaseSearch(): Promise<void>;
}
