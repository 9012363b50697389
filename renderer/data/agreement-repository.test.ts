import { describe, expect, it } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import { emptyMeetingInput } from '#shared/domain/meeting';
import { emptyOrganizationInput } from '#shared/domain/organization';
import type { AgreementInput, Clause } from '#shared/domain/agreement';
import { agreementFromTemplate } from '#shared/agreements/templates';
import { editClause } from '#shared/agreements/translation-status';
import { TEST_START, testWorkspaces } from './test-workspaces';
import { appErrorOf } from './test-rejection';

const MISSING_ID = '01JH0000000000000000000000';
let clock = TEST_START;
const openWorkspace = testWorkspaces();

/** Kalush and Zaporizhzhia city councils, their signatories, and a twinning agreement in uk + en. */
async function twinning() {
  clock = TEST_START;
  const workspace = openWorkspace(() => clock);
  const { organizations, contacts } = workspace;
  const kalush = await organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Калуська міська рада', ru: '', en: 'Kalush City Council' } });
  const zaporizhzhia = await organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Запорізька міська рада', ru: '', en: 'Zaporizhzhia City Council' } });
  const mayor = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Андрій Найда', organizationId: kalush.id });
  const input = (): AgreementInput =>
    agreementFromTemplate('twinningAgreement', {
      languages: ['uk', 'en'],
      parties: [
        { organizationId: kalush.id, signatoryContactIds: [mayor.id] },
        { organizationId: zaporizhzhia.id, signatoryContactIds: [] },
      ],
      signingPlace: { uk: 'Калуш', en: 'Kalush' },
      signingDate: '2023-04-12',
      library: [],
      at: clock,
    });
  return { ...workspace, kalush, zaporizhzhia, mayor, input };
}

const editUk = (clause: Clause, text: string) => editClause(clause, 'uk', 'text', text, ['uk', 'en']);

describe('agreement repository: records', () => {
  it('derives the parties’ organizations and title keys, and lists agreements by organization and meeting', async () => {
    const { agreements, meetings, kalush, zaporizhzhia, input } = await twinning();
    const meeting = await meetings.create({ ...emptyMeetingInput(), title: { uk: 'Підписання', ru: '', en: '' }, date: '2023-04-12', startTime: '10:00', endTime: '11:00', timeZone: 'Europe/Kyiv' });
    const created = await agreements.create({ ...input(), meetingIds: [meeting.id] });
    expect(created.organizationIds).toEqual([kalush.id, zaporizhzhia.id]);
    expect(created.sortKey.uk).not.toBe('');
    expect((await agreements.listByOrganization(zaporizhzhia.id)).map((a) => a.id)).toEqual([created.id]);
    expect((await agreements.listByMeeting(meeting.id)).map((a) => a.id)).toEqual([created.id]);

    await agreements.moveToTrash([created.id]);
    expect(await agreements.listByOrganization(kalush.id)).toEqual([]);
  });

  it('names each party and signatory that does not exist, and writes nothing', async () => {
    const { agreements, db, input } = await twinning();
    const draft = input();
    draft.parties[1]!.organizationId = MISSING_ID;
    draft.parties[0]!.signatories[0]!.contactId = MISSING_ID;
    const error = await appErrorOf(agreements.create({ ...draft, meetingIds: [MISSING_ID] }));
    expect(error.details?.issues).toEqual([
      { path: 'parties.0.signatories.0.contactId', code: 'unknownContact' },
      { path: 'parties.1.organizationId', code: 'unknownOrganization' },
      { path: 'meetingIds.0', code: 'unknownMeeting' },
    ]);
    expect(await db.agreements.count()).toBe(0);
  });
});

describe('agreement repository: the editor’s autosave', () => {
  it('writes the clauses and the time of the change, nothing else', async () => {
    const { agreements, input } = await twinning();
    const created = await agreements.create(input());
    const clauses = created.clauses.map((clause, index) => (index === 2 ? editUk(clause, 'Сторони співпрацюють.') : clause));
    clock += 5_000;
    await agreements.updateClauses(created.id, clauses);
    const stored = await agreements.get(created.id);
    expect(stored?.clauses[2]?.text.uk).toBe('Сторони співпрацюють.');
    expect(stored?.clauses[2]?.status).toEqual({ uk: 'current', en: 'needsUpdate' });
    expect(stored?.updatedAt).toBe(TEST_START + 5_000);
    expect({ ...stored, clauses: [], updatedAt: 0 }).toEqual({ ...created, clauses: [], updatedAt: 0 });
  });

  it('rejects invalid clauses and keeps the stored ones', async () => {
    const { agreements, input } = await twinning();
    const created = await agreements.create(input());
    const broken = created.clauses.map((clause, index) => (index === 0 ? { ...clause, kind: 'chapter' as never } : clause));
    const error = await appErrorOf(agreements.updateClauses(created.id, broken));
    expect(error.code).toBe('validation');
    expect(error.details?.issues).toEqual([{ path: 'clauses.0.kind', code: 'kind' }]);
    const tooLong = created.clauses.map((clause, index) => (index === 1 ? editUk(clause, 'я'.repeat(20_001)) : clause));
    expect((await appErrorOf(agreements.updateClauses(created.id, tooLong))).code).toBe('validation');
    expect(await agreements.get(created.id)).toEqual(created);
  });

  it('reports a missing agreement', async () => {
    const { agreements } = await twinning();
    expect((await appErrorOf(agreements.updateClauses(MISSING_ID, []))).code).toBe('notFound');
  });
});

describe('agreement repository: framing changes', () => {
  it('keeps the stored clauses when other fields change, and adds a language to every clause', async () => {
    const { agreements, input } = await twinning();
    const created = await agreements.create(input());
    const edited = created.clauses.map((clause, index) => (index === 0 ? editUk(clause, 'Новий вступ.') : clause));
    await agreements.updateClauses(created.id, edited);

    const patched = await agreements.patch(created.id, { languages: ['uk', 'en', 'fr'], title: { ...created.title, fr: 'Accord de jumelage' } });
    expect(patched.clauses[0]?.text).toEqual({ uk: 'Новий вступ.', en: created.clauses[0]?.text.en, fr: '' });
    expect(patched.clauses[0]?.status).toEqual({ uk: 'current', en: 'needsUpdate', fr: 'needsUpdate' });

    const dropped = await agreements.patch(created.id, { languages: ['uk', 'fr'] });
    expect(Object.keys(dropped.clauses[0]!.text).sort()).toEqual(['fr', 'uk']);
  });

  /** The twinning agreement in three languages, French the third. */
  const trilingual = (input: () => AgreementInput): AgreementInput => {
    const draft = input();
    return { ...draft, languages: ['uk', 'en', 'fr'], title: { ...draft.title, fr: 'Accord de jumelage' } };
  };

  it('keeps the text as a version before a language is dropped, in the same step', async () => {
    const { agreements, agreementVersions, input } = await twinning();
    const created = await agreements.create(trilingual(input));
    const withFrench = created.clauses.map((clause, index) => (index === 2 ? { ...clause, text: { ...clause.text, fr: 'Les parties échangent leur expérience.' } } : clause));
    const edited = await agreements.updateClauses(created.id, withFrench);

    clock += 5_000;
    const dropped = await agreements.patch(created.id, { languages: ['uk', 'en'] });
    expect(dropped.clauses[2]?.text.fr).toBeUndefined();
    const versions = await agreementVersions.list(created.id);
    expect(versions.map((version) => [version.reason, version.createdAt])).toEqual([['beforeEditing', TEST_START + 5_000]]);
    expect(versions[0]?.content.languages).toEqual(['uk', 'en', 'fr']);
    expect(versions[0]?.content.clauses).toEqual(edited.clauses);
    expect(versions[0]?.content.clauses[2]?.text.fr).toBe('Les parties échangent leur expérience.');
  });

  it('saves no second version when the latest already holds the text, nor for a change that drops nothing', async () => {
    const { agreements, agreementVersions, input } = await twinning();
    const created = await agreements.create(trilingual(input));
    // The page keeps its snapshot before the first change; the patch that follows adds none.
    const snapshot = await agreementVersions.ensureEditingSnapshot(created.id);
    clock += 1_000;
    expect((await agreements.patch(created.id, { languages: ['uk', 'en'] })).languages).toEqual(['uk', 'en']);
    expect((await agreementVersions.list(created.id)).map((version) => version.id)).toEqual([snapshot!.id]);

    clock += 1_000;
    expect((await agreements.patch(created.id, { languages: ['uk', 'en', 'pl'], title: { ...created.title, pl: 'Umowa o partnerstwie' } })).languages).toEqual(['uk', 'en', 'pl']);
    await agreements.patch(created.id, { signingPlace: { uk: 'Запоріжжя', en: 'Zaporizhzhia' } });
    expect(await agreementVersions.list(created.id)).toHaveLength(1);
  });

  it('changes nothing when the version before dropping a language cannot be written', async () => {
    const { agreements, agreementVersions, db, input } = await twinning();
    const created = await agreements.create(trilingual(input));
    const failVersions = () => {
      throw new Error('disk full');
    };
    db.agreementVersions.hook('creating', failVersions);
    expect((await appErrorOf(agreements.patch(created.id, { languages: ['uk', 'en'] }))).code).not.toBe('validation');
    db.agreementVersions.hook('creating').unsubscribe(failVersions);
    expect(await agreements.get(created.id)).toEqual(created);
    expect(await agreementVersions.list(created.id)).toEqual([]);
  });

  it('refuses a change that leaves Ukrainian out, writing nothing', async () => {
    const { agreements, input } = await twinning();
    const created = await agreements.create(input());
    const error = await appErrorOf(agreements.patch(created.id, { languages: ['en', 'fr'] }));
    expect(error.details?.issues).toContainEqual({ path: 'languages', code: 'ukrainianRequired' });
    expect(await agreements.get(created.id)).toEqual(created);
  });
});

describe('agreement repository: status changes', () => {
  it('moves the status, records when, and saves a version of the text in the same step', async () => {
    const { agreements, agreementVersions, input } = await twinning();
    const created = await agreements.create(input());
    clock += 60_000;
    const { agreement, version } = await agreements.changeStatus(created.id, 'internalReview');
    expect(agreement.status).toBe('internalReview');
    expect(agreement.statusHistory).toEqual([
      { status: 'draft', at: TEST_START },
      { status: 'internalReview', at: TEST_START + 60_000 },
    ]);
    expect(await agreements.get(created.id)).toEqual(agreement);
    expect(await agreementVersions.list(created.id)).toEqual([version]);
    expect(version).toMatchObject({ agreementId: created.id, reason: 'statusChange', status: 'internalReview', name: '', createdAt: TEST_START + 60_000 });
    expect(version.content.clauses).toEqual(created.clauses);
  });

  it('refuses a step the workflow does not allow, and saves no version', async () => {
    const { agreements, agreementVersions, input } = await twinning();
    const created = await agreements.create(input());
    const error = await appErrorOf(agreements.changeStatus(created.id, 'signed'));
    expect(error.code).toBe('statusTransition');
    expect(await agreements.get(created.id)).toEqual(created);
    expect(await agreementVersions.list(created.id)).toEqual([]);
  });

  it('changes nothing when the version cannot be written', async () => {
    const { agreements, agreementVersions, db, input } = await twinning();
    const created = await agreements.create(input());
    const failVersions = () => {
      throw new Error('disk full');
    };
    db.agreementVersions.hook('creating', failVersions);
    await appErrorOf(agreements.changeStatus(created.id, 'internalReview'));
    db.agreementVersions.hook('creating').unsubscribe(failVersions);
    expect((await agreements.get(created.id))?.status).toBe('draft');
    expect(await agreementVersions.list(created.id)).toEqual([]);
  });
});
