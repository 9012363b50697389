// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import { toFollowUpInput } from '#shared/domain/follow-up';
import { AppError } from '#shared/errors/app-error';
import { SAMPLE_CONTACTS, SAMPLE_ORGANIZATIONS } from '#shared/sample/sample-workspace';
import { SAMPLE_EVENTS } from '#shared/sample/sample-events';
import { SAMPLE_MEETINGS } from '#shared/sample/sample-meetings';
import { SAMPLE_FOLLOW_UPS } from '#shared/sample/sample-follow-ups';
import { SAMPLE_AGREEMENTS } from '#shared/sample/sample-agreements';
import type { Workspace } from './workspace';
import { TEST_START, testWorkspaces } from './test-workspaces';
import { createDueNotices } from './due-notices';

const START = TEST_START;
const fakeNow = () => START;
const openWorkspace = testWorkspaces();

function newWorkspace(): Workspace {
  return openWorkspace(fakeNow);
}

afterEach(() => {
  vi.restoreAllMocks();
});

async function tableCounts({ db }: Workspace) {
  const tables = { contacts: db.contacts, organizations: db.organizations, events: db.events, meetings: db.meetings, followUps: db.followUps, dueNotices: db.dueNotices, agreements: db.agreements, agreementVersions: db.agreementVersions };
  const counts = await Promise.all(Object.values(tables).map((table) => table.count()));
  return Object.fromEntries(Object.keys(tables).map((name, i) => [name, counts[i]]));
}

describe('sample loader', () => {
  it('loads every sample organization and contact with their links resolved', async () => {
    const { sample, contacts, organizations } = newWorkspace();
    expect(await sample.isWorkspaceEmpty()).toBe(true);

    const counts = await sample.load();

    expect(counts).toEqual({
      organizations: SAMPLE_ORGANIZATIONS.length,
      contacts: SAMPLE_CONTACTS.length,
      events: SAMPLE_EVENTS.length,
      meetings: SAMPLE_MEETINGS.length,
      followUps: SAMPLE_FOLLOW_UPS.length,
      agreements: SAMPLE_AGREEMENTS.length,
    });
    const storedOrganizations = await organizations.listLive();
    const storedContacts = await contacts.listLive();
    expect(storedOrganizations).toHaveLength(SAMPLE_ORGANIZATIONS.length);
    expect(storedContacts).toHaveLength(SAMPLE_CONTACTS.length);
    expect(await sample.isWorkspaceEmpty()).toBe(false);

    // Artem Lysohor works at the Luhansk regional military administration, and is one of ours.
    const lysohor = storedContacts.find((c) => c.familyName.en === 'Lysohor');
    expect(lysohor?.ourStaff).toBe(true);
    expect(lysohor?.organizationId).toEqual(expect.any(String));
    const employer = await organizations.get(lysohor!.organizationId!);
    expect(employer?.name.en).toMatch(/Luhansk/);
    expect((await contacts.listByOrganization(employer!.id)).map((c) => c.id)).toContain(lysohor!.id);
  });

  it('resolves every organizationKey and parentKey to the matching stored record', async () => {
    const { sample, contacts, organizations } = newWorkspace();
    await sample.load();
    const storedOrganizations = await organizations.listLive();
    const storedContacts = await contacts.listLive();

    // Samples are matched to stored records by their (unique) primary name.
    const orgByName = new Map(storedOrganizations.map((o) => [o.name.uk + '|' + o.nameOriginal, o]));
    const keyToId = new Map<string, string>();
    for (const s of SAMPLE_ORGANIZATIONS) {
      const stored = orgByName.get(s.input.name.uk.trim() + '|' + s.input.nameOriginal.trim());
      expect(stored, s.key).toBeDefined();
      keyToId.set(s.key, stored!.id);
    }
    expect(new Set(keyToId.values()).size).toBe(SAMPLE_ORGANIZATIONS.length);

    for (const s of SAMPLE_ORGANIZATIONS) {
      const stored = storedOrganizations.find((o) => o.id === keyToId.get(s.key));
      expect(stored?.parentId, s.key).toBe(s.parentKey ? keyToId.get(s.parentKey) : null);
    }
    for (const s of SAMPLE_CONTACTS) {
      const matches = storedContacts.filter(
        (c) => c.familyName.uk === s.input.familyName.uk.trim() && c.givenName.uk === s.input.givenName.uk.trim(),
      );
      expect(matches, s.key).toHaveLength(1);
      expect(matches[0].organizationId, s.key).toBe(s.organizationKey ? keyToId.get(s.organizationKey) : null);
    }
  });

  it('loads the stories as events, meetings and follow-ups, linked to the sample people', async () => {
    const workspace = newWorkspace();
    const { sample, contacts, organizations, events, meetings, followUps } = workspace;
    await sample.load();
    const people = await contacts.listLive();
    const byFamily = (en: string) => people.find((c) => c.familyName.en === en)!;
    const [lysohor, delbe, hereliuk, terekhov, lenaerts] = ['Lysohor', 'Delbe', 'Hereliuk', 'Terekhov', 'Lenaerts'].map(byFamily);

    // ReBuild Ukraine in Warsaw: Juliette Delbe first, then Business France Ukraine's export adviser.
    const rebuild = (await events.listLive()).find((e) => e.name.en.includes('ReBuild Ukraine'))!;
    expect(rebuild).toMatchObject({ timeZone: 'Europe/Warsaw', country: 'PL', delegation: [lysohor.id] });
    const agenda = await meetings.listByEvent(rebuild.id);
    expect(agenda.map((m) => m.theirParticipantIds)).toEqual([[delbe.id], [hereliuk.id]]);
    expect(agenda[0]).toMatchObject({ ourParticipantIds: [lysohor.id], status: 'held', timeZone: '' });
    expect(agenda[0]!.topics).toEqual(expect.arrayContaining(['cybersecurity', 'green-energy']));
    const hautsDeFrance = (await organizations.listLive()).find((o) => o.nameOriginal === 'Région Hauts-de-France')!;
    expect(agenda[0]!.organizationIds).toEqual([hautsDeFrance.id]);
    // The notes were kept as written (they are clean already), in the story's Russian.
    expect(agenda[0]!.notes).toBe(SAMPLE_MEETINGS.find((m) => m.key === 'rebuild-delbe')!.input.notes);
    expect(agenda[0]!.notes).toContain('кибербезопасности');

    // Kharkiv: held at the city council, apart from any event, in Kyiv time.
    const [kharkiv] = await meetings.listWithContact(lenaerts.id);
    expect(kharkiv).toMatchObject({ eventId: null, timeZone: 'Europe/Kyiv', date: '2021-04-07', ourParticipantIds: [terekhov.id] });

    // Follow-ups: owned by our people, open ones due after their meeting.
    const kharkivFollowUps = await followUps.listByMeeting(kharkiv!.id);
    expect(kharkivFollowUps.length).toBeGreaterThan(0);
    for (const f of kharkivFollowUps) expect(f).toMatchObject({ ownerId: terekhov.id, contactId: lenaerts.id, status: 'open' });
    expect((await followUps.listOpenByDueDate()).length).toBe(SAMPLE_FOLLOW_UPS.filter((f) => f.input.status === 'open').length);
  });

  it('lists the stories’ open follow-ups as overdue without announcing them as falling due', async () => {
    const workspace = newWorkspace();
    await workspace.sample.load();
    const { dueCount, unannouncedIds } = await createDueNotices(workspace.db, fakeNow).listDue('2026-11-22');
    expect(dueCount).toBe(SAMPLE_FOLLOW_UPS.filter((f) => f.input.status === 'open').length);
    expect(unannouncedIds).toEqual([]);
    // A due date moved later is a new date: announced when it comes.
    const [first] = await workspace.followUps.listOpenByDueDate();
    await workspace.followUps.update(first!.id, { ...toFollowUpInput(first!), dueDate: '2026-11-20' });
    expect((await createDueNotices(workspace.db, fakeNow).listDue('2026-11-22')).unannouncedIds).toEqual([first!.id]);
  });

  it('reports a workspace with only trashed records as not empty', async () => {
    const { sample, contacts } = newWorkspace();
    const created = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Juliette Delbe' });
    expect(await sample.isWorkspaceEmpty()).toBe(false);
    await contacts.moveToTrash([created.id]);
    expect(await sample.isWorkspaceEmpty()).toBe(false);
  });

  it('counts events, meetings, follow-ups, agreements and attachments as content', async () => {
    const workspace = newWorkspace();
    await workspace.sample.load();
    const meeting = (await workspace.meetings.listLive())[0]!;
    // Everything but one attachment is gone: the workspace is still not empty.
    await workspace.attachments.create({ ownerType: 'meeting', ownerId: meeting.id, fileName: 'card.jpg', mimeType: 'image/jpeg', bytes: new ArrayBuffer(4) });
    const { db } = workspace;
    await Promise.all([db.contacts, db.organizations, db.events, db.meetings, db.followUps, db.agreements].map((table) => table.clear()));
    expect(await workspace.sample.isWorkspaceEmpty()).toBe(false);
    await db.attachments.clear();
    expect(await workspace.sample.isWorkspaceEmpty()).toBe(true);

    for (const table of [db.events, db.meetings, db.followUps, db.agreements] as const) {
      await workspace.sample.load();
      await Promise.all([db.contacts, db.organizations, db.events, db.meetings, db.followUps, db.agreements].filter((t) => t !== table).map((t) => t.clear()));
      expect(await table.count(), table.name).toBeGreaterThan(0);
      expect(await workspace.sample.isWorkspaceEmpty(), table.name).toBe(false);
      await table.clear();
    }
  });
});

describe('sample loader: all or nothing', () => {
  const quotaError = () => new DOMException('full', 'QuotaExceededError');

  it.each(['events', 'meetings', 'followUps', 'dueNotices'] as const)('a quota error while adding %s leaves every table empty', async (tableName) => {
    const workspace = newWorkspace();
    const table = workspace.db[tableName];
    const realAdd = table.add.bind(table) as (...args: unknown[]) => ReturnType<typeof table.add>;
    let calls = 0;
    // The second record of the table fails: some of it, and everything before it, was written.
    const add = vi.spyOn(table, 'add').mockImplementation(((...args: unknown[]) => {
      calls += 1;
      if (calls > 1) throw quotaError();
      return realAdd(...args);
    }) as never);

    const error = await workspace.sample.load().then(
      () => {
        throw new Error('expected a rejection');
      },
      (e: unknown) => e,
    );

    expect(add).toHaveBeenCalledTimes(2);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('storageQuota');
    add.mockRestore();
    expect(await tableCounts(workspace)).toEqual({ contacts: 0, organizations: 0, events: 0, meetings: 0, followUps: 0, dueNotices: 0, agreements: 0, agreementVersions: 0 });
    expect(await workspace.sample.isWorkspaceEmpty()).toBe(true);
  });

  it('drafts the Kalush–Zaporizhzhia memorandum from the template, signed, with a version per status change', async () => {
    const workspace = newWorkspace();
    await workspace.sample.load();
    const [memorandum] = await workspace.agreements.listLive();
    expect(memorandum).toMatchObject({ kind: 'memorandumOfCooperation', languages: ['uk', 'en'], status: 'signed', signingDate: '2023-04-12', templateId: 'memorandumOfCooperation' });
    expect(memorandum!.statusHistory.map((change) => change.status)).toEqual(['draft', 'internalReview', 'sentToPartner', 'agreed', 'signed']);
    const organizations = await workspace.organizations.getMany(memorandum!.organizationIds);
    expect(organizations.map((org) => org.name.en)).toEqual(['Kalush City Council', 'Zaporizhzhia City Council']);
    const [signing] = await workspace.meetings.getMany(memorandum!.meetingIds);
    expect(signing?.title.en).toBe('Signing of the Kalush–Zaporizhzhia cooperation memorandum');
    // The areas of the story, from the template, in both languages.
    const areas = memorandum!.clauses.filter((clause) => clause.libraryId?.startsWith('area-'));
    expect(areas.map((clause) => clause.libraryId)).toEqual(['area-energy-efficiency', 'area-sme', 'area-experience-exchange', 'area-civil-society', 'area-business-jobs']);
    expect(areas.every((clause) => clause.text.uk!.trim() !== '' && clause.text.en!.trim() !== '')).toBe(true);
    expect((await workspace.agreementVersions.list(memorandum!.id)).map((version) => version.status)).toEqual(['signed', 'agreed', 'sentToPartner', 'internalReview']);
  });
});
