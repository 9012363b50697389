import { describe, expect, it } from 'vitest';
import type { Agreement, Clause } from '../domain/agreement';
import { agreementSearchProvider, agreementTitleSpellings, CLAUSE_TEXT_BUDGET, clauseSearchTexts } from './agreement-search-provider';
import { NO_CONTEXT, type RecordSearchContext } from './search-provider';
import { SearchIndex } from './search-index';

const clause = (id: string, heading: Record<string, string>, text: Record<string, string>): Clause => ({
  id,
  kind: 'section',
  heading,
  text,
  status: {},
  libraryId: null,
  comments: [],
});

const memorandum: Agreement = {
  id: 'a1',
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
  sortKey: { uk: '', ru: '', en: '' },
  organizationIds: ['kalush', 'zaporizhzhia'],
  kind: 'memorandumOfCooperation',
  title: { uk: 'Меморандум про співпрацю', en: 'Memorandum of Cooperation', fr: 'Titre oublié' },
  languages: ['uk', 'en'],
  parties: [
    {
      id: 'p1',
      organizationId: 'kalush',
      name: { uk: 'Калуська міська рада (Сторона А)' },
      signatories: [{ id: 's1', contactId: 'naida', name: {}, position: { uk: 'Калуський міський голова', en: 'Mayor of Kalush' } }],
    },
    {
      id: 'p2',
      organizationId: 'zaporizhzhia',
      name: {},
      signatories: [{ id: 's2', contactId: null, name: { uk: 'Анатолій Куртєв', en: 'Anatolii Kurtiev' }, position: {} }],
    },
  ],
  signingPlace: { uk: 'Калуш', en: 'Kalush' },
  signingDate: '2023-04-12',
  status: 'signed',
  statusHistory: [],
  meetingIds: [],
  notes: '<p>Підписано на <strong>форумі</strong> громад</p>',
  clauses: [
    clause('c1', { uk: 'Предмет', en: 'Purpose' }, { uk: 'Сторони співпрацюють у сфері енергоефективності.', en: 'The Parties cooperate in energy efficiency.' }),
    clause('c2', {}, { uk: 'Від імені {{party.A.name}} підписує {{ party.A.signatory.name }}.', en: '', fr: 'Texte d’une langue retirée' }),
  ],
  templateId: null,
};

const context: RecordSearchContext = {
  ...NO_CONTEXT,
  organizationNames: (id) =>
    ({ kalush: ['Калуська міська рада', 'Kalush City Council', 'Kaluska miska rada'], zaporizhzhia: ['Запорізька міська рада', 'Zaporizka miska rada'] })[id] ?? [],
  personNames: (id) => (id === 'naida' ? ['Андрій', 'Найда', 'Andrii Naida'] : []),
};

describe('agreementSearchProvider', () => {
  it('carries titles, parties, signatories, place, clause texts without placeholders and plain-text notes', () => {
    const document = agreementSearchProvider.toDocument(memorandum, context);
    expect(document).toMatchObject({ type: 'agreement', id: 'a1' });
    expect(document.fields).toEqual({
      names: ['Меморандум про співпрацю', 'Memorandum of Cooperation'],
      people: ['Андрій', 'Найда', 'Andrii Naida', 'Анатолій Куртєв', 'Anatolii Kurtiev'],
      positions: ['Калуський міський голова', 'Mayor of Kalush'],
      organization: [
        'Калуська міська рада',
        'Kalush City Council',
        'Kaluska miska rada',
        'Запорізька міська рада',
        'Zaporizka miska rada',
        'Калуська міська рада (Сторона А)',
      ],
      places: ['Калуш', 'Kalush'],
      notes: [
        'Предмет',
        'Purpose',
        'Сторони співпрацюють у сфері енергоефективності.',
        'The Parties cooperate in energy efficiency.',
        'Від імені підписує .',
        'Підписано на форумі громад',
      ],
    });
  });

  it('takes only the languages the agreement has, in column order', () => {
    expect(agreementTitleSpellings({ ...memorandum, languages: ['en', 'uk'] })).toEqual(['Memorandum of Cooperation', 'Меморандум про співпрацю']);
    expect(clauseSearchTexts(memorandum).join(' ')).not.toContain('retirée');
  });

  it('is found in an index by a clause word, a signatory, a party in another script, never by a placeholder path', () => {
    const index = new SearchIndex();
    index.add(agreementSearchProvider.toDocument(memorandum, context));
    for (const query of ['енергоефективності', 'energy efficiency', 'Найда', 'Kurtiev', 'Zaporizka', 'Kaluska', 'Mayor', 'форумі']) {
      expect(index.search(query).map((hit) => hit.id), query).toEqual(['a1']);
    }
    expect(index.search('signatory')).toEqual([]);
  });

  it('keeps a very long text to the clause budget', () => {
    const long = 'співпраця '.repeat(4_000);
    const clauses = Array.from({ length: 30 }, (_, i) => clause(`c${i}`, {}, { uk: long, en: long }));
    const texts = clauseSearchTexts({ languages: ['uk', 'en'], clauses });
    expect(texts.reduce((sum, text) => sum + text.length, 0)).toBe(CLAUSE_TEXT_BUDGET);
  });
});
