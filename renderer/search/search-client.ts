import type { SearchDocumentType, SearchHit } from '#shared/search/search-document';
import { SEARCH_READY_MARK, type FromSearchWorker, type ToSearchWorker } from './search-protocol';

/**
 * The page's side of the search worker. Each search belongs to a channel (one per search box);
 * a newer search on a channel supersedes the older one, whose promise rejects with
 * SearchSupersededError and whose late answer is dropped, so a slow answer to "Ли" never
 * overwrites the answer to "Лисогор".
 */

export interface ClientSearchOptions {
  /** Most hits, all types together (default 20). */
  limit?: number;
  types?: readonly SearchDocumentType[];
  /** Searches on one channel supersede each other; default 'default'. */
  channel?: string;
}

export interface SearchReady {
  documents: number;
  buildMs: number;
}

export interface SearchClient {
  /** Resolves once the worker has built the index; rejects if it cannot. */
  readonly ready: Promise<SearchReady>;
  search(query: string, options?: ClientSearchOptions): Promise<SearchHit[]>;
  /** Called after the worker applied changes from the database (tests, benchmarks). */
  onIndexed(listener: (documents: number) => void): () => void;
  /** Stops the worker; pending searches reject. */
  dispose(): void;
}

export class SearchSupersededError extends Error {
  constructor() {
    super('superseded by a newer search');
    // The name DOM code uses for cancelled work, so generic handlers treat it as such.
    this.name = 'AbortError';
  }
}

export const isSuperseded = (error: unknown): boolean => error instanceof SearchSupersededError;

/** The worker as the client uses it; a real Worker or a test double. */
export interface WorkerPort {
  postMessage(message: ToSearchWorker): void;
  onmessage: ((event: MessageEvent<FromSearchWorker>) => void) | null;
  terminate(): void;
}

interface Pending {
  resolve: (hits: SearchHit[]) => void;
  reject: (error: Error) => void;
}

const startWorker = (): WorkerPort => new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });

export function createSearchClient(databaseName: string, worker: WorkerPort = startWorker()): SearchClient {
  const pending = new Map<number, Pending>();
  const latestByChannel = new Map<string, number>();
  const indexedListeners = new Set<(documents: number) => void>();
  let nextRequestId = 1;
  let settleReady: { resolve: (ready: SearchReady) => void; reject: (error: Error) => void } | null = null;
  const ready = new Promise<SearchReady>((resolve, reject) => (settleReady = { resolve, reject }));
  // Nobody may be waiting on `ready`; a failure still reaches each search.
  ready.catch(() => undefined);

  worker.onmessage = ({ data }) => {
    switch (data.type) {
      case 'ready':
        // A User Timing mark, for traces and benchmarks to tell the app at rest from the app indexing.
        performance.mark(SEARCH_READY_MARK, { detail: { documents: data.documents, buildMs: data.buildMs } });
        settleReady?.resolve({ documents: data.documents, buildMs: data.buildMs });
        return;
      case 'indexed':
        for (const listener of indexedListeners) listener(data.documents);
        return;
      case 'results':
        pending.get(data.requestId)?.resolve(data.hits);
        pending.delete(data.requestId);
        return;
      case 'failed': {
        const error = new Error(data.message);
        if (data.requestId === undefined) {
          settleReady?.reject(error);
          return;
        }
        pending.get(data.requestId)?.reject(error);
        pending.delete(data.requestId);
      }
    }
  };
  worker.postMessage({ type: 'init', databaseName });

  return {
    ready,
    search(query, { limit, types, channel = 'default' } = {}) {
      const requestId = nextRequestId++;
      const previous = latestByChannel.get(channel);
      if (previous !== undefined) {
        pending.get(previous)?.reject(new SearchSupersededError());
        pending.delete(previous);
      }
      latestByChannel.set(channel, requestId);
      return new Promise<SearchHit[]>((resolve, reject) => {
        pending.set(requestId, { resolve, reject });
        worker.postMessage({ type: 'search', requestId, query, options: { limit, types } });
      });
    },
    onIndexed(listener) {
      indexedListeners.add(listener);
      return () => indexedListeners.delete(listener);
    },
    dispose() {
      worker.terminate();
      worker.onmessage = null;
      for (const request of pending.values()) request.reject(new Error('search client disposed'));
      pending.clear();
      settleReady?.reject(new Error('search client disposed'));
    },
  };
}
