// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { emptyContactInput, type ContactInput } from '#shared/domain/contact';
import { newRecordId } from '#shared/domain/ids';
import { emptyMeetingInput } from '#shared/domain/meeting';
import { emptyOrganizationInput } from '#shared/domain/organization';
import { emptyEventInput } from '#shared/domain/event';
import { planImport } from '#shared/import/plan-import';
import { resolveImport } from '#shared/import/resolve-import';
import { SearchIndex } from '#shared/search/search-index';
import { DeskDatabase } from '../../data/db';
import { logRecordChanges } from '../../data/record-changes';
import { createWorkspace, type Workspace } from '../../data/workspace';
import { IndexSync } from './index-sync';

const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const running: { db: DeskDatabase; sync: IndexSync }[] = [];
let clock = START;
const now = () => ++clock;

async function setUp(seed: (workspace: Workspace) => Promise<void> = async () => undefined) {
  clock = START;
  const db = new DeskDatabase(`search-changes-${crypto.randomUUID()}`);
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
  return { workspace, db, index, nextBatch: () => new Promise<number>((resolve) => waiting.push(resolve)) };
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

describe('IndexSync and the record-change log', () => {
  it('removes a record removed outright, and re-reads one written with an older updatedAt', async () => {
    const { workspace, db, index, nextBatch } = await setUp();
    let applied = nextBatch();
    const artem = await workspace.contacts.create(person('Артем', 'Лисогор'));
    const ihor = await workspace.contacts.create(person('Ігор', 'Терехов'));
    await applied;
    expect(ids(index, 'Lysohor')).toEqual([artem.id]);

    applied = nextBatch();
    await db.transaction('rw', db.contacts, db.recordChanges, async () => {
      await db.contacts.delete(artem.id);
      // As a restore from an older backup writes it: another name, an older time.
      await db.contacts.put({ ...ihor, familyName: { uk: 'Коваль', ru: '', en: '' }, updatedAt: START - 1000 });
      await logRecordChanges(db, 'contacts', 'removed', [artem.id], clock);
      await logRecordChanges(db, 'contacts', 'written', [ihor.id], clock);
    });
    expect(await applied).toBe(2);
    expect(ids(index, 'Lysohor')).toEqual([]);
    expect(ids(index, 'Терехов')).toEqual([]);
    expect(ids(index, 'Коваль')).toEqual([ihor.id]);
  });

  it("re-indexes a removed organization's people and meetings without its name", async () => {
    let organizationId = '';
    let contactId = '';
    let meetingId = '';
    const { db, index, nextBatch } = await setUp(async ({ organizations, contacts, events, meetings }) => {
      organizationId = (await organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Харківська міська рада', ru: '', en: '' } })).id;
      contactId = (await contacts.create(person('Ігор', 'Терехов', { organizationId }))).id;
      const event = await events.create({ ...emptyEventInput(), name: { uk: 'Форум', ru: '', en: '' }, startDate: '2026-06-10', endDate: '2026-06-12', timeZone: 'Europe/Kyiv' });
      const meeting = await meetings.create({ ...emptyMeetingInput(), title: { uk: 'Зустріч', ru: '', en: '' }, eventId: event.id, date: '2026-06-11', startTime: '10:00', endTime: '11:00', organizationIds: [organizationId] });
      meetingId = meeting.id;
    });
    expect(ids(index, 'Харьков').sort()).toEqual([organizationId, contactId, meetingId].sort());

    const applied = nextBatch();
    await db.transaction('rw', db.organizations, db.recordChanges, async () => {
      await db.organizations.delete(organizationId);
      await logRecordChanges(db, 'organizations', 'removed', [organizationId], clock);
    });
    await applied;
    expect(ids(index, 'Харьков')).toEqual([]);
    expect(ids(index, 'Терехов')).toEqual([contactId]);
  });

  it('builds from the records at start and follows only entries logged after', async () => {
    let kept = '';
    const { workspace, db, index, nextBatch } = await setUp(async ({ contacts, db }) => {
      kept = (await contacts.create(person('Артем', 'Лисогор'))).id;
      const gone = await contacts.create(person('Ігор', 'Терехов'));
      await db.contacts.delete(gone.id);
      await logRecordChanges(db, 'contacts', 'removed', [gone.id, kept], clock);
    });
    expect(ids(index, 'Lysohor')).toEqual([kept]);
    const applied = nextBatch();
    const olena = await workspace.contacts.create(person('Олена', 'Петренко'));
    expect(await applied).toBe(1);
    expect(ids(index, 'Petrenko')).toEqual([olena.id]);
    expect(await db.recordChanges.count()).toBe(1);
  });

  it('follows an import and its undo: the added people leave the index, a merged one is as before', async () => {
    let artemId = '';
    const { workspace, index, nextBatch } = await setUp(async ({ contacts }) => {
      artemId = (await contacts.create(person('Артем', 'Лисогор'))).id;
    });
    const contact = (nameOriginal: string, extra: Partial<ContactInput> = {}) => ({ row: 0, contact: { ...emptyContactInput(), nameOriginal, ...extra }, organizationName: 'Kyiv Investment Agency', photos: [] });
    const plan = planImport(
      { format: 'vcard', fileName: 'phone.vcf', contacts: [{ ...contact('Artem Lysohor', { position: { uk: '', ru: '', en: 'Governor' } }), row: 1 }, { ...contact('Olena Petrenko'), row: 2 }], meetings: [], rejected: [] },
      await workspace.imports.loadExisting(),
    );
    let applied = nextBatch();
    const batch = await workspace.imports.apply(resolveImport(plan, { all: 'merge', byRow: {}, eventId: null }, () => newRecordId()), { fileName: 'phone.vcf', format: 'vcard' });
    await applied;
    const [olenaId] = batch.added.contacts;
    expect(ids(index, 'Petrenko')).toEqual([olenaId]);
    expect(ids(index, 'Governor')).toEqual([artemId]);
    expect(ids(index, 'Kyiv Investment')).toContain(batch.added.organizations[0]);

    applied = nextBatch();
    await workspace.imports.undo(batch.id);
    await applied;
    expect(ids(index, 'Petrenko')).toEqual([]);
    expect(ids(index, 'Kyiv Investment')).toEqual([]);
    expect(ids(index, 'Governor')).toEqual([]);
    expect(ids(index, 'Lysohor')).toEqual([artemId]);
  });
});
