import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { emptyContactInput, type Contact } from '#shared/domain/contact';
import { emptyOrganizationInput, type Organization } from '#shared/domain/organization';
import { emptyEventInput } from '#shared/domain/event';
import { emptyMeetingInput, type Meeting } from '#shared/domain/meeting';
import { DeskDatabase } from './db';
import { applySchema, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import { createWorkspace } from './workspace';
import { deriveContact } from './contact-repository';
import { deriveOrganization } from './organization-repository';

const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const fakeNow = () => START + 60_000;
const names: string[] = [];
const opened: Dexie[] = [];

function newName(): string {
  const name = 'test-' + crypto.randomUUID();
  names.push(name);
  return name;
}

function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Records exactly as version 1 of the app wrote them. */
function version1Records() {
  const orgInput = { ...emptyOrganizationInput(), name: { uk: 'Калуська міська рада', ru: 'Калушский городской совет', en: 'Kalush City Council' } };
  const organization: Organization = {
    ...orgInput,
    ...deriveOrganization(orgInput),
    id: '01JH00000000000000000000AA',
    createdAt: START,
    updatedAt: START,
    deletedAt: null,
  };
  const contactInput = {
    ...emptyContactInput(),
    givenName: { uk: 'Андрій', ru: 'Андрей', en: 'Andrii' },
    familyName: { uk: 'Найда', ru: 'Найда', en: 'Naida' },
    organizationId: organization.id,
    country: 'UA',
  };
  // Version 1 had no "our staff" flag; version 3 adds it.
  const { ourStaff, ...version1ContactInput } = contactInput;
  void ourStaff;
  const contact = {
    ...version1ContactInput,
    ...deriveContact(contactInput),
    id: '01JH00000000000000000000BB',
    createdAt: START,
    updatedAt: START,
    deletedAt: null,
  };
  return { organization, contact };
}

async function writeWithVersions(name: string, versions: readonly SchemaVersion[], write: (db: Dexie) => Promise<void>) {
  const db = track(new Dexie(name));
  applySchema(db, versions);
  await db.open();
  await write(db);
  db.close();
}

describe('schema migrations', () => {
  it('the version list is ordered, starts at 1 and never repeats a version', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('a database written by schema version 1 opens with the current schema and its records are readable', async () => {
    const name = newName();
    const { organization, contact } = version1Records();
    await writeWithVersions(name, SCHEMA_VERSIONS.slice(0, 1), async (db) => {
      await db.table('organizations').add(organization);
      await db.table('contacts').add(contact);
    });

    const workspace = createWorkspace(track(new DeskDatabase(name)), fakeNow);

    expect(await workspace.contacts.get(contact.id)).toEqual({ ...contact, ourStaff: false });
    expect(await workspace.organizations.get(organization.id)).toEqual(organization);
    expect((await workspace.contacts.listLive('sortKey.uk')).map((c) => c.id)).toEqual([contact.id]);
    expect((await workspace.contacts.listByOrganization(organization.id)).map((c) => c.id)).toEqual([contact.id]);

    // And it can be written to with the current code.
    const { id, createdAt, updatedAt, deletedAt, sortKey, ...input } = contact;
    void [id, createdAt, updatedAt, deletedAt, sortKey];
    const updated = await workspace.contacts.update(contact.id, { ...input, ourStaff: false, notes: 'Меморандум із Калушем' });
    expect(updated).toMatchObject({ createdAt: START, updatedAt: START + 60_000, notes: 'Меморандум із Калушем' });
  });

  it('a version 1 database opens under version 2 with its records intact and the new tables empty, then takes new records', async () => {
    const name = newName();
    const { organization, contact } = version1Records();
    await writeWithVersions(name, SCHEMA_VERSIONS.slice(0, 1), async (db) => {
      await db.table('organizations').add(organization);
      await db.table('contacts').add(contact);
    });

    const db = track(new DeskDatabase(name));
    const workspace = createWorkspace(db, fakeNow);
    await db.open();

    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.contacts.toArray()).toEqual([{ ...contact, ourStaff: false }]);
    expect(await db.organizations.toArray()).toEqual([organization]);
    for (const table of [db.events, db.meetings, db.followUps, db.topics, db.attachments, db.attachmentBytes, db.dueNotices]) expect(await table.count(), table.name).toBe(0);
    expect(db.meetings.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['eventId', 'date', 'status', 'ourParticipantIds', 'theirParticipantIds', 'organizationIds', 'topics']),
    );

    // The migrated contact can be on a meeting of a new event, and the indexes find it.
    const event = await workspace.events.create({
      ...emptyEventInput(),
      name: { uk: 'Форум муніципальної інфраструктури', ru: '', en: '' },
      startDate: '2026-05-21',
      endDate: '2026-05-21',
      timeZone: 'Europe/Kyiv',
      delegation: [contact.id],
    });
    const meeting = await workspace.meetings.create({
      ...emptyMeetingInput(),
      title: { uk: 'Зустріч із Калушем', ru: '', en: '' },
      eventId: event.id,
      date: '2026-05-21',
      startTime: '11:00',
      endTime: '11:30',
      theirParticipantIds: [contact.id],
      organizationIds: [organization.id],
    });
    expect((await workspace.meetings.listWithContact(contact.id)).map((m) => m.id)).toEqual([meeting.id]);
    expect((await workspace.meetings.listWithOrganization(organization.id)).map((m) => m.id)).toEqual([meeting.id]);
  });

  it('a version 4 database opens under version 5 with its meetings kept, an empty outbox and no sync targets, then takes both', async () => {
    const name = newName();
    const meeting: Meeting = {
      ...emptyMeetingInput(),
      title: { uk: 'Переговори з регіоном О-де-Франс', ru: '', en: 'Talks with Hauts-de-France' },
      eventId: '01JH00000000000000000000EV',
      date: '2023-02-15',
      startTime: '10:00',
      endTime: '10:45',
      id: '01JH00000000000000000000MM',
      createdAt: START,
      updatedAt: START,
      deletedAt: null,
    };
    await writeWithVersions(name, SCHEMA_VERSIONS.filter((v) => v.version <= 4), async (db) => {
      expect(db.tables.map((table) => table.name)).not.toContain('outbox');
      await db.table('meetings').add(meeting);
    });

    const db = track(new DeskDatabase(name));
    const workspace = createWorkspace(db, fakeNow);
    await db.open();

    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await db.meetings.toArray()).toEqual([meeting]);
    expect(db.tables.map((table) => table.name)).toEqual(expect.arrayContaining(['outbox', 'syncTargets']));
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncTargets.count()).toBe(0);
    expect(db.outbox.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['targetId', 'state', 'createdAt']));
    expect(await db.meetings.where('eventId').equals(meeting.eventId!).primaryKeys()).toEqual([meeting.id]);

    const target = await workspace.syncTargets.create({ kind: 'webdav', name: 'Nextcloud', baseUrl: 'https://cloud.example.org/dav/', username: 'olena', remoteFolder: '' });
    const item = await workspace.outbox.enqueue({ targetId: target.id, fileName: 'Переговори.md', mimeType: 'text/markdown', bytes: new TextEncoder().encode('# Переговори') });
    expect(await workspace.outbox.waitingCount()).toBe(1);
    expect((await workspace.outbox.get(item.id))!.bytes).toEqual(new TextEncoder().encode('# Переговори'));
  });

  it('an appended version with a new index and an upgrade function migrates existing records', async () => {
    const name = newName();
    const { organization, contact } = version1Records();
    const other = { ...contact, id: '01JH00000000000000000000CC', country: 'BE' };
    await writeWithVersions(name, SCHEMA_VERSIONS.slice(0, 1), async (db) => {
      await db.table('organizations').add(organization);
      await db.table('contacts').bulkAdd([contact, other]);
    });

    const last = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1];
    // The contacts table as the newest version that mentions it declares it.
    const contactsSpec = SCHEMA_VERSIONS.findLast((v) => v.stores.contacts !== undefined)?.stores.contacts;
    const hypothetical: SchemaVersion = {
      version: last.version + 1,
      stores: { contacts: `${contactsSpec}, country, searchCountry` },
      upgrade: (tx) =>
        tx
          .table('contacts')
          .toCollection()
          .modify((record: Contact & { searchCountry?: string }) => {
            record.searchCountry = record.country.toLowerCase();
          })
          .then(() => undefined),
    };

    const db = track(new Dexie(name));
    applySchema(db, [...SCHEMA_VERSIONS, hypothetical]);
    await db.open();

    expect(db.verno).toBe(hypothetical.version);
    const contactsTable = db.table('contacts');
    expect(contactsTable.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['country', 'searchCountry']));
    // The upgrade filled the field, and the new index finds records by it.
    expect(await contactsTable.get(contact.id)).toMatchObject({ ...contact, searchCountry: 'ua' });
    expect((await contactsTable.where('searchCountry').equals('be').toArray()).map((c: Contact) => c.id)).toEqual([other.id]);
    expect(await contactsTable.where('country').equals('UA').primaryKeys()).toEqual([contact.id]);
    // Tables the new version does not mention keep their data and indexes.
    expect(await db.table('organizations').get(organization.id)).toEqual(organization);
    expect(await contactsTable.where('sortKey.uk').equals(contact.sortKey.uk).count()).toBe(2);
    expect(await db.table('organizations').where('sortKey.uk').equals(organization.sortKey.uk).primaryKeys()).toEqual([organization.id]);
  });
});
