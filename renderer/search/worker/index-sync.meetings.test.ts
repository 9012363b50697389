// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { emptyContactInput, type ContactInput } from '#shared/domain/contact';
import { emptyEventInput, type EventInput } from '#shared/domain/event';
import { emptyMeetingInput, type MeetingInput } from '#shared/domain/meeting';
import { emptyOrganizationInput } from '#shared/domain/organization';
import { SearchIndex } from '#shared/search/search-index';
import type { SearchDocumentType } from '#shared/search/search-document';
import { DeskDatabase } from '../../data/db';
import { createWorkspace, type Workspace } from '../../data/workspace';
import { IndexSync } from './index-sync';

const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const running: { db: DeskDatabase; sync: IndexSync }[] = [];
let clock = START;
const now = () => ++clock;

interface Setup {
  workspace: Workspace;
  index: SearchIndex;
  /** Resolves after the sync applied its next batch of changes. */
  nextBatch: () => Promise<number>;
}

async function setUp(seed: (workspace: Workspace) => Promise<void> = async () => undefined): Promise<Setup> {
  clock = START;
  const db = new DeskDatabase(`search-sync-meetings-${crypto.randomUUID()}`);
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
  return { workspace, index, nextBatch: () => new Promise((resolve) => waiting.push(resolve)) };
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

const rebuild = (delegation: string[] = []): EventInput => ({
  ...emptyEventInput(),
  name: { uk: '', ru: '', en: 'ReBuild Ukraine' },
  city: { uk: 'Варшава', ru: 'Варшава', en: 'Warsaw' },
  country: 'PL',
  startDate: '2023-11-14',
  endDate: '2023-11-15',
  timeZone: 'Europe/Warsaw',
  delegation,
});

const talks = (fields: Partial<MeetingInput>): MeetingInput => ({
  ...emptyMeetingInput(),
  title: { uk: 'Переговори з регіоном О-де-Франс', ru: '', en: '' },
  date: '2023-11-15',
  startTime: '11:00',
  endTime: '11:45',
  timeZone: 'Europe/Warsaw',
  topics: ['cybersecurity'],
  notes: '<p>Проєкти з <strong>кібербезпеки</strong> та зеленої енергетики.</p>',
  ...fields,
});

const found = (index: SearchIndex, query: string, type: SearchDocumentType) =>
  index.search(query, { types: [type] }).map((hit) => hit.id);

interface Ids {
  lysohor: string;
  delbe: string;
  region: string;
  event: string;
  meeting: string;
}

async function seedTalks(workspace: Workspace, ids: Partial<Ids>): Promise<void> {
  const { contacts, organizations, events, meetings } = workspace;
  ids.region = (await organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Регіон О-де-Франс', ru: '', en: 'Hauts-de-France' } })).id;
  ids.lysohor = (await contacts.create(person('Артем', 'Лисогор', { ourStaff: true }))).id;
  ids.delbe = (await contacts.create({ ...emptyContactInput(), nameOriginal: 'Juliette Delbe', familyName: { uk: 'Дельб', ru: 'Дельб', en: 'Delbe' } })).id;
  ids.event = (await events.create(rebuild([ids.lysohor]))).id;
  ids.meeting = (
    await meetings.create(talks({ eventId: ids.event, ourParticipantIds: [ids.lysohor], theirParticipantIds: [ids.delbe], organizationIds: [ids.region] }))
  ).id;
}

describe('IndexSync: meetings and events', () => {
  it('indexes meetings and events at start: people, topics, organizations, event, notes as text', async () => {
    const ids: Partial<Ids> = {};
    const { index } = await setUp((workspace) => seedTalks(workspace, ids));
    for (const query of ['Делб', 'Lysohor', 'cybersecurity', 'кибербезопасность', 'Hauts-de-France', 'ReBuild', 'зеленої']) {
      expect(found(index, query, 'meeting'), query).toEqual([ids.meeting]);
    }
    // "strong" is markup, not a word of the notes.
    expect(found(index, 'strong', 'meeting')).toEqual([]);
    for (const query of ['ReBuild', 'Warsaw', 'Польша', 'Лисогор']) expect(found(index, query, 'event'), query).toEqual([ids.event]);
  });

  it('follows meetings and events created, moved to the Trash and restored', async () => {
    const ids: Partial<Ids> = {};
    const { workspace, index, nextBatch } = await setUp((w) => seedTalks(w, ids));
    let applied = nextBatch();
    const second = await workspace.meetings.create(talks({ title: { uk: '', ru: '', en: 'Business France Ukraine' }, eventId: ids.event!, topics: ['investment'] }));
    expect(await applied).toBe(1);
    expect(found(index, 'Business France', 'meeting')).toEqual([second.id]);
    expect(found(index, 'ReBuild', 'meeting').sort()).toEqual([ids.meeting, second.id].sort());

    applied = nextBatch();
    await workspace.meetings.moveToTrash([second.id]);
    await workspace.events.moveToTrash([ids.event!]);
    await applied;
    expect(found(index, 'Business France', 'meeting')).toEqual([]);
    expect(found(index, 'Warsaw', 'event')).toEqual([]);
    // A trashed event lends its name to no meeting.
    expect(found(index, 'ReBuild', 'meeting')).toEqual([]);

    applied = nextBatch();
    await workspace.events.restore([ids.event!]);
    await applied;
    expect(found(index, 'Warsaw', 'event')).toEqual([ids.event]);
    expect(found(index, 'ReBuild', 'meeting')).toEqual([ids.meeting]);
  });

  it("re-indexes a person's meetings and events when they are renamed, and drops the name when trashed", async () => {
    const ids: Partial<Ids> = {};
    const { workspace, index, nextBatch } = await setUp((w) => seedTalks(w, ids));

    let applied = nextBatch();
    await workspace.contacts.update(ids.lysohor!, person('Артем', 'Шевченко', { ourStaff: true }));
    await applied;
    expect(found(index, 'Shevchenko', 'meeting')).toEqual([ids.meeting]);
    expect(found(index, 'Shevchenko', 'event')).toEqual([ids.event]);
    expect(found(index, 'Лисогор', 'meeting')).toEqual([]);
    expect(found(index, 'Лисогор', 'event')).toEqual([]);

    applied = nextBatch();
    await workspace.contacts.moveToTrash([ids.delbe!]);
    await applied;
    expect(found(index, 'Delbe', 'meeting')).toEqual([]);
    expect(found(index, 'Hauts-de-France', 'meeting')).toEqual([ids.meeting]);
  });

  it('learns the names of people a meeting names for the first time, and of renamed organizations and events', async () => {
    const ids: Partial<Ids> = {};
    const { workspace, index, nextBatch } = await setUp((w) => seedTalks(w, ids));
    // Hereliuk is named by no meeting yet, so the worker has not read her name.
    let applied = nextBatch();
    const hereliuk = await workspace.contacts.create(person('Олександра', 'Герелюк'));
    await applied;
    applied = nextBatch();
    await workspace.meetings.update(ids.meeting!, talks({ eventId: ids.event!, theirParticipantIds: [hereliuk.id] }));
    await applied;
    expect(found(index, 'Gereliuk', 'meeting')).toEqual([ids.meeting]);

    applied = nextBatch();
    await workspace.organizations.update(ids.region!, { ...emptyOrganizationInput(), name: { uk: 'Бізнес Франс Україна', ru: '', en: '' } });
    await workspace.events.update(ids.event!, { ...rebuild(), name: { uk: 'Форум відбудови', ru: '', en: '' } });
    await applied;
    // The meeting no longer names the organization, so only the event rename reaches it.
    expect(found(index, 'Форум відбудови', 'meeting')).toEqual([ids.meeting]);
    expect(found(index, 'ReBuild', 'meeting')).toEqual([]);
  });

  it('re-indexes the meetings of a relabelled topic, and of a renamed organization', async () => {
    const ids: Partial<Ids> = {};
    const { workspace, index, nextBatch } = await setUp((w) => seedTalks(w, ids));
    let applied = nextBatch();
    await workspace.topics.relabel('cybersecurity', { label: { uk: 'Кіберзахист', ru: 'Киберзащита', en: 'Cyber defence' } });
    expect(await applied).toBe(1);
    expect(found(index, 'Кіберзахист', 'meeting')).toEqual([ids.meeting]);
    expect(found(index, 'Cyber defence', 'meeting')).toEqual([ids.meeting]);
    // The old English label is gone (the Ukrainian one still matches the notes' "кібербезпеки").
    expect(found(index, 'Cybersecurity', 'meeting')).toEqual([]);

    applied = nextBatch();
    await workspace.organizations.update(ids.region!, { ...emptyOrganizationInput(), name: { uk: 'Регіон Гранд-Ест', ru: '', en: 'Grand Est' } });
    await applied;
    expect(found(index, 'Grand Est', 'meeting')).toEqual([ids.meeting]);
    expect(found(index, 'Hauts-de-France', 'meeting')).toEqual([]);
  });

  it('a purged event leaves its meetings findable, without its name', async () => {
    const ids: Partial<Ids> = {};
    const { workspace, index, nextBatch } = await setUp((w) => seedTalks(w, ids));
    let applied = nextBatch();
    await workspace.events.moveToTrash([ids.event!]);
    await applied;
    applied = nextBatch();
    await workspace.trash.purge({ eventIds: [ids.event!] });
    await applied;
    expect(found(index, 'Делб', 'meeting')).toEqual([ids.meeting]);
    expect(found(index, 'ReBuild', 'meeting')).toEqual([]);
    expect(index.has('event', ids.event!)).toBe(false);
  });
});
