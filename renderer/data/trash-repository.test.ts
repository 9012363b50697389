import { describe, expect, it } from 'vitest';
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
