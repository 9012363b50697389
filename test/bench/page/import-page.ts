import type { Contact, ContactInput } from '#shared/domain/contact';
import type { OrganizationInput } from '#shared/domain/organization';
import { DeskDatabase } from '../../../renderer/data/db';
import { createWorkspace, type Workspace } from '../../../renderer/data/workspace';
import { createImportClient } from '../../../renderer/import/import-client';
import { createSearchClient, type SearchClient } from '../../../renderer/search/search-client';
import { generateContacts, generateOrganizations, organizationCountFor } from '../fixtures/generate';
import type { ImportBenchApi, ImportRunResult } from './import-api';
import { importCards } from './import-cards';
import { deleteDatabase, latestStoreSpec, openRawDatabase, putAll } from './raw-store';

/** The import methods of `window.bench`, spread into it by bench-page.ts. */

const DATABASES = { app: 'bench-import', raw: 'bench-import-raw' } as const;
const CONTACTS = 'contacts';
/** The search worker gets this long to index an import before the run fails. */
const INDEX_TIMEOUT_MS = 120_000;

let existing: { contacts: ContactInput[]; organizations: OrganizationInput[] } | null = null;
let fileText = '';
let workspace: Workspace | null = null;
let search: SearchClient | null = null;
let written: Contact[] = [];
/** The file for the next import, encoded ahead (its buffer is handed to the worker, so once per run). */
let nextBytes: Uint8Array | null = null;
let lastBatchId: string | null = null;

async function closeApp(): Promise<void> {
  search?.dispose();
  search = null;
  workspace?.db.close();
  workspace = null;
  await deleteDatabase(DATABASES.app);
}

/** Resolves once the index holds at least `documents` documents. */
function indexedUpTo(client: SearchClient, documents: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`the search worker did not index ${documents} documents within ${INDEX_TIMEOUT_MS} ms`));
    }, INDEX_TIMEOUT_MS);
    const stop = client.onIndexed((count) => {
      if (count < documents) return;
      clearTimeout(timer);
      stop();
      resolve(count);
    });
  });
}

export const importBench: ImportBenchApi = {
  async prepareImport(cards, existingCount, seed) {
    const start = performance.now();
    const organizations = generateOrganizations(organizationCountFor(existingCount), seed);
    const contacts = generateContacts(existingCount, seed);
    existing = { contacts, organizations };
    const file = importCards(cards, seed, contacts, organizations);
    fileText = file.text;
    return {
      cards: file.cards,
      repeats: file.repeats,
      bytes: new TextEncoder().encode(fileText).length,
      existingContacts: contacts.length,
      generateMs: performance.now() - start,
    };
  },

  async resetImportWorkspace() {
    if (!existing) throw new Error('call prepareImport first');
    await closeApp();
    workspace = createWorkspace(new DeskDatabase(DATABASES.app));
    await workspace.sample.load();
    const organizationIds = await workspace.organizations.bulkCreate(existing.organizations);
    await workspace.contacts.bulkCreate(existing.contacts.map((contact, n) => ({ ...contact, organizationId: organizationIds[n % organizationIds.length] ?? null })));
    search = createSearchClient(DATABASES.app);
    const ready = await search.ready;
    nextBytes = new TextEncoder().encode(fileText);
    return { contacts: await workspace.db.contacts.count(), documents: ready.documents };
  },

  async importViaWorker() {
    if (!workspace || !search || !nextBytes) throw new Error('call resetImportWorkspace first');
    const bytes = nextBytes;
    nextBytes = null;
    const before = (await search.ready).documents;
    const documentsBefore = await currentDocuments(search, before);
    // A new client, so the worker's start (fetching its script, opening the database) is counted, as on a user's first import.
    const client = createImportClient(DATABASES.app);
    try {
      const start = performance.now();
      const preview = await client.open('contacts.vcf', bytes);
      const opened = performance.now();
      const result = await client.apply(preview.sessionId, { all: 'merge', byRow: {}, eventId: null });
      const committed = performance.now();
      const expected = documentsBefore + result.added.contacts + result.added.organizations;
      const documentsAfter = await indexedUpTo(search, expected);
      const indexed = performance.now();
      lastBatchId = result.batchId;
      const run: ImportRunResult = {
        committedMs: committed - start,
        indexedMs: indexed - start,
        openMs: opened - start,
        applyMs: committed - opened,
        newContacts: preview.newContacts.length,
        duplicates: preview.duplicates.length,
        rejected: preview.rejected.length,
        mergedWithinFile: preview.mergedWithinFile?.length ?? 0,
        added: { contacts: result.added.contacts, organizations: result.added.organizations },
        merged: result.merged,
        documentsBefore,
        documentsAfter,
      };
      return run;
    } finally {
      client.dispose();
    }
  },

  async collectImportWrites() {
    if (!workspace || !lastBatchId) throw new Error('call importViaWorker first');
    const batch = await workspace.db.importBatches.get(lastBatchId);
    if (!batch) throw new Error('the import recorded no batch');
    const mergedIds = batch.mergedBefore.map((contact) => contact.id);
    written = (await workspace.db.contacts.bulkGet([...batch.added.contacts, ...mergedIds])).filter((contact): contact is Contact => contact !== undefined);
    return written.length;
  },

  async importRaw() {
    if (written.length === 0) throw new Error('call importViaWorker first: the baseline puts what it wrote');
    await deleteDatabase(DATABASES.raw);
    const raw = await openRawDatabase(DATABASES.raw, CONTACTS, latestStoreSpec(CONTACTS));
    try {
      const start = performance.now();
      await putAll(raw, CONTACTS, written);
      return performance.now() - start;
    } finally {
      raw.close();
      await deleteDatabase(DATABASES.raw);
    }
  },

  async releaseImport() {
    existing = null;
    fileText = '';
    written = [];
    nextBytes = null;
    lastBatchId = null;
    await closeApp();
    await deleteDatabase(DATABASES.raw);
  },
};

/** The index's size now: a search worker reports it only on start and after each change. */
async function currentDocuments(client: SearchClient, atStart: number): Promise<number> {
  let latest = atStart;
  const stop = client.onIndexed((count) => (latest = count));
  // Changes from the reset (the seeding) may still be arriving: wait for a quiet half second.
  let seen = -1;
  while (seen !== latest) {
    seen = latest;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  return latest;
}
