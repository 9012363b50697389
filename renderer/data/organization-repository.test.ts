import { describe, expect, it } from 'vitest';
import { emptyOrganizationInput, type OrganizationInput } from '#shared/domain/organization';
import { AppError } from '#shared/errors/app-error';
import type { Workspace } from './workspace';
import { TEST_START, testWorkspaces } from './test-workspaces';

const START = TEST_START;
const MISSING_ID = '01JH0000000000000000000000';

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

async function parentIssues(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('validation');
  return (error as AppError).details?.issues;
}

describe('organization repository: parent', () => {
  it('creates an organization under an existing parent', async () => {
    const { organizations } = newWorkspace();
    const cor = await organizations.create(organization('Європейський комітет регіонів'));
    const civex = await organizations.create(organization('Комісія CIVEX', cor.id));
    expect(await organizations.get(civex.id)).toMatchObject({ parentId: cor.id, createdAt: START, deletedAt: null });
  });

  it('rejects a parent that does not exist', async () => {
    const { organizations, db } = newWorkspace();
    expect(await parentIssues(organizations.create(organization('Комісія CIVEX', MISSING_ID)))).toEqual([
      { path: 'parentId', code: 'unknownOrganization' },
    ]);
    expect(await db.organizations.count()).toBe(0);
  });

  it('rejects an organization as its own parent', async () => {
    const { organizations } = newWorkspace();
    const a = await organizations.create(organization('Харківська міська рада'));
    expect(await parentIssues(organizations.update(a.id, organization('Харківська міська рада', a.id)))).toEqual([
      { path: 'parentId', code: 'parentCycle' },
    ]);
    expect((await organizations.get(a.id))?.parentId).toBeNull();
  });

  it('rejects a parent that is a descendant (A under B when B is under A)', async () => {
    const { organizations } = newWorkspace();
    const a = await organizations.create(organization('Організація А'));
    const b = await organizations.create(organization('Організація Б', a.id));
    expect(await parentIssues(organizations.update(a.id, organization('Організація А', b.id)))).toEqual([
      { path: 'parentId', code: 'parentCycle' },
    ]);
    expect((await organizations.get(a.id))?.parentId).toBeNull();
  });

  it('rejects a cycle through a longer chain (A under C when C is under B under A)', async () => {
    const { organizations } = newWorkspace();
    const a = await organizations.create(organization('Організація А'));
    const b = await organizations.create(organization('Організація Б', a.id));
    const c = await organizations.create(organization('Організація В', b.id));
    expect(await parentIssues(organizations.update(a.id, organization('Організація А', c.id)))).toEqual([
      { path: 'parentId', code: 'parentCycle' },
    ]);
  });

  it('allows moving an organization under a sibling branch', async () => {
    const { organizations } = newWorkspace();
    const root = await organizations.create(organization('Корінь'));
    const a = await organizations.create(organization('Організація А', root.id));
    const b = await organizations.create(organization('Організація Б', root.id));
    clock = START + 1_000;
    const moved = await organizations.update(b.id, organization('Організація Б', a.id));
    expect(moved).toMatchObject({ parentId: a.id, createdAt: START, updatedAt: START + 1_000 });
  });
});

describe('organization repository: listChildren', () => {
  it('lists the live direct children only', async () => {
    const { organizations } = newWorkspace();
    const cor = await organizations.create(organization('Європейський комітет регіонів'));
    const civex = await organizations.create(organization('Комісія CIVEX', cor.id));
    const nat = await organizations.create(organization('Комісія NAT', cor.id));
    const trashed = await organizations.create(organization('Комісія ECON', cor.id));
    await organizations.create(organization('Підкомісія', civex.id));
    await organizations.create(organization('Інша організація'));

    clock = START + 1_000;
    await organizations.moveToTrash([trashed.id]);

    expect((await organizations.listChildren(cor.id)).map((o) => o.id).sort()).toEqual([civex.id, nat.id].sort());
    expect(await organizations.listChildren(nat.id)).toEqual([]);

    await organizations.restore([trashed.id]);
    expect((await organizations.listChildren(cor.id)).map((o) => o.id).sort()).toEqual([civex.id, nat.id, trashed.id].sort());
  });
});
