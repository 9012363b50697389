import { DeskDatabase } from '../../../renderer/data/db';
import { createWorkspace, type Workspace } from '../../../renderer/data/workspace';
import { createSearchClient, type SearchClient } from '../../../renderer/search/search-client';
import { SEARCH_DATABASE } from './search-api';
import { contactDataset, organizationInputs } from './datasets';
import { deleteDatabase } from './raw-store';

/**
 * The global search as the app runs it: the production worker over a database seeded through the
 * repositories. Measures the worker's start (read + build), a keystroke's round trip, and an
 * edit's way from the repository write to the index (liveQuery across threads, then the update).
 */

const DATABASE = SEARCH_DATABASE;
const EDITS = 20;

let workspace: Workspace | null = null;
let client: SearchClient | null = null;

export async function prepareSearchWorker(n: number): Promise<{ documents: number; readyMs: number; workerBuildMs: number }> {
  await releaseSearchWorker();
  await deleteDatabase(DATABASE);
  workspace = createWorkspace(new DeskDatabase(DATABASE));
  const organizationIds = await workspace.organizations.bulkCreate(organizationInputs(n));
  await workspace.contacts.bulkCreate(contactDataset(n, organizationIds).inputs);
  const start = performance.now();
  client = createSearchClient(DATABASE);
  const ready = await client.ready;
  return { documents: ready.documents, readyMs: performance.now() - start, workerBuildMs: ready.buildMs };
}

/** Round trips of the given queries, one after another as keystrokes come. */
export async function measureWorkerTyping(queries: readonly string[]): Promise<number[]> {
  if (!client) throw new Error('call prepareSearchWorker first');
  const samples: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    await client.search(query, { limit: 20 });
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Renames contacts one at a time: from before the write until the new name is searchable. */
export async function measureWorkerEdits(): Promise<number[]> {
  if (!client || !workspace) throw new Error('call prepareSearchWorker first');
  const searchClient = client;
  const contacts = await workspace.contacts.listLiveHead('id', EDITS);
  const samples: number[] = [];
  for (const [i, contact] of contacts.entries()) {
    const familyName = `Бенчмарків${String.fromCharCode(0x430 + i)}`;
    const indexed = new Promise<void>((resolve) => {
      const stop = searchClient.onIndexed(() => {
        stop();
        resolve();
      });
    });
    const start = performance.now();
    await workspace.contacts.update(contact.id, { ...contact, familyName: { ...contact.familyName, uk: familyName } });
    await indexed;
    const hits = await searchClient.search(familyName, { limit: 5 });
    samples.push(performance.now() - start);
    if (!hits.some((hit) => hit.id === contact.id)) throw new Error(`the worker did not index the edit of ${contact.id}`);
  }
  return samples;
}

export async function releaseSearchWorker(): Promise<void> {
  client?.dispose();
  client = null;
  workspace?.db.close();
  workspace = null;
  await deleteDatabase(DATABASE);
}
