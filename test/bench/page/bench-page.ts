import type { Contact, ContactInput } from '#shared/domain/contact';
import { DATABASE_NAME, DeskDatabase } from '../../../renderer/data/db';
import { createWorkspace, type Workspace } from '../../../renderer/data/workspace';
import { BENCH_DATABASES, type BenchApi, type SeedResult } from './bench-api';
import { contactDataset, organizationInputs, placeholderOrganizationIds, prebuiltRecords } from './datasets';
import { countRecords, deleteDatabase, latestStoreSpec, openRawDatabase, putAll } from './raw-store';
import { checkCollation, loadSortInputs, measureSort, type SortInputs } from './sort-bench';
import { searchBench } from './search-page';
import { meetingsBench } from './meetings-page';
import { outboxBench } from './outbox-page';
import { importBench } from './import-page';
import { backupBench } from './backup-page';
import { reportBench } from './report-page';

/**
 * The benchmark page: served next to the production app (same origin, so the databases it
 * seeds are the app's), driven by test/bench/contacts.bench.ts through `window.bench`.
 */

const CONTACTS = 'contacts';
const contactStore = latestStoreSpec(CONTACTS);

let insertInputs: ContactInput[] = [];
let insertRecords: Contact[] = [];
let repository: Workspace | null = null;
let raw: IDBDatabase | null = null;
let sort: SortInputs | null = null;

async function closeInsertDatabases(): Promise<void> {
  repository?.db.close();
  raw?.close();
  repository = null;
  raw = null;
  await deleteDatabase(BENCH_DATABASES.repository);
  await deleteDatabase(BENCH_DATABASES.raw);
}

async function expectStored(actual: Promise<number>, expected: number): Promise<void> {
  const count = await actual;
  if (count !== expected) throw new Error(`stored ${count} contacts, expected ${expected}`);
}

/** Organizations first (contacts point at them), then contacts, each in one bulkCreate. */
async function seed(workspace: Workspace, n: number): Promise<SeedResult> {
  const organizationsStart = performance.now();
  const organizationIds = await workspace.organizations.bulkCreate(organizationInputs(n));
  const organizationsMs = performance.now() - organizationsStart;
  const { inputs, info } = contactDataset(n, organizationIds);
  const contactsStart = performance.now();
  await workspace.contacts.bulkCreate(inputs);
  const insertMs = organizationsMs + performance.now() - contactsStart;
  await expectStored(workspace.db.contacts.count(), n);
  return { contacts: n, organizations: organizationIds.length, generateMs: info.generateMs, insertMs };
}

const bench: BenchApi = {
  ready: true,
  ...searchBench,
  ...meetingsBench,
  ...reportBench,
  ...outboxBench,
  ...importBench,
  ...backupBench,

  async prepareInsert(n) {
    const { inputs, info } = contactDataset(n, placeholderOrganizationIds(n));
    insertInputs = inputs;
    insertRecords = prebuiltRecords(inputs);
    return info;
  },

  async resetInsertDatabases() {
    await closeInsertDatabases();
    const db = new DeskDatabase(BENCH_DATABASES.repository);
    await db.open();
    repository = createWorkspace(db);
    raw = await openRawDatabase(BENCH_DATABASES.raw, CONTACTS, contactStore);
  },

  async insertViaRepository() {
    if (!repository) throw new Error('call resetInsertDatabases first');
    const start = performance.now();
    await repository.contacts.bulkCreate(insertInputs);
    const ms = performance.now() - start;
    await expectStored(repository.db.contacts.count(), insertInputs.length);
    return ms;
  },

  async insertRaw() {
    if (!raw) throw new Error('call resetInsertDatabases first');
    const start = performance.now();
    await putAll(raw, CONTACTS, insertRecords);
    const ms = performance.now() - start;
    await expectStored(countRecords(raw, CONTACTS), insertRecords.length);
    return ms;
  },

  async seedApp(n) {
    await deleteDatabase(DATABASE_NAME);
    const workspace = createWorkspace(new DeskDatabase());
    try {
      return await seed(workspace, n);
    } finally {
      workspace.db.close();
    }
  },

  async prepareSort(n) {
    sort?.workspace.db.close();
    await deleteDatabase(BENCH_DATABASES.sort);
    const workspace = createWorkspace(new DeskDatabase(BENCH_DATABASES.sort));
    const seeded = await seed(workspace, n);
    sort = await loadSortInputs(workspace);
    return { ...seeded, check: checkCollation(sort) };
  },

  async measureSort(measure) {
    if (!sort) throw new Error('call prepareSort first');
    return measureSort(sort, measure);
  },

  async release() {
    insertInputs = [];
    insertRecords = [];
    await closeInsertDatabases();
    sort?.workspace.db.close();
    sort = null;
    await deleteDatabase(BENCH_DATABASES.sort);
  },
};

window.bench = bench;
const status = document.getElementById('status');
if (status) status.textContent = 'Ready';
