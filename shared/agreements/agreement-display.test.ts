import { describe, expect, it } from 'vitest';
import { agreementDerived, agreementOrganizationIds, agreementSortKey, agreementTitleIn } from './agreement-display';
import { KALUSH, kalushMemorandum, ZAPORIZHZHIA } from './agreement-test-records';

describe('agreementTitleIn', () => {
  it('uses the UI language when the agreement has a title in it', () => {
    const agreement = { title: { uk: 'Меморандум про співпрацю', en: 'Memorandum of Cooperation' }, languages: ['uk', 'en'] };
    expect(agreementTitleIn(agreement, 'en')).toBe('Memorandum of Cooperation');
    expect(agreementTitleIn(agreement, 'uk')).toBe('Меморандум про співпрацю');
  });

  it('otherwise takes the first filled title in the agreement’s language order', () => {
    expect(agreementTitleIn({ title: { uk: '', fr: 'Accord de jumelage', en: '' }, languages: ['fr', 'uk'] }, 'ru')).toBe('Accord de jumelage');
    expect(agreementTitleIn({ title: { uk: 'Угода', en: ' ' }, languages: ['uk', 'en'] }, 'en')).toBe('Угода');
  });

  it('ignores a title left over in a language the agreement no longer has', () => {
    expect(agreementTitleIn({ title: { ru: 'Старое', uk: 'Угода' }, languages: ['uk', 'en'] }, 'ru')).toBe('Угода');
  });
});

describe('agreementSortKey', () => {
  it('sorts titles with Ukrainian collation in every UI language', () => {
    const titles = ['Угода про співпрацю', 'Ґенеральна угода', 'Меморандум', 'Єдність', 'Гарантії'];
    const keys = titles.map((uk) => ({ uk, key: agreementSortKey({ title: { uk }, languages: ['uk', 'en'] }).uk }));
    const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((k) => k.uk);
    expect(sorted).toEqual([...titles].sort(new Intl.Collator('uk').compare));
    expect(sorted).toEqual(['Гарантії', 'Ґенеральна угода', 'Єдність', 'Меморандум', 'Угода про співпрацю']);
  });
});

describe('agreementOrganizationIds', () => {
  it('lists each party organization once, in party order, skipping parties without one', () => {
    const content = kalushMemorandum();
    const [kalush, zaporizhzhia] = content.parties;
    const parties = [zaporizhzhia!, { ...kalush!, organizationId: null }, kalush!, zaporizhzhia!];
    expect(agreementOrganizationIds({ parties })).toEqual([ZAPORIZHZHIA.id, KALUSH.id]);
    expect(agreementDerived(content).organizationIds).toEqual([KALUSH.id, ZAPORIZHZHIA.id]);
  });
});
