import { describe, expect, it } from 'vitest';
import type { SearchHit } from '#shared/search/search-document';
import { createSearchClient, isSuperseded, type WorkerPort } from './search-client';
import type { FromSearchWorker, ToSearchWorker } from './search-protocol';

/** A worker double: records what the client posts, answers when the test says so. */
class FakeWorker implements WorkerPort {
  readonly posted: ToSearchWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromSearchWorker>) => void) | null = null;

  postMessage(message: ToSearchWorker): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(message: FromSearchWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromSearchWorker>);
  }

  requestIds(): number[] {
    return this.posted.flatMap((message) => (message.type === 'search' ? [message.requestId] : []));
  }
}

const hit = (id: string): SearchHit => ({ type: 'contact', id, score: 1, match: 'exact', field: 'names', wrongLayout: false });

describe('createSearchClient', () => {
  it('tells the worker which database to index, and resolves ready when it is built', async () => {
    const worker = new FakeWorker();
    const client = createSearchClient('delegation-desk', worker);
    expect(worker.posted[0]).toEqual({ type: 'init', databaseName: 'delegation-desk' });
    worker.reply({ type: 'ready', documents: 3, buildMs: 12 });
    await expect(client.ready).resolves.toEqual({ documents: 3, buildMs: 12 });
  });

  it('answers a search with its hits', async () => {
    const worker = new FakeWorker();
    const client = createSearchClient('db', worker);
    const answer = client.search('Лисогор', { limit: 5 });
    const [requestId] = worker.requestIds();
    expect(worker.posted[1]).toEqual({ type: 'search', requestId, query: 'Лисогор', options: { limit: 5, types: undefined } });
    worker.reply({ type: 'results', requestId: requestId!, hits: [hit('a')] });
    await expect(answer).resolves.toEqual([hit('a')]);
  });

  it('drops a stale answer: a newer search on the channel supersedes the older one', async () => {
    const worker = new FakeWorker();
    const client = createSearchClient('db', worker);
    const older = client.search('Ли');
    const newer = client.search('Лисогор');
    const other = client.search('Харків', { channel: 'palette' });
    await expect(older).rejects.toSatisfy(isSuperseded);
    const [olderId, newerId, otherId] = worker.requestIds();
    worker.reply({ type: 'results', requestId: newerId!, hits: [hit('new')] });
    worker.reply({ type: 'results', requestId: olderId!, hits: [hit('old')] }); // late: ignored
    worker.reply({ type: 'results', requestId: otherId!, hits: [hit('org')] });
    await expect(newer).resolves.toEqual([hit('new')]);
    await expect(other).resolves.toEqual([hit('org')]);
  });

  it('rejects a failed search, and ready when the index cannot be built', async () => {
    const worker = new FakeWorker();
    const client = createSearchClient('db', worker);
    const answer = client.search('x');
    worker.reply({ type: 'failed', requestId: worker.requestIds()[0]!, message: 'boom' });
    await expect(answer).rejects.toThrow('boom');
    worker.reply({ type: 'failed', message: 'DatabaseClosedError' });
    await expect(client.ready).rejects.toThrow('DatabaseClosedError');
  });

  it('reports applied changes and stops the worker on dispose', async () => {
    const worker = new FakeWorker();
    const client = createSearchClient('db', worker);
    const seen: number[] = [];
    client.onIndexed((documents) => seen.push(documents));
    worker.reply({ type: 'indexed', changes: 1, documents: 7 });
    expect(seen).toEqual([7]);
    const answer = client.search('x');
    client.dispose();
    expect(worker.terminated).toBe(true);
    await expect(answer).rejects.toThrow('disposed');
  });
});
