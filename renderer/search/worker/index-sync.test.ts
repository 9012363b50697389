import { afterEach, describe, expect, it } from 'vitest';
import { emptyContactInput, type ContactInput } from '#shared/domain/contact';
import { emptyOrganizationInput } from '#shared/domain/organization';
import { SearchIndex } from '#shared/search/search-index';
import { DeskDatabase } from '../../data/db';
import { createWorkspace, type Workspace } from '../../data/workspace';
import { IndexSync } from './index-sync';

const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const running: { db: DeskDatabase; sync: IndexSync }[] = [];

let clock = START;
/** A clock that a test can hold still, to write several times in one millisecond. */
let ticking = true;
const now = () => (ticking ? ++clock : clock);

interface Setup {
  workspace: Workspace;
  index: SearchIndex;
  /** Resolves after the sync applied its next batch of changes. */
  nextBatch: () => Promise<number>;
  sync: IndexSync;
}

async function setUp(seed: (workspace: Workspace) => Promise<void> = async () => undefined): Promise<Setup> {
  clock = START;
  ticking = true;
  const db = new DeskDatabase(`search-sync-${crypto.randomUUID()}`);
  const workspace = createWorkspace(db, now);
  await seed(workspace);
  const index = new SearchIndex();
  const waiting: ((changes: number) => void)[] = [];
  const sync = new IndexSync(db, index, {
    onApplied: (changes) => waiting.shift()?.(changes),
    onError: (error) => {
      throw error;
    },
  });
  running.push({ db, sync });
  await sync.start();
  return { workspace, index, sync, nextBatch: () => new Promise((resolve) => waiting.push(resolve)) };
}

afterEach(async () => {
  for (const { db, sync } of running.splice(0)) {
    sync.stop();
    db.close();
    await db.delete();
  }
});

const person = (given: string, family: string, extra: Partial<ContactInput> = {}): ContactInput => ({
  ...emptyContactInput(),
  givenName: { uk: given, ru: '', en: '' },
  familyName: { uk: family, ru: '', en: '' },
  ...extra,
});
const ids = (index: SearchIndex, query: string) => index.search(query).map((hit) => hit.id);

describe('IndexSync', () => {
  it('builds the index from the live records, leaving the Trash out', async () => {
    let trashedId = '';
    const { index } = await setUp(async ({ contacts }) => {
      await contacts.create(person('Артем', 'Лисогор'));
      trashedId = (await contacts.create(person('Ігор', 'Терехов'))).id;
      await contacts.moveToTrash([trashedId]);
    });
    expect(index.size).toBe(1);
    expect(index.search('Lysohor')).toHaveLength(1);
    expect(ids(index, 'Терехов')).toEqual([]);
  });

  it('follows creates, edits, moves to the Trash and restores, one record at a time', async () => {
    const { workspace, index, nextBatch } = await setUp();
    let applied = nextBatch();
    const created = await workspace.contacts.create(person('Артем', 'Лисогор'));
    expect(await applied).toBe(1);
    expect(ids(index, 'Лисогор')).toEqual([created.id]);

    applied = nextBatch();
    await workspace.contacts.update(created.id, person('Артем', 'Шевченко'));
    await applied;
    expect(ids(index, 'Лисогор')).toEqual([]);
    expect(ids(index, 'Shevchenko')).toEqual([created.id]);

    applied = nextBatch();
    await workspace.contacts.moveToTrash([created.id]);
    await applied;
    expect(index.size).toBe(0);

    applied = nextBatch();
    await workspace.contacts.restore([created.id]);
    await applied;
    expect(ids(index, 'Шевченко')).toEqual([created.id]);
  });

  it('catches a second write in the same millisecond', async () => {
    const { workspace, index, nextBatch } = await setUp();
    let applied = nextBatch();
    const created = await workspace.contacts.create(person('Артем', 'Лисогор'));
    await applied;
    ticking = false;
    applied = nextBatch();
    await workspace.contacts.update(created.id, person('Артем', 'Коваль'));
    await applied;
    expect(ids(index, 'Коваль')).toEqual([created.id]);
  });

  it("re-indexes an organization's people when it is renamed, and drops it from them when trashed", async () => {
    let organizationId = '';
    let contactId = '';
    const { workspace, index, nextBatch } = await setUp(async ({ organizations, contacts }) => {
      const org = await organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Харківська міська рада', ru: '', en: '' } });
      organizationId = org.id;
      contactId = (await contacts.create(person('Артем', 'Лисогор', { organizationId }))).id;
    });
    expect(ids(index, 'Харьков')).toEqual([organizationId, contactId]);

    let applied = nextBatch();
    await workspace.organizations.update(organizationId, { ...emptyOrganizationInput(), name: { uk: 'Львівська міська рада', ru: '', en: '' } });
    await applied;
    expect(ids(index, 'Харьков')).toEqual([]);
    expect(ids(index, 'Львов')).toEqual([organizationId, contactId]);

    applied = nextBatch();
    await workspace.organizations.moveToTrash([organizationId]);
    await applied;
    expect(ids(index, 'Львов')).toEqual([]);
    expect(ids(index, 'Лисогор')).toEqual([contactId]);
  });
});
