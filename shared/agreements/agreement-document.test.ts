import { describe, expect, it } from 'vitest';
import { buildAgreementDocument } from './agreement-document';
import { kalushMemorandum, RECORDS, testClause } from './agreement-test-records';

const clauses = () => [
  testClause('preamble', {
    uk: '{{party.A.name}} та {{party.B.name}} домовилися про таке:',
    en: '{{party.A.name}} and {{party.B.name}} have agreed as follows:',
    fr: '{{party.A.name}} et {{party.B.name}} sont convenus de ce qui suit :',
  }),
  testClause('section', { uk: 'Мета.', en: 'Purpose.', fr: 'Objet.' }, { heading: { uk: 'Мета', en: 'Purpose', fr: 'Objet' } }),
  testClause('subclause', { uk: 'Енергоефективність.', en: 'Energy efficiency.', fr: 'Efficacité énergétique.' }),
  testClause('section', { uk: 'Вчинено в м. {{signing.place}} {{signing.date}}.', en: 'Done at {{signing.place}} on {{signing.date}}.', fr: 'Fait à {{signing.place}}, le {{signing.date}}.' }),
];

describe('buildAgreementDocument', () => {
  it('numbers the clauses and resolves placeholders in every column', () => {
    const doc = buildAgreementDocument(kalushMemorandum(['uk', 'en'], clauses()), RECORDS);
    expect(doc.languages).toEqual(['uk', 'en']);
    expect(doc.rows.map((row) => row.number)).toEqual(['', '1.', '1.1.', '2.']);
    expect(doc.rows[0]!.text).toEqual({
      uk: 'Калуська міська рада та Запорізька міська рада домовилися про таке:',
      en: 'Kalush City Council and Zaporizhzhia City Council have agreed as follows:',
    });
    expect(doc.rows[1]!.heading).toEqual({ uk: 'Мета', en: 'Purpose' });
    expect(doc.rows[3]!.text.en).toBe('Done at Kalush on 12 April 2023.');
    expect(doc.title).toEqual({ uk: 'Меморандум про співпрацю', en: 'Memorandum of Cooperation' });
    expect(doc.kindLabel).toEqual({ uk: 'Меморандум про співпрацю', en: 'Memorandum of Cooperation' });
    expect(doc.placeAndDate).toEqual({ uk: 'Калуш, 12 квітня 2023 р.', en: 'Kalush, 12 April 2023' });
  });

  it('names the parties and their signatories in each language', () => {
    const doc = buildAgreementDocument(kalushMemorandum(['uk', 'en'], clauses()), RECORDS);
    expect(doc.parties.map((party) => party.label)).toEqual(['A', 'B']);
    expect(doc.parties[0]!.name).toEqual({ uk: 'Калуська міська рада', en: 'Kalush City Council' });
    expect(doc.parties[1]!.signatories).toEqual([
      {
        name: { uk: 'Анатолій Куртєв', en: 'Anatolii Kurtiev' },
        position: { uk: 'Секретар Запорізької міської ради', en: 'Secretary of Zaporizhzhia City Council' },
      },
    ]);
  });

  it('writes French labels and leaves what French lacks visible in brackets', () => {
    const doc = buildAgreementDocument(kalushMemorandum(['uk', 'fr'], clauses()), RECORDS);
    expect(doc.labels.fr).toMatchObject({ signatures: 'Signatures des Parties', forParty: 'Pour', languageName: 'Français' });
    expect(doc.labels.uk!.languageName).toBe('Українська');
    expect(doc.kindLabel.fr).toBe('Mémorandum de coopération');
    expect(doc.rows[0]!.text.fr).toBe('[party.A.name] et [party.B.name] sont convenus de ce qui suit :');
    expect(doc.rows[3]!.text.fr).toBe('Fait à [signing.place], le 12 avril 2023.');
    expect(doc.parties[0]!.name.fr).toBe('[party.A.name]');
    expect(doc.parties[0]!.signatories[0]!.name.fr).toBe('Andrii Naida');
    expect(doc.parties[0]!.signatories[0]!.position.fr).toBe('[party.A.signatory.position]');
    expect(doc.placeAndDate.fr).toBe('12 avril 2023');
    expect(doc.title.fr).toBe('');
  });

  it('lets the caller write missing values its own way', () => {
    const doc = buildAgreementDocument(kalushMemorandum(['uk', 'fr'], clauses()), RECORDS, (placeholder, lang) => `<${lang}:${placeholder}>`);
    expect(doc.parties[1]!.name.fr).toBe('<fr:party.B.name>');
    expect(doc.rows[0]!.text.fr).toContain('<fr:party.A.name>');
  });

  it('leaves place and date empty until they are fixed', () => {
    const content = { ...kalushMemorandum(['uk', 'en']), signingPlace: {}, signingDate: '' };
    expect(buildAgreementDocument(content, RECORDS).placeAndDate).toEqual({ uk: '', en: '' });
  });
});
