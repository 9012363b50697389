import { describe, expect, it } from 'vitest';
import { agreementInputSchema, TEMPLATE_IDS, type LibraryClause } from '../domain/agreement';
import { AppError } from '../errors/app-error';
import { buildAgreementDocument } from './agreement-document';
import { KALUSH, KURTIEV, NAIDA, RECORDS, ZAPORIZHZHIA } from './agreement-test-records';
import { mergeLibrary, SEEDED_LIBRARY_IDS } from './clause-library';
import { numberClauses } from './clause-numbering';
import { AGREEMENT_TEMPLATES, agreementFromTemplate } from './templates';
import { countOutOfStep } from './translation-status';

const AT = Date.UTC(2026, 4, 4, 9, 0);
const parties = [
  { organizationId: KALUSH.id, signatoryContactIds: [NAIDA.id] },
  { organizationId: ZAPORIZHZHIA.id, signatoryContactIds: [KURTIEV.id] },
];

describe('AGREEMENT_TEMPLATES', () => {
  it('pick only clauses that are in the seeded library', () => {
    for (const id of TEMPLATE_IDS) {
      for (const clauseId of AGREEMENT_TEMPLATES[id].clauseIds) expect(SEEDED_LIBRARY_IDS, `${id}: ${clauseId}`).toContain(clauseId);
    }
  });
});

describe('agreementFromTemplate', () => {
  it.each(TEMPLATE_IDS)('%s makes a valid draft', (templateId) => {
    const input = agreementFromTemplate(templateId, { languages: ['uk', 'en'], parties, library: mergeLibrary([]), at: AT });
    expect(agreementInputSchema.safeParse(input).success).toBe(true);
    expect(input.status).toBe('draft');
    expect(input.statusHistory).toEqual([{ status: 'draft', at: AT }]);
    expect(input.templateId).toBe(templateId);
    expect(input.kind).toBe(AGREEMENT_TEMPLATES[templateId].kind);
    expect(input.clauses.map((clause) => clause.libraryId)).toEqual(AGREEMENT_TEMPLATES[templateId].clauseIds);
    expect(countOutOfStep(input.clauses, input.languages)).toBe(0);
  });

  it('starts the Kalush–Zaporizhzhia twinning agreement with the twin-city clause, filled from the records', () => {
    const input = agreementFromTemplate('twinningAgreement', {
      languages: ['uk', 'en'],
      parties,
      signingPlace: { uk: 'Калуш', en: 'Kalush', ru: 'Калуш' },
      signingDate: '2026-05-20',
      library: mergeLibrary([]),
      at: AT,
    });
    expect(input.title).toEqual({
      uk: 'Угода про встановлення побратимських зв’язків',
      en: 'Agreement on the Establishment of Twin-City Relations',
    });
    expect(input.signingPlace).toEqual({ uk: 'Калуш', en: 'Kalush' });
    expect(input.parties.map((party) => party.organizationId)).toEqual([KALUSH.id, ZAPORIZHZHIA.id]);
    expect(input.parties[0]!.signatories.map((s) => s.contactId)).toEqual([NAIDA.id]);
    expect(new Set(input.clauses.map((clause) => clause.id)).size).toBe(input.clauses.length);

    const twinning = input.clauses.find((clause) => clause.libraryId === 'purpose-twinning')!;
    const number = numberClauses(input.clauses)[input.clauses.indexOf(twinning)];
    expect(number).toBe('1.');

    const doc = buildAgreementDocument(input, RECORDS);
    const row = doc.rows.find((r) => r.clauseId === twinning.id)!;
    expect(row.text.uk).toContain('побратимські зв’язки між містами Калуш і Запоріжжя');
    expect(row.text.en).toContain('twin-city relations between the cities of Kalush and Zaporizhzhia');
    expect(doc.rows[0]!.text.uk).toContain('Калуська міська рада (представник — Калуський міський голова Андрій Найда)');
    const languages = doc.rows.find((r) => r.clauseId === input.clauses.find((c) => c.libraryId === 'languages-agreement')!.id)!;
    expect(languages.text.uk).toContain('Цю Угоду укладено в м. Калуш 20 травня 2026 р.');
    expect(languages.text.uk).toContain('кожен українською та англійською мовами');
    expect(languages.text.en).toContain('done at Kalush on 20 May 2026');
    // Nothing is left unresolved: no "[party.A.name]"-style gaps anywhere in the document.
    expect(JSON.stringify(doc)).not.toMatch(/\[(party|signing|agreement)\./);
  });

  it('leaves a third language empty and behind', () => {
    const input = agreementFromTemplate('memorandumOfCooperation', { languages: ['uk', 'en', 'fr'], parties, library: mergeLibrary([]), at: AT });
    expect(input.title).toEqual({ uk: 'Меморандум про співпрацю', en: 'Memorandum of Cooperation', fr: '' });
    for (const clause of input.clauses) {
      expect(clause.text.fr).toBe('');
      expect(clause.status).toEqual({ uk: 'current', en: 'current', fr: 'needsUpdate' });
    }
    expect(countOutOfStep(input.clauses, input.languages)).toBe(input.clauses.length);
  });

  it('copies the library as the user edited it', () => {
    const library = mergeLibrary([]).map((clause): LibraryClause =>
      clause.id === 'financing' ? { ...clause, text: { ...clause.text, uk: 'Кожна Сторона несе власні витрати.' } } : clause,
    );
    const input = agreementFromTemplate('letterOfIntent', { languages: ['uk', 'ru'], parties, library, at: AT });
    expect(input.clauses.find((clause) => clause.libraryId === 'financing')!.text.uk).toBe('Кожна Сторона несе власні витрати.');
  });

  it('refuses languages without Ukrainian', () => {
    expect(() => agreementFromTemplate('letterOfIntent', { languages: ['en', 'fr'], parties, library: [], at: AT })).toThrow(AppError);
  });
});
