import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SEEDED_LIBRARY } from '#shared/agreements/clause-library';
import type { LibraryClause } from '#shared/domain/agreement';
import { BugError } from '#shared/errors/app-error';
import { TEST_START, testWorkspaces } from './test-workspaces';
import { appErrorOf } from './test-rejection';

const workspace = testWorkspaces();

const seeded = SEEDED_LIBRARY.find((clause) => clause.category === 'financing')!;
const inputOf = ({ category, kind, heading, text }: LibraryClause) => ({ category, kind, heading: { ...heading }, text: { ...text } });

const ownInput = {
  category: 'areas' as const,
  kind: 'subclause' as const,
  heading: { uk: 'Велосипедна інфраструктура', ru: '', en: 'Cycling infrastructure' },
  text: { uk: 'Сторони обмінюються досвідом будівництва велодоріжок.', ru: '', en: 'The Parties exchange experience in building cycle lanes.' },
};

describe('clause library repository', () => {
  it('lists the seeded library on an empty workspace, every clause built in', async () => {
    const { clauseLibrary } = workspace();
    expect(await clauseLibrary.list()).toEqual(SEEDED_LIBRARY);
    const entries = await clauseLibrary.entries();
    expect(entries.map((e) => e.clause.id)).toEqual(SEEDED_LIBRARY.map((c) => c.id));
    expect(new Set(entries.map((e) => e.origin))).toEqual(new Set(['builtIn']));
  });

  it('keeps the user’s wording of a seeded clause under the same id and place, and resets it to the default text', async () => {
    const { clauseLibrary, db } = workspace();
    const reworded = { ...inputOf(seeded), text: { ...seeded.text, en: 'Each Party shall bear its own costs, unless agreed otherwise in writing.' } };
    const saved = await clauseLibrary.update(seeded.id, reworded);
    expect(saved).toEqual({ id: seeded.id, ...reworded });

    const list = await clauseLibrary.list();
    const index = SEEDED_LIBRARY.findIndex((c) => c.id === seeded.id);
    expect(list[index]).toEqual(saved);
    expect(list).toHaveLength(SEEDED_LIBRARY.length);
    expect((await clauseLibrary.entries())[index]!.origin).toBe('edited');
    expect(await db.clauseLibrary.get(seeded.id)).toMatchObject({ createdAt: TEST_START, updatedAt: TEST_START, deletedAt: null });

    expect(await clauseLibrary.resetToDefault(seeded.id)).toEqual(seeded);
    expect(await db.clauseLibrary.count()).toBe(0);
    expect((await clauseLibrary.list())[index]).toEqual(seeded);
    expect((await clauseLibrary.entries())[index]!.origin).toBe('builtIn');
  });

  it('stores no row when a seeded clause is saved back to its shipped text', async () => {
    const { clauseLibrary, db } = workspace();
    await clauseLibrary.update(seeded.id, { ...inputOf(seeded), heading: { ...seeded.heading, en: 'Costs' } });
    expect(await db.clauseLibrary.count()).toBe(1);
    await clauseLibrary.update(seeded.id, inputOf(seeded));
    expect(await db.clauseLibrary.count()).toBe(0);
  });

  it('adds the user’s own clauses after the seeded ones, with ULIDs, in the order added', async () => {
    let clock = TEST_START;
    const { clauseLibrary } = workspace(() => clock);
    const bikes = await clauseLibrary.create(ownInput);
    clock += 1000;
    const youth = await clauseLibrary.create({ ...ownInput, category: 'forms', heading: { uk: 'Молодіжні обміни', ru: '', en: '' } });
    expect(bikes.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(bikes).toEqual({ id: bikes.id, ...ownInput });

    const list = await clauseLibrary.list();
    expect(list.slice(-2)).toEqual([bikes, youth]);
    expect((await clauseLibrary.entries()).at(-1)).toEqual({ clause: youth, origin: 'own' });
    expect(await clauseLibrary.get(bikes.id)).toEqual(bikes);

    const renamed = await clauseLibrary.update(bikes.id, { ...ownInput, heading: { ...ownInput.heading, ru: 'Велоинфраструктура' } });
    expect((await clauseLibrary.list()).at(-2)).toEqual(renamed);
  });

  it('refuses a clause with no text in any language, or of an unknown category', async () => {
    const { clauseLibrary } = workspace();
    const empty = await appErrorOf(clauseLibrary.create({ ...ownInput, text: { uk: ' ', ru: '', en: '' } }));
    expect(empty.code).toBe('validation');
    expect(empty.details?.issues).toEqual([{ path: 'text.uk', code: 'textRequired' }]);
    const category = await appErrorOf(clauseLibrary.update(seeded.id, { ...inputOf(seeded), category: 'gossip' }));
    expect(category.details?.issues).toEqual([{ path: 'category', code: 'kind' }]);
    expect(await clauseLibrary.list()).toEqual(SEEDED_LIBRARY);
  });

  it('moves own clauses to the Trash and back, and purges only trashed ones', async () => {
    let clock = TEST_START;
    const { clauseLibrary } = workspace(() => clock);
    const own = await clauseLibrary.create(ownInput);
    const kept = await clauseLibrary.create({ ...ownInput, heading: { uk: 'Інше', ru: '', en: '' } });
    clock += 60_000;
    await clauseLibrary.moveToTrash([own.id]);
    expect((await clauseLibrary.list()).map((c) => c.id)).not.toContain(own.id);
    expect(await clauseLibrary.get(own.id)).toBeUndefined();
    expect(await clauseLibrary.listTrashed()).toEqual([expect.objectContaining({ id: own.id, deletedAt: TEST_START + 60_000 })]);

    await clauseLibrary.restore([own.id]);
    expect((await clauseLibrary.list()).slice(-2).map((c) => c.id)).toEqual([own.id, kept.id]);
    expect(await clauseLibrary.listTrashed()).toEqual([]);

    await clauseLibrary.moveToTrash([own.id]);
    await clauseLibrary.purge([own.id, kept.id]);
    expect(await clauseLibrary.listTrashed()).toEqual([]);
    expect((await clauseLibrary.list()).at(-1)).toEqual(kept);
  });

  it('never trashes a seeded clause, nor resets one of the user’s own', async () => {
    const { clauseLibrary } = workspace();
    const own = await clauseLibrary.create(ownInput);
    await expect(clauseLibrary.moveToTrash([seeded.id])).rejects.toBeInstanceOf(BugError);
    await expect(clauseLibrary.resetToDefault(own.id)).rejects.toBeInstanceOf(BugError);
    expect(await clauseLibrary.list()).toHaveLength(SEEDED_LIBRARY.length + 1);
  });

  it('reports a missing own clause as not found', async () => {
    const { clauseLibrary } = workspace();
    const error = await appErrorOf(clauseLibrary.update('01JZZZZZZZZZZZZZZZZZZZZZZZ', ownInput));
    expect(error.code).toBe('notFound');
  });
});
