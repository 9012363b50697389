import { describe, expect, it } from 'vitest';
import { emptyContactInput, type ContactInput } from '#shared/domain/contact';
import { emptyOrganizationInput } from '#shared/domain/organization';
import { contactSortName } from '#shared/domain/display-name';
import type { Workspace } from './workspace';
import { TEST_START, testWorkspaces } from './test-workspaces';
import { appErrorOf } from './test-rejection';

const START = TEST_START;
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

let clock = START;
const fakeNow = () => clock;
const openWorkspace = testWorkspaces();

function newWorkspace(): Workspace {
  clock = START;
  return openWorkspace(fakeNow);
}

function person(given: string, family: string, extra: Partial<ContactInput> = {}): ContactInput {
  return { ...emptyContactInput(), givenName: { uk: given, ru: '', en: '' }, familyName: { uk: family, ru: '', en: '' }, ...extra };
}

describe('contact repository: create', () => {
  it('rejects invalid input with every field issue and writes nothing', async () => {
    const { contacts, db } = newWorkspace();
    const error = await appErrorOf(contacts.create({ ...emptyContactInput(), emails: ['not-an-email'] }));
    expect(error.code).toBe('validation');
    expect(error.details?.issues).toEqual(
      expect.arrayContaining([
        { path: 'familyName.uk', code: 'nameRequired' },
        { path: 'emails.0', code: 'email' },
      ]),
    );
    expect(await db.contacts.count()).toBe(0);
  });

  it('stores trimmed values, a ULID, times from the clock and sort keys in all three languages', async () => {
    const { contacts } = newWorkspace();
    const created = await contacts.create({
      ...emptyContactInput(),
      givenName: { uk: '  Артем ', ru: 'Артем', en: ' Artem' },
      familyName: { uk: 'Лисогор  ', ru: 'Лысогор', en: 'Lysohor' },
      emails: ['  a.lysohor@example.org '],
      country: ' ua ',
    });

    expect(created.id).toMatch(ULID);
    expect(created).toMatchObject({
      givenName: { uk: 'Артем', ru: 'Артем', en: 'Artem' },
      familyName: { uk: 'Лисогор', ru: 'Лысогор', en: 'Lysohor' },
      emails: ['a.lysohor@example.org'],
      country: 'UA',
      createdAt: START,
      updatedAt: START,
      deletedAt: null,
    });
    for (const lang of ['uk', 'ru', 'en'] as const) expect(created.sortKey[lang]).toEqual(expect.any(String));
    expect(created.sortKey.uk).not.toBe(created.sortKey.en);

    // What comes back from storage is what create returned.
    expect(await contacts.get(created.id)).toEqual(created);
  });

  it('rejects an organizationId that does not exist', async () => {
    const { contacts, db } = newWorkspace();
    const missing = '01JH0000000000000000000000';
    const error = await appErrorOf(contacts.create(person('Артем', 'Лисогор', { organizationId: missing })));
    expect(error.code).toBe('validation');
    expect(error.details?.issues).toEqual([{ path: 'organizationId', code: 'unknownOrganization' }]);
    expect(await db.contacts.count()).toBe(0);
  });

  it('accepts an organizationId that exists', async () => {
    const { contacts, organizations } = newWorkspace();
    const org = await organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Луганська ОВА', ru: '', en: '' } });
    const created = await contacts.create(person('Артем', 'Лисогор', { organizationId: org.id }));
    expect((await contacts.get(created.id))?.organizationId).toBe(org.id);
  });
});

describe('contact repository: listLive ordered by sortKey.uk', () => {
  it('follows Ukrainian collation, not code-unit order', async () => {
    const { contacts } = newWorkspace();
    // Inserted in code-unit order of the names, which is far from the Ukrainian alphabet:
    // Latin first, Є/І/Ї before А–Я, Ґ last.
    const inputs = [
      { ...emptyContactInput(), nameOriginal: 'Juliette Delbe' },
      person('Андрій', 'Єрмак'),
      person('Петро', 'Іваненко'),
      person('Софія', 'Їжакевич'),
      person('Олена', 'Гнатюк'),
      person('Ірина', 'Ельченко'),
      person('Артем', 'Лисогор'),
      person('Богдан', 'Ґалаган'),
    ];
    for (const input of inputs) await contacts.create(input);

    const listed = (await contacts.listLive('sortKey.uk')).map((c) => contactSortName(c, 'uk'));
    const expected = inputs.map((c) => contactSortName(c, 'uk')).sort(new Intl.Collator('uk').compare);

    expect(listed).toEqual(expected);
    // Spelled out, so a collator change cannot make both sides wrong in the same way.
    expect(listed).toEqual([
      'Гнатюк Олена',
      'Ґалаган Богдан',
      'Ельченко Ірина',
      'Єрмак Андрій',
      'Іваненко Петро',
      'Їжакевич Софія',
      'Лисогор Артем',
      'Juliette Delbe',
    ]);
  });
});

describe('contact repository: update', () => {
  it('keeps createdAt, moves updatedAt to now and recomputes the sort key', async () => {
    const { contacts } = newWorkspace();
    const created = await contacts.create(person('Артем', 'Лисогор'));

    clock = START + 60_000;
    const updated = await contacts.update(created.id, person('Артем', 'Гнатюк', { notes: 'met in Lille' }));

    expect(updated).toMatchObject({ id: created.id, createdAt: START, updatedAt: START + 60_000, deletedAt: null });
    const stored = await contacts.get(created.id);
    expect(stored).toEqual(updated);
    expect(stored?.notes).toBe('met in Lille');
    expect(stored?.sortKey.uk).not.toBe(created.sortKey.uk);
  });

  it('reports notFound for a missing id and creates nothing', async () => {
    const { contacts, db } = newWorkspace();
    const missing = '01JH0000000000000000000000';
    const error = await appErrorOf(contacts.update(missing, person('Артем', 'Лисогор')));
    expect(error.code).toBe('notFound');
    expect(error.details).toEqual({ id: missing });
    expect(await db.contacts.count()).toBe(0);
  });

  it('validates the input and leaves the record unchanged', async () => {
    const { contacts } = newWorkspace();
    const created = await contacts.create(person('Артем', 'Лисогор'));
    const error = await appErrorOf(contacts.update(created.id, { ...emptyContactInput(), phones: ['call me'] }));
    expect(error.code).toBe('validation');
    expect(error.details?.issues).toEqual(expect.arrayContaining([{ path: 'phones.0', code: 'phone' }]));
    expect(await contacts.get(created.id)).toEqual(created);
  });

  it('rejects moving a contact to an unknown organization', async () => {
    const { contacts } = newWorkspace();
    const created = await contacts.create(person('Артем', 'Лисогор'));
    const error = await appErrorOf(
      contacts.update(created.id, person('Артем', 'Лисогор', { organizationId: '01JH0000000000000000000000' })),
    );
    expect(error.details?.issues).toEqual([{ path: 'organizationId', code: 'unknownOrganization' }]);
    expect((await contacts.get(created.id))?.organizationId).toBeNull();
  });
});

describe('contact repository: trash', () => {
  it('moveToTrash hides a contact from the live lists and restore brings it back', async () => {
    const { contacts, organizations } = newWorkspace();
    const org = await organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Регіон Верхня Франція', ru: '', en: '' } });
    const kept = await contacts.create(person('Олена', 'Гнатюк', { organizationId: org.id }));
    const trashed = await contacts.create(person('Артем', 'Лисогор', { organizationId: org.id }));

    clock = START + 5_000;
    await contacts.moveToTrash([trashed.id]);

    expect((await contacts.listLive('sortKey.uk')).map((c) => c.id)).toEqual([kept.id]);
    expect((await contacts.listByOrganization(org.id)).map((c) => c.id)).toEqual([kept.id]);
    const inTrash = await contacts.listTrashed();
    expect(inTrash.map((c) => c.id)).toEqual([trashed.id]);
    expect(inTrash[0]).toMatchObject({ deletedAt: START + 5_000, updatedAt: START + 5_000, createdAt: START });
    expect(await contacts.countLive()).toBe(1);

    clock = START + 9_000;
    await contacts.restore([trashed.id]);

    expect((await contacts.listLive('sortKey.uk')).map((c) => c.id)).toEqual([kept.id, trashed.id]);
    expect((await contacts.listByOrganization(org.id)).map((c) => c.id).sort()).toEqual([kept.id, trashed.id].sort());
    expect(await contacts.listTrashed()).toEqual([]);
    expect(await contacts.get(trashed.id)).toMatchObject({ deletedAt: null, updatedAt: START + 9_000 });
  });

  it('lists the Trash newest first', async () => {
    const { contacts } = newWorkspace();
    const first = await contacts.create(person('Олена', 'Гнатюк'));
    const second = await contacts.create(person('Артем', 'Лисогор'));
    clock = START + 1_000;
    await contacts.moveToTrash([first.id]);
    clock = START + 2_000;
    await contacts.moveToTrash([second.id]);
    expect((await contacts.listTrashed()).map((c) => c.id)).toEqual([second.id, first.id]);
  });
});
