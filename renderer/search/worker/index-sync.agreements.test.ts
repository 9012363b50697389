// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { AgreementInput, AgreementParty, Clause } from '#shared/domain/agreement';
import { emptyContactInput, type ContactInput } from '#shared/domain/contact';
import { newRecordId } from '#shared/domain/ids';
import { emptyOrganizationInput, type OrganizationInput } from '#shared/domain/organization';
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

async function setUp(seed: (workspace: Workspace) => Promise<void>): Promise<Setup> {
  clock = START;
  const db = new DeskDatabase(`search-sync-agreements-${crypto.randomUUID()}`);
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

const found = (index: SearchIndex, query: string, type: SearchDocumentType = 'agreement') =>
  index.search(query, { types: [type] }).map((hit) => hit.id);

const council = (uk: string, ru: string, en: string): OrganizationInput => ({ ...emptyOrganizationInput(), name: { uk, ru, en } });

const person = (given: string, family: string): ContactInput => ({
  ...emptyContactInput(),
  givenName: { uk: given, ru: '', en: '' },
  familyName: { uk: family, ru: '', en: '' },
});

const party = (organizationId: string, signatoryIds: string[]): AgreementParty => ({
  id: newRecordId(),
  organizationId,
  name: {},
  signatories: signatoryIds.map((contactId) => ({ id: newRecordId(), contactId, name: {}, position: {} })),
});

const clause = (uk: string, en: string): Clause => ({
  id: newRecordId(),
  kind: 'section',
  heading: {},
  text: { uk, en },
  status: { uk: 'current', en: 'current' },
  libraryId: null,
  comments: [],
});

interface Ids {
  kalush: string;
  zaporizhzhia: string;
  naida: string;
  kurtiev: string;
  memorandum: string;
}

const memorandum = (ids: Partial<Ids>, fields: Partial<AgreementInput> = {}): AgreementInput => ({
  kind: 'twinningAgreement',
  title: { uk: 'Угода про побратимство', en: 'Twinning Agreement' },
  languages: ['uk', 'en'],
  parties: [party(ids.kalush!, [ids.naida!]), party(ids.zaporizhzhia!, [])],
  signingPlace: { uk: 'Калуш', en: 'Kalush' },
  signingDate: '2023-04-12',
  status: 'draft',
  statusHistory: [{ status: 'draft', at: START }],
  meetingIds: [],
  notes: '',
  clauses: [
    clause('Сторони співпрацюють у сфері енергоефективності. {{party.A.signatory.position}}', 'The Parties cooperate in energy efficiency.'),
    clause('Кожна Сторона самостійно несе свої витрати.', 'Each Party bears its own costs.'),
  ],
  templateId: null,
  ...fields,
});

async function seedMemorandum(workspace: Workspace, ids: Partial<Ids>): Promise<void> {
  const { contacts, organizations, agreements } = workspace;
  ids.kalush = (await organizations.create(council('Калуська міська рада', '', 'Kalush City Council'))).id;
  ids.zaporizhzhia = (await organizations.create(council('Запорізька міська рада', 'Запорожский городской совет', ''))).id;
  ids.naida = (await contacts.create(person('Андрій', 'Найда'))).id;
  ids.kurtiev = (await contacts.create(person('Анатолій', 'Куртєв'))).id;
  ids.memorandum = (await agreements.create(memorandum(ids))).id;
}

describe('IndexSync: agreements', () => {
  it('indexes agreements at start: titles, clause words, parties in any script, signatories, place', async () => {
    const ids: Partial<Ids> = {};
    const { index } = await setUp((workspace) => seedMemorandum(workspace, ids));
    for (const query of ['Twinning Agreement', 'побратимство', 'енергоефективності', 'витрати', 'Zaporizka', 'Запорожский', 'Kalush City', 'Naida', 'Калуш']) {
      expect(found(index, query), query).toEqual([ids.memorandum]);
    }
    // A placeholder is markup, not a word of the clause.
    expect(found(index, 'position')).toEqual([]);
    // Agreements join the other types in one index, without taking their place.
    expect(found(index, 'Naida', 'contact')).toEqual([ids.naida]);
  });

  it('follows agreements created, edited, moved to the Trash and restored', async () => {
    const ids: Partial<Ids> = {};
    const { workspace, index, nextBatch } = await setUp((w) => seedMemorandum(w, ids));
    let applied = nextBatch();
    const letter = await workspace.agreements.create(
      memorandum(ids, { kind: 'letterOfIntent', title: { uk: 'Лист про наміри', en: 'Letter of Intent' }, clauses: [clause('Кібербезпека', 'Cybersecurity')] }),
    );
    expect(await applied).toBe(1);
    expect(found(index, 'Letter of Intent')).toEqual([letter.id]);
    expect(found(index, 'кібербезпека')).toEqual([letter.id]);

    applied = nextBatch();
    await workspace.agreements.updateClauses(ids.memorandum!, [clause('Молодіжні обміни', 'Youth exchanges')]);
    await applied;
    expect(found(index, 'youth')).toEqual([ids.memorandum]);
    expect(found(index, 'енергоефективності')).toEqual([]);

    applied = nextBatch();
    await workspace.agreements.moveToTrash([letter.id]);
    await applied;
    expect(found(index, 'Letter of Intent')).toEqual([]);
    expect(index.has('agreement', letter.id)).toBe(false);

    applied = nextBatch();
    await workspace.agreements.restore([letter.id]);
    await applied;
    expect(found(index, 'Letter of Intent')).toEqual([letter.id]);
  });

  it("re-indexes a party's agreements when the organization is renamed", async () => {
    const ids: Partial<Ids> = {};
    const { workspace, index, nextBatch } = await setUp((w) => seedMemorandum(w, ids));
    const applied = nextBatch();
    await workspace.organizations.update(ids.zaporizhzhia!, council('Запорізька обласна рада', '', 'Zaporizhzhia Regional Council'));
    await applied;
    expect(found(index, 'Regional Council')).toEqual([ids.memorandum]);
    expect(found(index, 'обласна')).toEqual([ids.memorandum]);
    expect(found(index, 'Запорожский')).toEqual([]);
  });

  it('learns the names of new signatories and follows a signatory renamed or moved to the Trash', async () => {
    const ids: Partial<Ids> = {};
    const { workspace, index, nextBatch } = await setUp((w) => seedMemorandum(w, ids));
    // Kurtiev signs nothing yet, so the worker has not read his name.
    expect(found(index, 'Kurtiev')).toEqual([]);
    let applied = nextBatch();
    await workspace.agreements.update(ids.memorandum!, memorandum(ids, { parties: [party(ids.kalush!, [ids.naida!]), party(ids.zaporizhzhia!, [ids.kurtiev!])] }));
    await applied;
    expect(found(index, 'Kurtiev')).toEqual([ids.memorandum]);

    applied = nextBatch();
    await workspace.contacts.update(ids.naida!, person('Андрій', 'Шевчук'));
    await applied;
    expect(found(index, 'Shevchuk')).toEqual([ids.memorandum]);
    expect(found(index, 'Найда')).toEqual([]);

    applied = nextBatch();
    await workspace.contacts.moveToTrash([ids.kurtiev!]);
    await applied;
    expect(found(index, 'Kurtiev')).toEqual([]);
    expect(found(index, 'Shevchuk')).toEqual([ids.memorandum]);
  });
});
