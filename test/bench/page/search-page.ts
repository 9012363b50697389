import type { SearchBenchApi } from './search-api';
import {
  buildSearchIndex,
  buildSearchScan,
  measureSearchRecall,
  measureSearchTyping,
  measureSearchUpdates,
  prepareSearch,
  preparedKeystrokes,
  releaseSearch,
} from './search-bench';
import { measureWorkerEdits, measureWorkerTyping, prepareSearchWorker, releaseSearchWorker } from './search-worker-bench';

/** The search methods of `window.bench`, spread into it by bench-page.ts. */
export const searchBench: SearchBenchApi = {
  prepareSearch: async (n) => prepareSearch(n),
  buildSearchIndex: async () => buildSearchIndex(),
  buildSearchScan: async () => buildSearchScan(),
  measureSearchTyping: async (method, count) => measureSearchTyping(method, count),
  measureSearchUpdates: async () => measureSearchUpdates(),
  measureSearchRecall: async () => measureSearchRecall(),
  prepareSearchWorker,
  measureWorkerTyping: (count) => measureWorkerTyping(preparedKeystrokes(count)),
  measureWorkerEdits,
  async releaseSearch() {
    releaseSearch();
    await releaseSearchWorker();
  },
};
