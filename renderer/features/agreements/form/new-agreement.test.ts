import { describe, expect, it } from 'vitest';
import { AGREEMENT_TEMPLATES } from '#shared/agreements/templates';
import { appErrorOf } from '../../../data/test-rejection';
import { newAgreementInput, type NewAgreementValues } from './new-agreement';

const KALUSH = '01JH00000000000000000KAXSH';
const MAYOR = '01JH00000000000000000MAYR0';
const MEETING = '01JH00000000000000000MEET0';

const values = (changes: Partial<NewAgreementValues> = {}): NewAgreementValues => ({
  template: 'twinningAgreement',
  kind: 'twinningAgreement',
  title: {},
  languages: ['uk', 'en'],
  parties: [{ organizationId: KALUSH, signatoryContactIds: [MAYOR] }, { organizationId: null, signatoryContactIds: [] }],
  signingPlace: { uk: 'Калуш', en: ' Kalush ' },
  signingDate: '2023-04-12',
  meetingIds: [MEETING],
  ...changes,
});

describe('newAgreementInput', () => {
  it('starts from the template’s clauses, with the parties, place, date and meetings from the form', () => {
    const input = newAgreementInput(values(), [], 1_000);
    expect(input.templateId).toBe('twinningAgreement');
    expect(input.clauses).toHaveLength(AGREEMENT_TEMPLATES.twinningAgreement.clauseIds.length);
    expect(input.title).toEqual({ uk: AGREEMENT_TEMPLATES.twinningAgreement.title.uk, en: AGREEMENT_TEMPLATES.twinningAgreement.title.en });
    expect(input.parties[0]).toMatchObject({ organizationId: KALUSH, signatories: [{ contactId: MAYOR }] });
    expect(input.signingPlace).toEqual({ uk: 'Калуш', en: 'Kalush' });
    expect(input).toMatchObject({ signingDate: '2023-04-12', meetingIds: [MEETING], status: 'draft' });
  });

  it('keeps a typed title and the chosen kind over the template’s', () => {
    const input = newAgreementInput(values({ kind: 'cooperationAgreement', title: { en: 'Twin Cities Agreement', uk: ' ' } }), [], 1_000);
    expect(input.kind).toBe('cooperationAgreement');
    expect(input.title).toEqual({ uk: AGREEMENT_TEMPLATES.twinningAgreement.title.uk, en: 'Twin Cities Agreement' });
  });

  it('starts a blank agreement with one empty section', () => {
    const input = newAgreementInput(values({ template: 'blank', kind: 'protocol', title: { uk: 'Протокол намірів' } }), [], 1_000);
    expect(input).toMatchObject({ kind: 'protocol', templateId: null, title: { uk: 'Протокол намірів' } });
    expect(input.clauses).toHaveLength(1);
    expect(input.clauses[0]).toMatchObject({ kind: 'section', text: { uk: '', en: '' } });
  });

  it('refuses a template in languages without Ukrainian', async () => {
    const error = await appErrorOf(Promise.resolve().then(() => newAgreementInput(values({ languages: ['en', 'fr'] }), [], 1_000)));
    expect(error.details?.issues).toContainEqual({ path: 'languages', code: 'ukrainianRequired' });
  });
});
