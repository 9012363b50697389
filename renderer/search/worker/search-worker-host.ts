import { SearchIndex } from '#shared/search/search-index';
import { DeskDatabase } from '../../data/db';
import type { FromSearchWorker, ToSearchWorker } from '../search-protocol';
import { IndexSync } from './index-sync';

const REBUILD_INTERVAL_MS = 10_000;

/**
 * What the search worker does with each message, apart from the worker global so it can be
 * tested: `init` opens the database and builds the index; searches that arrive before it is
 * built wait for it.
 */
export class SearchWorkerHost {
  private index = new SearchIndex();
  private db: DeskDatabase | null = null;
  private sync: IndexSync | null = null;
  private built: Promise<void> | null = null;
  private lastRebuild = 0;
  private rebuildTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly post: (message: FromSearchWorker) => void) {}

  handle(message: ToSearchWorker): void {
    switch (message.type) {
      case 'init':
        if (this.built) return;
        this.built = this.build(message.databaseName);
        // The failure was posted; searches awaiting `built` get it too.
        this.built.catch(() => undefined);
        return;
      case 'search':
        void this.answer(message.requestId, message.query, message.options);
    }
  }

  /**
   * Once following changes has failed (the database was closed under us, e.g. deleted or upgraded
   * by another tab), the index would silently go stale: start over from a fresh read instead, at
   * most once per REBUILD_INTERVAL_MS so a database that keeps failing cannot spin.
   */
  private rebuild(databaseName: string): void {
    const wait = this.lastRebuild + REBUILD_INTERVAL_MS - Date.now();
    if (wait > 0) {
      this.rebuildTimer ??= setTimeout(() => {
        this.rebuildTimer = null;
        this.rebuild(databaseName);
      }, wait);
      return;
    }
    this.lastRebuild = Date.now();
    this.stop();
    this.index = new SearchIndex();
    this.built = this.build(databaseName).catch(() => undefined);
  }

  private async build(databaseName: string): Promise<void> {
    const start = performance.now();
    const index = this.index;
    this.db = new DeskDatabase(databaseName, { cache: 'disabled' });
    this.sync = new IndexSync(this.db, index, {
      onApplied: (changes) => this.post({ type: 'indexed', changes, documents: index.size }),
      onError: (error) => {
        this.post({ type: 'failed', message: describe(error) });
        this.rebuild(databaseName);
      },
    });
    try {
      await this.sync.start();
      this.post({ type: 'ready', documents: index.size, buildMs: performance.now() - start });
    } catch (error) {
      this.post({ type: 'failed', message: describe(error) });
      throw error;
    }
  }

  private async answer(requestId: number, query: string, options: Parameters<SearchIndex['search']>[1]): Promise<void> {
    try {
      if (!this.built) throw new Error('search before init');
      await this.built;
      this.post({ type: 'results', requestId, hits: this.index.search(query, options) });
    } catch (error) {
      this.post({ type: 'failed', requestId, message: describe(error) });
    }
  }

  dispose(): void {
    this.stop();
  }

  private stop(): void {
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer);
    this.rebuildTimer = null;
    this.sync?.stop();
    this.sync = null;
    this.db?.close();
    this.db = null;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
