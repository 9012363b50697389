import type { SearchHit, SearchOptions } from '#shared/search/search-document';

/** The messages between the search client (page) and the search worker, both ways. */

export type ToSearchWorker =
  /** First message: which database to index (the workspace's). */
  | { type: 'init'; databaseName: string }
  | { type: 'search'; requestId: number; query: string; options: SearchOptions };

export type FromSearchWorker =
  /** The index has been built from the database and answers queries from now on. */
  | { type: 'ready'; documents: number; buildMs: number }
  | { type: 'results'; requestId: number; hits: SearchHit[] }
  /** Records changed in the database were applied to the index (for tests and benchmarks). */
  | { type: 'indexed'; changes: number; documents: number }
  /** A request failed (requestId), or the index could not be built or kept current (none). */
  | { type: 'failed'; requestId?: number; message: string };

/** Marked on the page's timeline (User Timing) once the search index is built. */
export const SEARCH_READY_MARK = 'delegation-desk:search-ready';
