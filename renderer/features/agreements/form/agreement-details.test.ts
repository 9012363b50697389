import { describe, expect, it } from 'vitest';
import { fieldIssues } from '#shared/domain/validation';
import { agreementDetailsSchema, type AgreementDetails } from './agreement-details';

const details = (changes: Partial<AgreementDetails> = {}): AgreementDetails => ({
  kind: 'twinningAgreement',
  title: { uk: 'Угода про побратимство', en: 'Twinning Agreement' },
  languages: ['uk', 'en'],
  parties: [],
  signingPlace: {},
  signingDate: '',
  ...changes,
});

const issues = (value: unknown) => {
  const result = agreementDetailsSchema.safeParse(value);
  return result.success ? [] : fieldIssues(result.error);
};

describe('agreement details', () => {
  it('accepts a framing that makes a valid agreement', () => {
    expect(issues(details())).toEqual([]);
  });

  it('asks for Ukrainian among two or three languages, each a language code', () => {
    expect(issues(details({ languages: ['en', 'fr'] }))).toEqual([{ path: 'languages', code: 'ukrainianRequired' }]);
    expect(issues(details({ languages: ['uk'] }))).toEqual([{ path: 'languages', code: 'agreementLanguages' }]);
    expect(issues(details({ languages: ['uk', 'qq'] }))).toEqual([{ path: 'languages', code: 'unknownLanguage' }]);
  });

  it('asks for a title in one of the agreement’s languages', () => {
    expect(issues(details({ title: { uk: '', en: ' ', fr: 'Accord' } }))).toEqual([{ path: 'title', code: 'titleRequired' }]);
  });
});
