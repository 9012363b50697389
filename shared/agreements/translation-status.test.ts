import { describe, expect, it } from 'vitest';
import { testClause } from './agreement-test-records';
import { confirmTranslation, countOutOfStep, editClause, isOutOfStep, languagesNeedingUpdate } from './translation-status';

const LANGS = ['uk', 'en', 'fr'];
const clause = testClause('section', { uk: 'Сторони співпрацюють.', en: 'The Parties cooperate.', fr: 'Les Parties coopèrent.' });

describe('editClause', () => {
  it('editing a current language marks every other language behind', () => {
    const edited = editClause(clause, 'uk', 'text', 'Сторони тісно співпрацюють.', LANGS);
    expect(edited.text.uk).toBe('Сторони тісно співпрацюють.');
    expect(edited.status).toEqual({ uk: 'current', en: 'needsUpdate', fr: 'needsUpdate' });
    expect(clause.status.en).toBe('current');
  });

  it('editing a language that is behind catches it up and leaves the others alone', () => {
    const behind = editClause(clause, 'uk', 'text', 'Сторони тісно співпрацюють.', LANGS);
    const caughtUp = editClause(behind, 'en', 'text', 'The Parties cooperate closely.', LANGS);
    expect(caughtUp.status).toEqual({ uk: 'current', en: 'current', fr: 'needsUpdate' });
  });

  it('applies the same rule to headings', () => {
    const edited = editClause(clause, 'en', 'heading', 'Cooperation', LANGS);
    expect(edited.heading.en).toBe('Cooperation');
    expect(edited.status).toEqual({ uk: 'needsUpdate', en: 'current', fr: 'needsUpdate' });
  });

  it('is idempotent when re-applied to the clause as it was when editing began', () => {
    const behind = editClause(clause, 'uk', 'text', 'Нове.', LANGS);
    const firstKey = editClause(behind, 'en', 'text', 'T', LANGS);
    const laterKey = editClause(behind, 'en', 'text', 'The Parties…', LANGS);
    expect(firstKey.status).toEqual(laterKey.status);
    expect(laterKey.status.uk).toBe('current');
  });

  it('changes nothing when the value is the same', () => {
    expect(editClause(clause, 'uk', 'text', clause.text.uk!, LANGS)).toBe(clause);
  });
});

describe('confirming and counting', () => {
  const behind = editClause(clause, 'uk', 'text', 'Нове.', LANGS);

  it('lists the languages behind in column order', () => {
    expect(languagesNeedingUpdate(behind, LANGS)).toEqual(['en', 'fr']);
    expect(languagesNeedingUpdate(behind, ['fr', 'uk', 'en'])).toEqual(['fr', 'en']);
    expect(isOutOfStep(behind, LANGS)).toBe(true);
    expect(isOutOfStep(clause, LANGS)).toBe(false);
  });

  it('confirming every language brings the clause back in step without changing its text', () => {
    const confirmed = confirmTranslation(confirmTranslation(behind, 'en'), 'fr');
    expect(confirmed.text).toEqual(behind.text);
    expect(isOutOfStep(confirmed, LANGS)).toBe(false);
    expect(confirmTranslation(clause, 'en')).toBe(clause);
  });

  it('counts the clauses out of step, ignoring languages the agreement no longer has', () => {
    const onlyFrenchBehind = confirmTranslation(behind, 'en');
    expect(countOutOfStep([clause, behind, onlyFrenchBehind], LANGS)).toBe(2);
    expect(countOutOfStep([clause, behind, onlyFrenchBehind], ['uk', 'en'])).toBe(1);
  });
});
