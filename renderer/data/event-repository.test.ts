import { describe, expect, it } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import { emptyEventInput, type EventInput } from '#shared/domain/event';
import type { Workspace } from './workspace';
import { TEST_START, testWorkspaces } from './test-workspaces';
import { appErrorOf } from './test-rejection';

const MISSING_ID = '01JH0000000000000000000000';
let clock = TEST_START;
const openWorkspace = testWorkspaces();

function newWorkspace(): Workspace {
  clock = TEST_START;
  return openWorkspace(() => clock);
}

function event(name: string, startDate: string, extra: Partial<EventInput> = {}): EventInput {
  return { ...emptyEventInput(), name: { uk: name, ru: '', en: '' }, startDate, endDate: startDate, timeZone: 'Europe/Warsaw', ...extra };
}

describe('event repository', () => {
  it('stores an event with sort keys in all three languages and lists events by start date', async () => {
    const { events } = newWorkspace();
    const later = await events.create(event('ReBuild Ukraine', '2026-11-17', { endDate: '2026-11-18' }));
    const earlier = await events.create(event('Форум муніципальної інфраструктури', '2026-05-21', { timeZone: 'Europe/Kyiv' }));

    expect(await events.get(later.id)).toEqual(later);
    for (const lang of ['uk', 'ru', 'en'] as const) expect(later.sortKey[lang]).not.toBe('');
    expect((await events.listLive('startDate')).map((e) => e.id)).toEqual([earlier.id, later.id]);
  });

  it('rejects invalid input with field issues and writes nothing', async () => {
    const { events, db } = newWorkspace();
    const error = await appErrorOf(events.create(event('ReBuild Ukraine', '2026-11-17', { endDate: '2026-11-16', timeZone: 'Warsaw' })));
    expect(error.code).toBe('validation');
    expect(error.details?.issues).toEqual(
      expect.arrayContaining([
        { path: 'endDate', code: 'endBeforeStart' },
        { path: 'timeZone', code: 'timeZone' },
      ]),
    );
    expect(await db.events.count()).toBe(0);
  });

  it('accepts a delegation of existing contacts and names each unknown one', async () => {
    const { events, contacts, db } = newWorkspace();
    const ours = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Артем Лисогор' });
    const error = await appErrorOf(events.create(event('ReBuild Ukraine', '2026-11-17', { delegation: [ours.id, MISSING_ID] })));
    expect(error.details?.issues).toEqual([{ path: 'delegation.1', code: 'unknownContact' }]);
    expect(await db.events.count()).toBe(0);

    const created = await events.create(event('ReBuild Ukraine', '2026-11-17', { delegation: [ours.id] }));
    expect(created.delegation).toEqual([ours.id]);
  });

  it('loses a purged delegation member, keeps saving, and refuses to add them back', async () => {
    const { events, contacts, trash } = newWorkspace();
    const gone = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Андрій Найда' });
    const created = await events.create(event('ReBuild Ukraine', '2026-11-17', { delegation: [gone.id] }));
    await contacts.moveToTrash([gone.id]);
    await trash.purge({ contactIds: [gone.id], organizationIds: [] });

    clock = TEST_START + 60_000;
    const updated = await events.update(created.id, event('ReBuild Ukraine 2026', '2026-11-17'));
    expect(updated).toMatchObject({ createdAt: TEST_START, updatedAt: TEST_START + 60_000, delegation: [] });

    const error = await appErrorOf(events.update(created.id, event('ReBuild Ukraine', '2026-11-17', { delegation: [gone.id, MISSING_ID] })));
    expect(error.details?.issues).toEqual([
      { path: 'delegation.0', code: 'unknownContact' },
      { path: 'delegation.1', code: 'unknownContact' },
    ]);
  });

  it('moves an event to the Trash and back', async () => {
    const { events } = newWorkspace();
    const created = await events.create(event('ReBuild Ukraine', '2026-11-17'));
    await events.moveToTrash([created.id]);
    expect(await events.listLive('startDate')).toEqual([]);
    await events.restore([created.id]);
    expect((await events.listLive('startDate')).map((e) => e.id)).toEqual([created.id]);
  });
});
