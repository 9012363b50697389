import { describe, expect, it } from 'vitest';
import type { Agreement } from '#shared/domain/agreement';
import { emptyOrganizationInput, type Organization } from '#shared/domain/organization';
import { agreementFromTemplate } from '#shared/agreements/templates';
import { editClause } from '#shared/agreements/translation-status';
import { agreementSearchText, toAgreementRow, type AgreementRowContext } from './agreement-rows';

const kalush: Organization = {
  ...emptyOrganizationInput(),
  name: { uk: 'Калуська міська рада', ru: '', en: 'Kalush City Council' },
  id: '01JH00000000000000000KAXSH',
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
  sortKey: { uk: '', ru: '', en: '' },
};

function agreement(): Agreement {
  const input = agreementFromTemplate('twinningAgreement', {
    languages: ['uk', 'en'],
    parties: [{ organizationId: kalush.id, signatoryContactIds: [] }, { organizationId: null, signatoryContactIds: [] }],
    signingDate: '2023-04-12',
    library: [],
    at: 0,
  });
  input.parties[1]!.name = { uk: 'Запорізька міська рада', en: 'Zaporizhzhia City Council' };
  input.clauses = input.clauses.map((clause, index) => (index < 3 ? editClause(clause, 'uk', 'text', `Змінено ${index}`, ['uk', 'en']) : clause));
  return { ...input, id: '01JH0000000000000000000AGR', createdAt: 0, updatedAt: 5, deletedAt: null, sortKey: { uk: '', ru: '', en: '' }, organizationIds: [kalush.id] };
}

const context = (language: 'uk' | 'en'): AgreementRowContext => ({
  language,
  organizations: new Map([[kalush.id, kalush]]),
  kindLabel: (kind) => `kind:${kind}`,
  statusLabel: (status) => `status:${status}`,
  outOfStepLabel: (count) => `${count} out of step`,
  untitled: 'Untitled',
});

describe('agreement rows', () => {
  it('shows the title, parties and date in the UI language, and how many clauses are out of step', () => {
    const row = toAgreementRow(agreement(), context('en'));
    expect(row).toMatchObject({
      title: 'Agreement on the Establishment of Twin-City Relations',
      kind: 'kind:twinningAgreement',
      statusLabel: 'status:draft',
      parties: 'Kalush City Council, Zaporizhzhia City Council',
      languages: 'UK · EN',
      outOfStep: 3,
      outOfStepLabel: '3 out of step',
      updatedAt: 5,
    });
    expect(toAgreementRow(agreement(), context('uk')).signingDate).toBe('12.04.2023');
  });

  it('finds an agreement by its title in another language', () => {
    const row = toAgreementRow(agreement(), context('en'));
    expect(agreementSearchText(row)).toContain('побратим');
  });
});
