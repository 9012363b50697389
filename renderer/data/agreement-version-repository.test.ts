import { describe, expect, it } from 'vitest';
import { emptyOrganizationInput } from '#shared/domain/organization';
import { agreementFromTemplate } from '#shared/agreements/templates';
import { editClause } from '#shared/agreements/translation-status';
import { deleteClause } from '#shared/agreements/clause-edits';
import { TEST_START, testWorkspaces } from './test-workspaces';
import { appErrorOf } from './test-rejection';
import { purgeAgreementVersions } from './agreement-version-repository';

let clock = TEST_START;
const openWorkspace = testWorkspaces();

async function memorandum() {
  clock = TEST_START;
  const workspace = openWorkspace(() => clock);
  const kalush = await workspace.organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Калуська міська рада', ru: '', en: 'Kalush City Council' } });
  const agreement = await workspace.agreements.create(
    agreementFromTemplate('memorandumOfCooperation', {
      languages: ['uk', 'en'],
      parties: [{ organizationId: kalush.id, signatoryContactIds: [] }],
      library: [],
      at: clock,
    }),
  );
  const tick = (ms = 1_000) => {
    clock += ms;
  };
  return { ...workspace, agreement, tick };
}

describe('agreement versions', () => {
  it('saves named and automatic versions and lists them newest first', async () => {
    const { agreementVersions, agreement, tick } = await memorandum();
    tick();
    const first = await agreementVersions.save(agreement.id, 'manual', '  Для юриста  ');
    tick();
    const second = await agreementVersions.save(agreement.id, 'manual');
    expect(first).toMatchObject({ name: 'Для юриста', reason: 'manual', status: 'draft', createdAt: TEST_START + 1_000 });
    expect((await agreementVersions.list(agreement.id)).map((v) => v.id)).toEqual([second.id, first.id]);
    expect(await agreementVersions.get(first.id)).toEqual(first);
    expect(first.content).toEqual({
      kind: agreement.kind,
      title: agreement.title,
      languages: agreement.languages,
      parties: agreement.parties,
      signingPlace: agreement.signingPlace,
      signingDate: agreement.signingDate,
      clauses: agreement.clauses,
    });
  });

  it('keeps the state before an editing session once, until the text changes', async () => {
    const { agreements, agreementVersions, agreement, tick } = await memorandum();
    const snapshot = await agreementVersions.ensureEditingSnapshot(agreement.id);
    expect(snapshot?.reason).toBe('beforeEditing');
    expect(await agreementVersions.ensureEditingSnapshot(agreement.id)).toBeNull();

    tick();
    await agreements.updateClauses(agreement.id, deleteClause(agreement.clauses, agreement.clauses[1]!.id));
    tick();
    const next = await agreementVersions.ensureEditingSnapshot(agreement.id);
    expect(next?.content.clauses).toHaveLength(agreement.clauses.length - 1);
    expect(await agreementVersions.list(agreement.id)).toHaveLength(2);
  });

  it('restores a version as a new draft, keeping what it replaces as a version', async () => {
    const { agreements, agreementVersions, agreement, tick } = await memorandum();
    tick();
    await agreements.changeStatus(agreement.id, 'internalReview');
    const [reviewed] = await agreementVersions.list(agreement.id);
    tick();
    const changed = agreement.clauses.map((clause, index) => (index === 2 ? editClause(clause, 'uk', 'text', 'Змінений текст.', ['uk', 'en']) : clause));
    await agreements.updateClauses(agreement.id, changed);
    tick();
    await agreements.changeStatus(agreement.id, 'sentToPartner');

    tick();
    const restored = await agreementVersions.restore(reviewed!.id);
    expect(restored.clauses).toEqual(agreement.clauses);
    expect(restored.status).toBe('draft');
    expect(restored.statusHistory.map((change) => change.status)).toEqual(['draft', 'internalReview', 'sentToPartner', 'draft']);
    expect(await agreements.get(agreement.id)).toEqual(restored);

    const [beforeRestore] = await agreementVersions.list(agreement.id);
    expect(beforeRestore).toMatchObject({ reason: 'beforeRestore', status: 'sentToPartner' });
    expect(beforeRestore?.content.clauses[2]?.text.uk).toBe('Змінений текст.');
  });

  it('restores a draft without another status change', async () => {
    const { agreements, agreementVersions, agreement, tick } = await memorandum();
    const saved = await agreementVersions.save(agreement.id, 'manual', 'Початок');
    tick();
    await agreements.updateClauses(agreement.id, []);
    const restored = await agreementVersions.restore(saved.id);
    expect(restored.clauses).toEqual(agreement.clauses);
    expect(restored.statusHistory).toEqual(agreement.statusHistory);
  });

  it('leaves a signed agreement as signed and restores the version as a new draft agreement beside it', async () => {
    const { agreements, agreementVersions, agreement, tick } = await memorandum();
    const saved = await agreementVersions.save(agreement.id, 'manual');
    tick();
    await agreements.updateClauses(agreement.id, agreement.clauses.slice(1));
    for (const status of ['internalReview', 'sentToPartner', 'agreed', 'signed'] as const) {
      tick();
      await agreements.changeStatus(agreement.id, status);
    }
    const signed = await agreements.get(agreement.id);
    const before = await agreementVersions.list(agreement.id);
    tick();
    const draft = await agreementVersions.restore(saved.id);
    expect(draft.id).not.toBe(agreement.id);
    expect(draft).toMatchObject({ status: 'draft', statusHistory: [{ status: 'draft', at: draft.createdAt }], deletedAt: null, clauses: agreement.clauses });
    expect(draft.organizationIds).toEqual(signed!.organizationIds);
    expect(await agreements.get(agreement.id)).toEqual(signed);
    expect(await agreementVersions.list(agreement.id)).toEqual(before);
    expect((await agreements.listLive()).map((a) => a.id).sort()).toEqual([agreement.id, draft.id].sort());
  });

  it('reports a version or agreement that does not exist', async () => {
    const { agreementVersions } = await memorandum();
    expect((await appErrorOf(agreementVersions.restore('01JH0000000000000000000000'))).code).toBe('notFound');
    expect((await appErrorOf(agreementVersions.save('01JH0000000000000000000000', 'manual'))).code).toBe('notFound');
  });

  it('keeps the versions of a trashed agreement and deletes them with a purge', async () => {
    const { agreements, agreementVersions, agreement, db } = await memorandum();
    await agreementVersions.save(agreement.id, 'manual');
    await agreements.moveToTrash([agreement.id]);
    expect(await agreementVersions.list(agreement.id)).toHaveLength(1);
    await db.transaction('rw', db.agreementVersions, () => purgeAgreementVersions(db, [agreement.id]));
    expect(await agreementVersions.list(agreement.id)).toEqual([]);
  });
});
