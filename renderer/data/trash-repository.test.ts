import { describe, expect, it, vi } from 'vitest';
import { emptyEventInput } from '#shared/domain/event';
import { emptyMeetingInput } from '#shared/domain/meeting';
import { emptyFollowUpInput } from '#shared/domain/follow-up';
import { emptyContactInput, type ContactInput } from '#shared/domain/contact';
import { emptyOrganizationInput, type OrganizationInput } from '#shared/domain/organization';
import type { Workspace } from './workspace';
import { TEST_START, testWorkspaces } from './test-workspaces';

const START = TEST_START;

let clock = START;
const fakeNow = () => clock;
const openWorkspace = testWorkspaces();

function newWorkspace(): Workspace {
  clock = START;
  return openWorkspace(fakeNow);
}

function organization(name: string, parentId: string | null = null): OrganizationInput {
  return { ...emptyOrganizationInput(), name: { uk: name, ru: '', en: '' }, parentId };
}

function person(family: string, organizationId: string | null = null): ContactInput {
  return { ...emptyContactInput(), familyName: { uk: family, ru: '', en: '' }, organizationId };
}

describe('trash repository: purge', () => {
  it('deletes records for good and clears references to a purged organization', async () => {
    const { contacts, organizations, trash, db } = newWorkspace();
    const cor = await organizations.create(organization('Європейський комітет регіонів'));
    const civex = await organizations.create(organization('Комісія CIVEX', cor.id));
    const other = await organizations.create(organization('Харківська міська рада'));
    const niedorf = await contacts.create(person('Нідорф', cor.id));
    const terekhov = await contacts.create(person('Терехов', other.id));
    const gone = await contacts.create(person('Видалений'));

    clock = START + 1_000;
    await organizations.moveToTrash([cor.id]);
    await contacts.moveToTrash([gone.id]);

    clock = START + 2_000;
    await trash.purge({ contactIds: [gone.id], organizationIds: [cor.id] });

    expect(await contacts.get(gone.id)).toBeUndefined();
    expect(await organizations.get(cor.id)).toBeUndefined();
    expect(await db.contacts.count()).toBe(2);
    expect(await db.organizations.count()).toBe(2);
    expect(await contacts.listTrashed()).toEqual([]);
    expect(await organizations.listTrashed()).toEqual([]);

    // References to the purged organization are cleared, and the change is dated.
    expect(await contacts.get(niedorf.id)).toMatchObject({ organizationId: null, updatedAt: START + 2_000 });
    expect(await organizations.get(civex.id)).toMatchObject({ parentId: null, updatedAt: START + 2_000 });
    expect(await organizations.listChildren(cor.id)).toEqual([]);

    // Records that pointed elsewhere are untouched.
    expect(await contacts.get(terekhov.id)).toEqual(terekhov);
    expect(await organizations.get(other.id)).toEqual(other);
  });

  it('a contact whose organization was purged can be saved again', async () => {
    const { contacts, organizations, trash } = newWorkspace();
    const org = await organizations.create(organization('Посольство'));
    const contact = await contacts.create(person('Ленартс', org.id));
    await organizations.moveToTrash([org.id]);
    await trash.purge({ contactIds: [], organizationIds: [org.id] });

    const stored = await contacts.get(contact.id);
    expect(stored).toBeDefined();
    // Saving the stored record back must not fail on a dangling organizationId.
    const { id, createdAt, updatedAt, deletedAt, sortKey, ...input } = stored!;
    void [id, createdAt, updatedAt, deletedAt, sortKey];
    await expect(contacts.update(contact.id, input)).resolves.toMatchObject({ organizationId: null });
  });
});

describe('trash repository: emptyTrash', () => {
  it('purges only what is in the Trash', async () => {
    const { contacts, organizations, trash, db } = newWorkspace();
    const liveOrg = await organizations.create(organization('Калуська міська рада'));
    const trashedOrg = await organizations.create(organization('Стара організація'));
    const childOfTrashed = await organizations.create(organization('Дочірня організація', trashedOrg.id));
    const liveContact = await contacts.create(person('Найда', liveOrg.id));
    const linkedContact = await contacts.create(person('Омельченко', trashedOrg.id));
    const trashedContact = await contacts.create(person('Видалений', liveOrg.id));

    clock = START + 1_000;
    await organizations.moveToTrash([trashedOrg.id]);
    await contacts.moveToTrash([trashedContact.id]);

    clock = START + 2_000;
    await trash.emptyTrash();

    expect((await db.organizations.toCollection().primaryKeys()).sort()).toEqual([liveOrg.id, childOfTrashed.id].sort());
    expect((await db.contacts.toCollection().primaryKeys()).sort()).toEqual([liveContact.id, linkedContact.id].sort());
    expect(await contacts.get(liveContact.id)).toEqual(liveContact);
    expect(await organizations.get(liveOrg.id)).toEqual(liveOrg);
    expect(await contacts.get(linkedContact.id)).toMatchObject({ organizationId: null });
    expect(await organizations.get(childOfTrashed.id)).toMatchObject({ parentId: null });
  });

  it('does nothing when the Trash is empty', async () => {
    const { contacts, organizations, trash } = newWorkspace();
    const org = await organizations.create(organization('Калуська міська рада'));
    const contact = await contacts.create(person('Найда', org.id));
    await trash.emptyTrash();
    expect(await organizations.get(org.id)).toEqual(org);
    expect(await contacts.get(contact.id)).toEqual(contact);
  });
});

describe('trash repository: purge and the meeting records', () => {
  it('takes purged people and organizations out of meetings, events and follow-ups', async () => {
    const workspace = newWorkspace();
    const { contacts, organizations, events, meetings, followUps, trash, db } = workspace;
    const region = await organizations.create({ ...emptyOrganizationInput(), name: { uk: '', ru: '', en: 'Hauts-de-France' } });
    const ours = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Артем Лисогор' });
    const delbe = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Juliette Delbe', organizationId: region.id });
    const event = await events.create({
      ...emptyEventInput(),
      name: { uk: '', ru: '', en: 'ReBuild Ukraine' },
      startDate: '2026-11-17',
      endDate: '2026-11-18',
      timeZone: 'Europe/Warsaw',
      delegation: [ours.id, delbe.id],
    });
    const meeting = await meetings.create({
      ...emptyMeetingInput(),
      title: { uk: '', ru: '', en: 'Cybersecurity and green energy' },
      eventId: event.id,
      date: '2026-11-17',
      startTime: '10:00',
      endTime: '10:30',
      ourParticipantIds: [ours.id],
      theirParticipantIds: [delbe.id],
      organizationIds: [region.id],
    });
    const followUp = await followUps.create({ ...emptyFollowUpInput(meeting.id), what: 'Send the project list', ownerId: ours.id, contactId: delbe.id, dueDate: '2026-06-01' });

    await contacts.moveToTrash([delbe.id]);
    await organizations.moveToTrash([region.id]);
    await trash.purge({ contactIds: [delbe.id], organizationIds: [region.id] });

    expect(await db.meetings.get(meeting.id)).toMatchObject({ ourParticipantIds: [ours.id], theirParticipantIds: [], organizationIds: [] });
    expect((await db.events.get(event.id))?.delegation).toEqual([ours.id]);
    expect(await db.followUps.get(followUp.id)).toMatchObject({ contactId: null, ownerId: ours.id });
    // What remains can still be saved.
    const stored = await db.meetings.get(meeting.id);
    await expect(meetings.update(meeting.id, { ...stored, title: { uk: '', ru: '', en: 'Renamed' } })).resolves.toBeTruthy();
  });
});

describe('trash repository: events, meetings, follow-ups and attachments', () => {
  async function seedMeetings(workspace: Workspace) {
    const { contacts, events, meetings, followUps, attachments } = workspace;
    const lysohor = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Артем Лисогор', ourStaff: true });
    const delbe = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Juliette Delbe' });
    const rebuild = await events.create({
      ...emptyEventInput(),
      name: { uk: '', ru: '', en: 'ReBuild Ukraine' },
      startDate: '2023-11-14',
      endDate: '2023-11-15',
      timeZone: 'Europe/Warsaw',
      delegation: [lysohor.id],
    });
    const base = { ...emptyMeetingInput(), eventId: rebuild.id, date: '2023-11-15', ourParticipantIds: [lysohor.id], theirParticipantIds: [delbe.id] };
    const talks = await meetings.create({ ...base, title: { uk: '', ru: '', en: 'Talks with Hauts-de-France' }, startTime: '11:00', endTime: '11:45' });
    const exportMeeting = await meetings.create({ ...base, title: { uk: '', ru: '', en: 'Business France Ukraine' }, startTime: '14:00', endTime: '14:30' });
    // Its own zone (the Warsaw clock, written out): kept when the event goes.
    const ownZone = await meetings.create({ ...base, title: { uk: '', ru: '', en: 'Dinner' }, startTime: '19:00', endTime: '21:00', timeZone: 'Europe/Kyiv' });
    const followUp = (meetingId: string, what: string) => followUps.create({ ...emptyFollowUpInput(meetingId), what, ownerId: lysohor.id, dueDate: '2023-12-15' });
    const talksTodo = await followUp(talks.id, 'Список проектов');
    const talksDone = await followUp(talks.id, 'Презентация');
    const exportTodo = await followUp(exportMeeting.id, 'Контакты');
    const file = (ownerType: 'meeting' | 'contact', ownerId: string, fileName: string) =>
      attachments.create({ ownerType, ownerId, fileName, mimeType: 'application/pdf', bytes: new Uint8Array([1, 2, 3]).buffer });
    const talksSlides = await file('meeting', talks.id, 'slides.pdf');
    const exportSlides = await file('meeting', exportMeeting.id, 'export.pdf');
    const card = await file('contact', delbe.id, 'card.jpg');
    return { lysohor, delbe, rebuild, talks, exportMeeting, ownZone, talksTodo, talksDone, exportTodo, talksSlides, exportSlides, card };
  }

  it('purging a meeting takes its follow-ups and attachments, bytes included, and nothing else', async () => {
    const workspace = newWorkspace();
    const { db, meetings, followUps, trash } = workspace;
    const s = await seedMeetings(workspace);
    await followUps.moveToTrash([s.talksDone.id]);
    await meetings.moveToTrash([s.talks.id]);

    await trash.purge({ meetingIds: [s.talks.id] });

    expect(await db.meetings.get(s.talks.id)).toBeUndefined();
    // Its follow-ups go, trashed or not; the other meeting's stay.
    expect(await db.followUps.bulkGet([s.talksTodo.id, s.talksDone.id])).toEqual([undefined, undefined]);
    expect(await db.followUps.get(s.exportTodo.id)).toEqual(s.exportTodo);
    // Its files go with their bytes; other files stay.
    expect(await db.attachments.get(s.talksSlides.id)).toBeUndefined();
    expect(await db.attachmentBytes.get(s.talksSlides.id)).toBeUndefined();
    expect(await db.attachments.get(s.exportSlides.id)).toEqual(s.exportSlides);
    expect(await db.attachmentBytes.get(s.exportSlides.id)).toBeDefined();
    expect(await db.attachments.get(s.card.id)).toEqual(s.card);
    expect(await db.meetings.get(s.exportMeeting.id)).toEqual(s.exportMeeting);
  });

  it('purging an event keeps its meetings, detached and in the event’s time zone', async () => {
    const workspace = newWorkspace();
    const { db, meetings, events, trash } = workspace;
    const s = await seedMeetings(workspace);
    await meetings.moveToTrash([s.exportMeeting.id]);
    await events.moveToTrash([s.rebuild.id]);

    clock = START + 5_000;
    await trash.purge({ eventIds: [s.rebuild.id] });

    expect(await db.events.get(s.rebuild.id)).toBeUndefined();
    expect(await db.meetings.get(s.talks.id)).toMatchObject({ eventId: null, timeZone: 'Europe/Warsaw', updatedAt: START + 5_000, deletedAt: null });
    // A meeting in the Trash is detached too, so restoring it later gives a valid meeting.
    expect(await db.meetings.get(s.exportMeeting.id)).toMatchObject({ eventId: null, timeZone: 'Europe/Warsaw', deletedAt: expect.any(Number) });
    // A meeting that named its own zone keeps it.
    expect(await db.meetings.get(s.ownZone.id)).toMatchObject({ eventId: null, timeZone: 'Europe/Kyiv' });
    // Follow-ups and files stay with their meetings.
    expect(await db.followUps.count()).toBe(3);
    expect(await db.attachments.count()).toBe(3);

    // The detached meeting is valid as it stands: saving it back succeeds.
    const { id, createdAt, updatedAt, deletedAt, ...input } = (await db.meetings.get(s.talks.id))!;
    void [id, createdAt, updatedAt, deletedAt];
    await expect(meetings.update(s.talks.id, input)).resolves.toMatchObject({ eventId: null, timeZone: 'Europe/Warsaw' });
  });

  it('purging an event together with one of its meetings purges that meeting and detaches the rest', async () => {
    const workspace = newWorkspace();
    const { db, trash } = workspace;
    const s = await seedMeetings(workspace);
    await trash.purge({ eventIds: [s.rebuild.id], meetingIds: [s.talks.id] });
    expect(await db.meetings.get(s.talks.id)).toBeUndefined();
    expect(await db.followUps.where('meetingId').equals(s.talks.id).count()).toBe(0);
    expect(await db.meetings.get(s.exportMeeting.id)).toMatchObject({ eventId: null, timeZone: 'Europe/Warsaw' });
  });

  it('purging follow-ups and attachments deletes just them, attachment bytes included', async () => {
    const workspace = newWorkspace();
    const { db, trash } = workspace;
    const s = await seedMeetings(workspace);
    await trash.purge({ followUpIds: [s.talksTodo.id], attachmentIds: [s.card.id] });
    expect(await db.followUps.get(s.talksTodo.id)).toBeUndefined();
    expect(await db.followUps.get(s.talksDone.id)).toEqual(s.talksDone);
    expect(await db.attachments.get(s.card.id)).toBeUndefined();
    expect(await db.attachmentBytes.get(s.card.id)).toBeUndefined();
    expect(await db.meetings.get(s.talks.id)).toEqual(s.talks);
    expect(await db.contacts.get(s.delbe.id)).toEqual(s.delbe);
  });

  it('purging a contact takes their attachments and keeps follow-ups they own', async () => {
    const workspace = newWorkspace();
    const { db, trash } = workspace;
    const s = await seedMeetings(workspace);
    await trash.purge({ contactIds: [s.delbe.id, s.lysohor.id] });
    expect(await db.attachments.get(s.card.id)).toBeUndefined();
    expect(await db.attachmentBytes.get(s.card.id)).toBeUndefined();
    expect(await db.attachments.get(s.talksSlides.id)).toBeDefined();
    // The owner is required, so the follow-up keeps the purged owner's id (accepted as held before).
    expect(await db.followUps.get(s.talksTodo.id)).toMatchObject({ ownerId: s.lysohor.id });
    expect(await db.meetings.get(s.talks.id)).toMatchObject({ ourParticipantIds: [], theirParticipantIds: [] });
    expect(await db.events.get(s.rebuild.id)).toMatchObject({ delegation: [] });
  });

  it('lists the Trash by kind, most recently trashed first, and restores any mix of kinds at once', async () => {
    const workspace = newWorkspace();
    const { meetings, events, followUps, attachments, contacts, trash, db } = workspace;
    const s = await seedMeetings(workspace);
    clock = START + 1_000;
    await meetings.moveToTrash([s.talks.id]);
    clock = START + 2_000;
    await meetings.moveToTrash([s.exportMeeting.id]);
    await events.moveToTrash([s.rebuild.id]);
    await followUps.moveToTrash([s.exportTodo.id]);
    await attachments.moveToTrash([s.card.id]);
    await contacts.moveToTrash([s.delbe.id]);

    const listed = await trash.list();
    expect(listed.meetings.map((m) => m.id)).toEqual([s.exportMeeting.id, s.talks.id]);
    expect(listed.events.map((e) => e.id)).toEqual([s.rebuild.id]);
    expect(listed.followUps.map((f) => f.id)).toEqual([s.exportTodo.id]);
    expect(listed.attachments.map((a) => [a.fileName, a.size])).toEqual([['card.jpg', 3]]);
    expect(listed.contacts.map((c) => c.id)).toEqual([s.delbe.id]);
    expect(listed.organizations).toEqual([]);

    clock = START + 3_000;
    await trash.restore({ meetingIds: [s.talks.id], eventIds: [s.rebuild.id], attachmentIds: [s.card.id], followUpIds: [s.exportTodo.id] });
    expect(await db.meetings.get(s.talks.id)).toMatchObject({ deletedAt: null, updatedAt: START + 3_000 });
    expect(await db.events.get(s.rebuild.id)).toMatchObject({ deletedAt: null });
    expect(await db.attachments.get(s.card.id)).toMatchObject({ deletedAt: null });
    expect(await db.followUps.get(s.exportTodo.id)).toMatchObject({ deletedAt: null });
    const after = await trash.list();
    expect([after.meetings.map((m) => m.id), after.contacts.map((c) => c.id)]).toEqual([[s.exportMeeting.id], [s.delbe.id]]);
  });

  it('empties every kind from the Trash, by the same rules, and leaves live records alone', async () => {
    const workspace = newWorkspace();
    const { meetings, events, attachments, trash, db } = workspace;
    const s = await seedMeetings(workspace);
    await meetings.moveToTrash([s.talks.id]);
    await events.moveToTrash([s.rebuild.id]);
    await attachments.moveToTrash([s.card.id]);

    await trash.emptyTrash();

    expect(await db.meetings.toCollection().primaryKeys()).toEqual([s.exportMeeting.id, s.ownZone.id].sort());
    expect(await db.meetings.get(s.exportMeeting.id)).toMatchObject({ eventId: null, timeZone: 'Europe/Warsaw' });
    expect((await db.followUps.toArray()).map((f) => f.id)).toEqual([s.exportTodo.id]);
    expect((await db.attachments.toArray()).map((a) => a.id)).toEqual([s.exportSlides.id]);
    expect((await db.attachmentBytes.toCollection().primaryKeys())).toEqual([s.exportSlides.id]);
    expect(await db.events.count()).toBe(0);
    expect(await db.contacts.count()).toBe(2);
  });

  it('purges all or nothing: a failure part-way leaves every table as it was', async () => {
    const workspace = newWorkspace();
    const { db, trash } = workspace;
    const s = await seedMeetings(workspace);
    const before = await Promise.all([db.meetings.count(), db.followUps.count(), db.attachments.count(), db.attachmentBytes.count(), db.events.count()]);
    // The bytes are deleted last for a meeting: fail there, after its row and follow-ups went.
    const bulkDelete = vi.spyOn(db.attachmentBytes, 'bulkDelete').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(trash.purge({ meetingIds: [s.talks.id], eventIds: [s.rebuild.id] })).rejects.toMatchObject({ code: 'storageQuota' });
    bulkDelete.mockRestore();
    expect(await Promise.all([db.meetings.count(), db.followUps.count(), db.attachments.count(), db.attachmentBytes.count(), db.events.count()])).toEqual(before);
    expect(await db.meetings.get(s.exportMeeting.id)).toEqual(s.exportMeeting);
  });
});
