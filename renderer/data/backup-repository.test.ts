// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { BackupContents } from '#shared/backup/backup-format';
import { readBackupFile, writeBackupFile } from '#shared/backup/backup-file';
import { emptyContactInput } from '#shared/domain/contact';
import { collationKey } from '#shared/text/collation-key';
import { createBackupRepository } from './backup-repository';
import { attachFile, memoryStorage, snapshot } from './backup-test-support';
import { CURRENT_SCHEMA_VERSION } from './schema-version';
import { SCHEMA_VERSIONS } from './schema';
import { TEST_START, testWorkspaces } from './test-workspaces';
import type { Workspace } from './workspace';

const openWorkspace = testWorkspaces();

/** The sample workspace, plus what it lacks: a file, a contact in the Trash, a user topic. */
async function fullWorkspace(): Promise<Workspace> {
  const workspace = openWorkspace();
  await workspace.sample.load();
  const [first, second] = await workspace.contacts.listLive();
  await attachFile(workspace, first.id);
  await workspace.contacts.moveToTrash([second.id]);
  await workspace.topics.create({ label: { uk: 'Логістика', ru: 'Логистика', en: 'Logistics' } });
  return workspace;
}

describe('backup repository', () => {
  it('names the current schema version after the last entry of the list', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.at(-1)?.version);
  });

  it('collect → file → wipe → restore gives back the same workspace, Trash and file bytes included', async () => {
    const workspace = await fullWorkspace();
    const storage = memoryStorage({ 'delegation-desk.ui': '{"state":{"language":"ru"},"version":1}', 'delegation-desk.draft.contact-1': '{"values":{}}' });
    const backups = createBackupRepository(workspace.db, () => TEST_START, storage);
    const before = await snapshot(workspace);
    expect(before.tables.contacts.some((contact) => contact.deletedAt !== null)).toBe(true);

    const contents = await backups.collect();
    // Drafts are unsaved input on this computer, not settings.
    expect(contents.settings).toEqual({ 'delegation-desk.ui': '{"state":{"language":"ru"},"version":1}' });
    const file = await writeBackupFile(contents, { kind: 'backup', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: TEST_START, passphrase: 'p', testIterations: 1_000 });

    await backups.wipe();
    storage.clear();
    expect(await backups.isEmpty()).toBe(true);
    expect(await workspace.db.topics.count()).toBe(0);

    const { contents: read } = await readBackupFile(file, 'p', CURRENT_SCHEMA_VERSION);
    await backups.restoreEmpty(read);
    expect(await snapshot(workspace)).toEqual(before);
    expect(storage.getItem('delegation-desk.ui')).toBe('{"state":{"language":"ru"},"version":1}');
    expect(storage.getItem('delegation-desk.draft.contact-1')).toBeNull();
  });

  it('logs restored records of searchable tables, so search indexes them whatever their dates', async () => {
    const workspace = await fullWorkspace();
    const backups = createBackupRepository(workspace.db, () => TEST_START, memoryStorage());
    const contents = await backups.collect();
    await backups.wipe();
    await backups.restoreEmpty(contents);
    const changes = await workspace.db.recordChanges.toArray();
    const written = (table: string) => changes.filter((change) => change.table === table && change.kind === 'written').flatMap((change) => change.recordIds);
    for (const table of ['contacts', 'organizations', 'events', 'meetings', 'agreements'] as const) {
      expect(new Set(written(table))).toEqual(new Set(contents.tables[table]?.map((row) => (row as { id: string }).id)));
    }
  });

  it('refuses to restore into a workspace that holds records, writing nothing', async () => {
    const workspace = await fullWorkspace();
    const backups = createBackupRepository(workspace.db, () => TEST_START, memoryStorage());
    const contents = await backups.collect();
    const other = openWorkspace();
    await other.contacts.create({ ...emptyContactInput(), familyName: { uk: 'Гереля', ru: '', en: '' } });
    const otherBackups = createBackupRepository(other.db, () => TEST_START, memoryStorage());
    expect(await otherBackups.isEmpty()).toBe(false);
    await expect(otherBackups.restoreEmpty(contents)).rejects.toMatchObject({ code: 'workspaceNotEmpty' });
    expect(await other.db.contacts.count()).toBe(1);
    expect(await other.db.meetings.count()).toBe(0);
  });

  it('counts a contact in the Trash as a record: the workspace is not empty', async () => {
    const workspace = openWorkspace();
    const contact = await workspace.contacts.create({ ...emptyContactInput(), familyName: { uk: 'Гереля', ru: '', en: '' } });
    await workspace.contacts.moveToTrash([contact.id]);
    expect(await createBackupRepository(workspace.db, () => TEST_START, memoryStorage()).isEmpty()).toBe(false);
  });

  it('restores a file from schema version 2: contacts get ourStaff, and sort keys are computed here', async () => {
    const contact = {
      id: '01HGZ0000000000000000000C1',
      givenName: { uk: 'Артем', ru: 'Артем', en: 'Artem' },
      familyName: { uk: 'Лисогор', ru: 'Лысогор', en: 'Lysohor' },
      nameOriginal: '',
      honorific: { uk: '', ru: '', en: '' },
      position: { uk: '', ru: '', en: '' },
      organizationId: null,
      country: 'UA',
      city: { uk: '', ru: '', en: '' },
      languages: [],
      emails: [],
      phones: [],
      messengers: [],
      notes: '',
      tags: [],
      // Written by a build whose collation differed: never trusted.
      sortKey: { uk: 'stale', ru: 'stale', en: 'stale' },
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
    };
    const v2: BackupContents = { tables: { contacts: [contact], events: [], meetings: [] }, attachmentBytes: {}, settings: {} };
    const file = await writeBackupFile(v2, { kind: 'backup', schemaVersion: 2, createdAt: 1 });
    const workspace = openWorkspace();
    const { contents } = await readBackupFile(file, undefined, CURRENT_SCHEMA_VERSION);
    await createBackupRepository(workspace.db, () => TEST_START, memoryStorage()).restoreEmpty(contents);
    const [restored] = await workspace.contacts.listLive();
    expect(restored.ourStaff).toBe(false);
    expect(restored.sortKey.uk).toBe(collationKey('Лисогор Артем'));
    expect(restored.sortKey.ru).toBe(collationKey('Лысогор Артем'));
  });

  it('cleans HTML notes from a file as it cleans anything pasted', async () => {
    const workspace = await fullWorkspace();
    const backups = createBackupRepository(workspace.db, () => TEST_START, memoryStorage());
    const contents = await backups.collect();
    const [event, ...rest] = contents.tables.events as { notes: string }[];
    contents.tables.events = [{ ...event, notes: '<p>Порядок денний</p><img src=x onerror="alert(1)"><script>alert(2)</script>' }, ...rest];
    await backups.wipe();
    await backups.restoreEmpty(contents);
    const restored = await workspace.db.events.get((event as unknown as { id: string }).id);
    expect(restored?.notes).toBe('<p>Порядок денний</p>');
  });

  it('refuses a file whose record lacks the fields its keys are made from, writing nothing', async () => {
    const workspace = openWorkspace();
    const broken: BackupContents = { tables: { events: [{ id: 'e1', notes: '' }], contacts: [{ id: 'c1', givenName: 'not localized' }] }, attachmentBytes: {}, settings: {} };
    await expect(createBackupRepository(workspace.db, () => TEST_START, memoryStorage()).restoreEmpty(broken)).rejects.toMatchObject({ code: 'backupCorrupt' });
    expect(await workspace.db.events.count()).toBe(0);
  });

  it('wipes every table, the change log and device tables too', async () => {
    const workspace = await fullWorkspace();
    await workspace.db.recordChanges.add({ id: '01HGZ00000000000000000000X', table: 'contacts', kind: 'removed', recordIds: ['gone'] });
    expect(await workspace.db.agreementVersions.count()).toBeGreaterThan(0);
    await createBackupRepository(workspace.db, () => TEST_START, memoryStorage()).wipe();
    const counts = await Promise.all(workspace.db.tables.map((table) => table.count()));
    expect(counts.every((count) => count === 0)).toBe(true);
  });
});
