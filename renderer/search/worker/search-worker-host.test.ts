import { afterEach, expect, it } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import { DeskDatabase } from '../../data/db';
import { createWorkspace } from '../../data/workspace';
import type { FromSearchWorker } from '../search-protocol';
import { SearchWorkerHost } from './search-worker-host';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

it('builds the index on init and answers searches sent before it was built', async () => {
  const name = `search-host-${crypto.randomUUID()}`;
  const workspace = createWorkspace(new DeskDatabase(name));
  await workspace.contacts.create({ ...emptyContactInput(), familyName: { uk: 'Лисогор', ru: '', en: '' } });

  const messages: FromSearchWorker[] = [];
  const answered = new Promise<void>((resolve) => {
    const host = new SearchWorkerHost((message) => {
      messages.push(message);
      if (message.type === 'results') resolve();
    });
    cleanup.push(async () => {
      host.dispose();
      workspace.db.close();
      await workspace.db.delete();
    });
    host.handle({ type: 'init', databaseName: name });
    host.handle({ type: 'search', requestId: 1, query: 'kbcjujh', options: {} });
  });
  await answered;
  expect(messages[0]).toMatchObject({ type: 'ready', documents: 1 });
  expect(messages[1]).toMatchObject({ type: 'results', requestId: 1, hits: [{ type: 'contact', wrongLayout: true }] });
});

it('fails a search sent before init', async () => {
  const messages: FromSearchWorker[] = [];
  const host = new SearchWorkerHost((message) => messages.push(message));
  host.handle({ type: 'search', requestId: 3, query: 'x', options: {} });
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(messages).toEqual([{ type: 'failed', requestId: 3, message: 'Error: search before init' }]);
});

it('starts over when the database is deleted under it', async () => {
  const name = `search-host-${crypto.randomUUID()}`;
  const first = createWorkspace(new DeskDatabase(name));
  await first.contacts.create({ ...emptyContactInput(), familyName: { uk: 'Лисогор', ru: '', en: '' } });
  const messages: FromSearchWorker[] = [];
  const host = new SearchWorkerHost((message) => messages.push(message));
  host.handle({ type: 'init', databaseName: name });
  await expect.poll(() => messages.some((message) => message.type === 'ready')).toBe(true);

  first.db.close();
  await first.db.delete();
  const second = createWorkspace(new DeskDatabase(name));
  cleanup.push(async () => {
    host.dispose();
    second.db.close();
    await second.db.delete();
  });
  await second.contacts.create({ ...emptyContactInput(), familyName: { uk: 'Терехов', ru: '', en: '' } });

  let requestId = 10;
  const found = async () => {
    const id = ++requestId;
    host.handle({ type: 'search', requestId: id, query: 'Терехов', options: {} });
    await expect.poll(() => messages.some((message) => 'requestId' in message && message.requestId === id)).toBe(true);
    const answer = messages.find((message) => message.type === 'results' && message.requestId === id);
    return answer?.type === 'results' && answer.hits.length === 1;
  };
  await expect.poll(found, { timeout: 5_000, interval: 100 }).toBe(true);
  expect(messages.some((message) => message.type === 'failed')).toBe(true);
  host.handle({ type: 'search', requestId: 99, query: 'Лисогор', options: {} });
  await expect.poll(() => messages.find((message) => message.type === 'results' && message.requestId === 99)).toMatchObject({ hits: [] });
});
