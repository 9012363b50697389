// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { BackupContents } from '#shared/backup/backup-format';
import { readBackupFile, writeBackupFile } from '#shared/backup/backup-file';
import { contactDisplayName, organizationDisplayName } from '#shared/domain/display-name';
import type { Contact } from '#shared/domain/contact';
import { toMeetingInput, type Meeting } from '#shared/domain/meeting';
import type { Organization } from '#shared/domain/organization';
import { createBackupRepository } from './backup-repository';
import { createMeetingRepository } from './meeting-repository';
import { attachFile, memoryStorage } from './backup-test-support';
import { CURRENT_SCHEMA_VERSION } from './schema-version';
import { TEST_START, testWorkspaces } from './test-workspaces';
import type { Workspace } from './workspace';

const openWorkspace = testWorkspaces();
const HOUR = 60 * 60 * 1000;

const backupsOf = (workspace: Workspace, now = TEST_START) => createBackupRepository(workspace.db, () => now, memoryStorage());

async function sampleWorkspace(): Promise<Workspace> {
  const workspace = openWorkspace();
  await workspace.sample.load();
  return workspace;
}

async function rebuildUkraine(workspace: Workspace) {
  const events = await workspace.events.listLive();
  return events.find((event) => event.name.en.startsWith('ReBuild Ukraine'))!;
}

const names = (contents: BackupContents) => ({
  contacts: (contents.tables.contacts as Contact[]).map((contact) => contactDisplayName(contact, 'en')).sort(),
  organizations: (contents.tables.organizations as Organization[]).map((organization) => organizationDisplayName(organization, 'en')).sort(),
});

/** Through a real file, as on the USB stick. */
async function carry(contents: BackupContents, title: string): Promise<BackupContents> {
  const file = await writeBackupFile(contents, { kind: 'bundle', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: TEST_START, title, passphrase: 'стік', testIterations: 1_000 });
  return (await readBackupFile(file, 'стік', CURRENT_SCHEMA_VERSION)).contents;
}

describe('event bundle', () => {
  it('holds ReBuild Ukraine with its meetings, people and organizations, and nothing of other events', async () => {
    const workspace = await sampleWorkspace();
    const event = await rebuildUkraine(workspace);
    const { title, contents } = await backupsOf(workspace).selectEventBundle(event.id);

    expect(title).toBe('Виставка-конференція ReBuild Ukraine');
    expect(contents.settings).toEqual({});
    expect(contents.tables.events).toEqual([event]);
    const meetings = contents.tables.meetings as Meeting[];
    expect(meetings.map((meeting) => meeting.eventId)).toEqual([event.id, event.id]);
    expect(meetings.map((meeting) => meeting.title.en).sort()).toEqual([
      'Meeting with the export adviser of Business France Ukraine',
      'Talks with Hauts-de-France: cybersecurity and green energy',
    ]);
    const { contacts, organizations } = names(contents);
    expect(contacts).toEqual(expect.arrayContaining(['Artem Lysohor', 'Juliette Delbe']));
    expect(organizations).toEqual(expect.arrayContaining(['Hauts-de-France Region', 'Business France Ukraine']));

    // Everyone in the bundle is named by the event, its meetings or their follow-ups.
    const named = new Set([...event.delegation, ...meetings.flatMap((meeting) => [...meeting.ourParticipantIds, ...meeting.theirParticipantIds])]);
    for (const followUp of contents.tables.followUps as { meetingId: string; ownerId: string; contactId: string | null }[]) {
      expect(meetings.map((meeting) => meeting.id)).toContain(followUp.meetingId);
      named.add(followUp.ownerId);
      if (followUp.contactId) named.add(followUp.contactId);
    }
    expect((contents.tables.contacts as Contact[]).every((contact) => named.has(contact.id))).toBe(true);
    // The sample's agreement is about meetings elsewhere: it stays behind.
    expect(contents.tables.agreements).toEqual([]);
    expect(organizations).not.toContain('Kalush City Council');
    expect(contacts).not.toContain('Gudrun Niedorf');
  });

  it('brings parent organizations, agreements of the meetings with their versions, files and user topics', async () => {
    const workspace = await sampleWorkspace();
    const event = await rebuildUkraine(workspace);
    const [agreement] = await workspace.db.agreements.toArray();
    const memorandumMeetingId = agreement.meetingIds[0];
    // The memorandum's meeting moved into the event (stored directly: this is about selection, not validation).
    await workspace.db.meetings.update(memorandumMeetingId, { eventId: event.id });
    const civex = (await workspace.organizations.listLive()).find((organization) => organization.nameOriginal.includes('CIVEX') || organization.name.en.includes('CIVEX'))!;
    const topic = await workspace.topics.create({ label: { uk: 'Логістика', ru: 'Логистика', en: 'Logistics' } });
    const meeting = (await workspace.db.meetings.get(memorandumMeetingId))!;
    await workspace.db.meetings.update(meeting.id, { organizationIds: [...meeting.organizationIds, civex.id], topics: [...meeting.topics, topic.id] });
    const file = await attachFile(workspace, meeting.id, 'meeting', [4, 5, 6]);

    const { contents } = await backupsOf(workspace).selectEventBundle(event.id);

    expect((contents.tables.agreements as { id: string }[]).map(({ id }) => id)).toEqual([agreement.id]);
    const versions = await workspace.db.agreementVersions.where('agreementId').equals(agreement.id).toArray();
    expect(versions.length).toBeGreaterThan(0);
    expect(contents.tables.agreementVersions).toEqual(versions);
    const organizationIds = (contents.tables.organizations as Organization[]).map(({ id }) => id);
    expect(organizationIds).toContain(civex.id);
    expect(organizationIds).toContain(civex.parentId);
    expect(contents.tables.topics).toEqual([topic]);
    expect(contents.tables.attachments).toEqual([file]);
    expect(Object.keys(contents.attachmentBytes)).toEqual([file.id]);
  });

  it('carried to another laptop, merges in and says what changed; carried back, brings the other side’s edit', async () => {
    const laptopA = await sampleWorkspace();
    const event = await rebuildUkraine(laptopA);
    const bundle = await backupsOf(laptopA).selectEventBundle(event.id);
    const laptopB = openWorkspace();

    const first = await backupsOf(laptopB).merge(await carry(bundle.contents, bundle.title), 'en');
    expect(first.added).toMatchObject({ events: 1, meetings: 2, contacts: bundle.contents.tables.contacts!.length, organizations: bundle.contents.tables.organizations!.length });
    expect(first.updated).toEqual({});
    expect(first.conflicts).toEqual([]);
    expect((await laptopB.events.get(event.id))?.name).toEqual(event.name);
    expect((await laptopB.contacts.listLive()).map((contact) => contactDisplayName(contact, 'uk'))).toContain('Артем Лисогор');

    // Again: already there.
    const again = await backupsOf(laptopB).merge(await carry(bundle.contents, bundle.title), 'en');
    expect(again.added).toEqual({});
    expect(again.unchanged.meetings).toBe(2);

    // On laptop B, an hour later, the outcome of a meeting is written up; the bundle goes back to A.
    const later = () => TEST_START + HOUR;
    const [meeting] = (bundle.contents.tables.meetings as Meeting[]).filter((m) => m.title.en.startsWith('Talks'));
    const id = meeting.id;
    await createMeetingRepository(laptopB.db, later).update(id, { ...toMeetingInput(meeting), outcomes: 'Домовилися про візит у лютому.' });
    const back = await backupsOf(laptopB, TEST_START + HOUR).selectEventBundle(event.id);
    const report = await backupsOf(laptopA, TEST_START + HOUR).merge(await carry(back.contents, back.title), 'uk');

    expect(report.updated).toEqual({ meetings: 1 });
    expect(report.added).toEqual({});
    expect(report.conflicts).toEqual([
      { table: 'meetings', id, label: 'Переговори з регіоном О-де-Франс: кібербезпека і зелена енергетика', kept: 'incoming', localUpdatedAt: meeting.updatedAt, incomingUpdatedAt: TEST_START + HOUR },
    ]);
    expect((await laptopA.meetings.get(id))?.outcomes).toBe('Домовилися про візит у лютому.');
  });

  it('refuses an event that does not exist', async () => {
    const workspace = openWorkspace();
    await expect(backupsOf(workspace).selectEventBundle('01HGZ000000000000000000000')).rejects.toMatchObject({ code: 'notFound' });
  });
});
