// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { BackupContents } from '#shared/backup/backup-format';
import type { Contact } from '#shared/domain/contact';
import type { Topic } from '#shared/domain/topics';
import { createBackupRepository } from './backup-repository';
import { attachFile, memoryStorage, snapshot } from './backup-test-support';
import { TEST_START, testWorkspaces } from './test-workspaces';
import type { Workspace } from './workspace';

const openWorkspace = testWorkspaces();
const HOUR = 60 * 60 * 1000;

async function sampleWorkspace(): Promise<Workspace> {
  const workspace = openWorkspace();
  await workspace.sample.load();
  return workspace;
}

const backupsOf = (workspace: Workspace) => createBackupRepository(workspace.db, () => TEST_START + 5 * HOUR, memoryStorage());

const contactsOf = (contents: BackupContents) => contents.tables.contacts as Contact[];

/** A copy of a contact as another laptop changed it: its position, at `updatedAt`. */
const edited = (contact: Contact, position: string, updatedAt: number): Contact => ({ ...contact, position: { ...contact.position, en: position }, updatedAt });

describe('merging a file into the workspace', () => {
  it('adds what is missing, takes what is newer, keeps what is newer here or tied, and lists every difference', async () => {
    const workspace = await sampleWorkspace();
    const backups = backupsOf(workspace);
    const contents = await backups.collect();
    const [a, b, c, d] = contactsOf(contents);
    const newcomer: Contact = { ...a, id: '01HGZ0000000000000000NEW01', givenName: { uk: 'Жюльєт', ru: 'Жюльет', en: 'Juliette' }, familyName: { uk: 'Нова', ru: 'Новая', en: 'New' } };
    const incoming: BackupContents = {
      tables: {
        contacts: [edited(a, 'Newer there', a.updatedAt + HOUR), edited(b, 'Older there', b.updatedAt - HOUR), edited(c, 'Same time', c.updatedAt), d, newcomer],
      },
      attachmentBytes: {},
      settings: {},
    };

    const report = await backups.merge(incoming, 'en');

    expect(report.added).toEqual({ contacts: 1 });
    expect(report.updated).toEqual({ contacts: 1 });
    expect(report.unchanged).toEqual({ contacts: 3 });
    expect(report.conflicts).toEqual([
      { table: 'contacts', id: a.id, label: expect.any(String) as string, kept: 'incoming', localUpdatedAt: a.updatedAt, incomingUpdatedAt: a.updatedAt + HOUR },
      { table: 'contacts', id: b.id, label: expect.any(String) as string, kept: 'local', localUpdatedAt: b.updatedAt, incomingUpdatedAt: b.updatedAt - HOUR },
      { table: 'contacts', id: c.id, label: expect.any(String) as string, kept: 'local', localUpdatedAt: c.updatedAt, incomingUpdatedAt: c.updatedAt },
    ]);
    expect((await workspace.contacts.get(a.id))?.position.en).toBe('Newer there');
    expect((await workspace.contacts.get(b.id))?.position).toEqual(b.position);
    expect((await workspace.contacts.get(c.id))?.position).toEqual(c.position);
    expect(await workspace.contacts.get(newcomer.id)).toMatchObject({ familyName: newcomer.familyName });
    // Only what was written is logged for search.
    const logged = (await workspace.db.recordChanges.toArray()).flatMap((change) => change.recordIds);
    expect(new Set(logged)).toEqual(new Set([a.id, newcomer.id]));
  });

  it('labels conflicts in the language asked for', async () => {
    const workspace = await sampleWorkspace();
    const backups = backupsOf(workspace);
    const lysohor = contactsOf(await backups.collect()).find((contact) => contact.familyName.en === 'Lysohor')!;
    const incoming: BackupContents = { tables: { contacts: [edited(lysohor, 'Head', lysohor.updatedAt + HOUR)] }, attachmentBytes: {}, settings: {} };
    expect((await backups.merge(incoming, 'uk')).conflicts[0].label).toBe('Артем Лисогор');
    expect((await backups.merge(incoming, 'ru')).conflicts).toEqual([]);
  });

  it('merging the workspace into itself changes nothing', async () => {
    const workspace = await sampleWorkspace();
    const backups = backupsOf(workspace);
    const before = await snapshot(workspace);
    const report = await backups.merge(await backups.collect(), 'en');
    expect(report.added).toEqual({});
    expect(report.updated).toEqual({});
    expect(report.conflicts).toEqual([]);
    expect(report.unchanged.contacts).toBe(before.tables.contacts.length);
    expect(await snapshot(workspace)).toEqual(before);
  });

  it('adds a missing topic but never relabels one this workspace has', async () => {
    const workspace = await sampleWorkspace();
    const mine = await workspace.topics.create({ label: { uk: 'Логістика', ru: 'Логистика', en: 'Logistics' } });
    const theirs: Topic = { id: '01HGZ0000000000000000TOPIC', label: { uk: 'Туризм', ru: 'Туризм', en: 'Tourism' } };
    const incoming: BackupContents = {
      tables: { topics: [{ ...mine, label: { ...mine.label, en: 'Supply chains' } }, theirs] },
      attachmentBytes: {},
      settings: {},
    };
    const report = await backupsOf(workspace).merge(incoming, 'en');
    expect(report).toMatchObject({ added: { topics: 1 }, unchanged: { topics: 1 }, conflicts: [] });
    expect(await workspace.db.topics.get(mine.id)).toEqual(mine);
    expect(await workspace.db.topics.get(theirs.id)).toEqual(theirs);
  });

  it('brings an attachment with its bytes', async () => {
    const source = await sampleWorkspace();
    const [contact] = await source.contacts.listLive();
    const file = await attachFile(source, contact.id, 'contact', [9, 8, 7]);
    const contents = await backupsOf(source).collect();
    const target = await sampleWorkspace();
    // Same sample, different ids: bring the contact too, so the file has its owner.
    const report = await backupsOf(target).merge(contents, 'en');
    expect(report.added.attachments).toBe(1);
    const stored = await target.db.attachmentBytes.get(file.id);
    expect(Array.from(new Uint8Array(stored!.bytes))).toEqual([9, 8, 7]);
  });

  it('writes nothing when any write fails', async () => {
    const workspace = await sampleWorkspace();
    const backups = backupsOf(workspace);
    const contents = await backups.collect();
    const [a] = contactsOf(contents);
    const incoming: BackupContents = {
      ...contents,
      tables: {
        ...contents.tables,
        contacts: [...contactsOf(contents), { ...a, id: '01HGZ0000000000000000NEW02' }],
        meetings: (contents.tables.meetings as { id: string; updatedAt: number }[]).map((meeting) => ({ ...meeting, updatedAt: meeting.updatedAt + HOUR, agenda: 'changed' })),
      },
    };
    const before = await snapshot(workspace);
    vi.spyOn(workspace.db.table('meetings'), 'bulkPut').mockRejectedValueOnce(new DOMException('disk full', 'QuotaExceededError'));
    await expect(backups.merge(incoming, 'en')).rejects.toMatchObject({ code: 'storageQuota' });
    expect(await snapshot(workspace)).toEqual(before);
    expect(await workspace.db.recordChanges.count()).toBe(0);
  });
});
