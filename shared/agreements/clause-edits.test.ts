import { describe, expect, it } from 'vitest';
import { clauseSchema } from '../domain/agreement';
import { testClause } from './agreement-test-records';
import {
  addLanguage,
  deleteClause,
  insertClause,
  moveClause,
  newClause,
  removeLanguage,
  setClauseKind,
  splitClause,
} from './clause-edits';

const texts = (clauses: { text: Record<string, string> }[], lang = 'uk') => clauses.map((c) => c.text[lang]);

describe('newClause', () => {
  it('is empty and current in every language, with a valid new id', () => {
    const clause = newClause('section', ['uk', 'en', 'fr'], Date.UTC(2026, 0, 1));
    expect(clause.text).toEqual({ uk: '', en: '', fr: '' });
    expect(clause.heading).toEqual({ uk: '', en: '', fr: '' });
    expect(clause.status).toEqual({ uk: 'current', en: 'current', fr: 'current' });
    expect(clauseSchema.safeParse(clause).success).toBe(true);
    expect(newClause('section', ['uk', 'en']).id).not.toBe(clause.id);
  });
});

describe('list edits', () => {
  const a = testClause('section', { uk: 'А' });
  const b = testClause('section', { uk: 'Б' });
  const c = testClause('section', { uk: 'В' });
  const list = [a, b, c];

  it('inserts at a position, clamping past the end', () => {
    const x = testClause('subclause', { uk: 'Х' });
    expect(texts(insertClause(list, 1, x))).toEqual(['А', 'Х', 'Б', 'В']);
    expect(texts(insertClause(list, 99, x))).toEqual(['А', 'Б', 'В', 'Х']);
    expect(texts(insertClause(list, -5, x))).toEqual(['Х', 'А', 'Б', 'В']);
    expect(texts(list)).toEqual(['А', 'Б', 'В']);
  });

  it('moves a clause up and down without touching the input', () => {
    expect(texts(moveClause(list, 0, 2))).toEqual(['Б', 'В', 'А']);
    expect(texts(moveClause(list, 2, 0))).toEqual(['В', 'А', 'Б']);
    expect(texts(moveClause(list, 1, 5))).toEqual(['А', 'Б', 'В']);
    expect(moveClause(list, 1, 5)).not.toBe(list);
    expect(texts(list)).toEqual(['А', 'Б', 'В']);
  });

  it('deletes by id', () => {
    expect(texts(deleteClause(list, b.id))).toEqual(['А', 'В']);
    expect(deleteClause(list, 'nope')).toHaveLength(3);
  });

  it('changes the kind of one clause only', () => {
    const changed = setClauseKind(list, b.id, 'subclause');
    expect(changed.map((clause) => clause.kind)).toEqual(['section', 'subclause', 'section']);
    expect(changed[0]).toBe(a);
    expect(b.kind).toBe('section');
  });
});

describe('splitClause', () => {
  const original = testClause(
    'section',
    { uk: 'Сторони співпрацюють.  Кожна Сторона несе свої витрати.', en: 'The Parties cooperate. Each Party bears its own costs.' },
    { heading: { uk: 'Співпраця', en: 'Cooperation' }, libraryId: 'financing' },
  );
  const other = testClause('section', { uk: 'Інше', en: 'Other' });

  it('moves the text after the offset to a new clause right after, trimmed', () => {
    const offset = original.text.uk!.indexOf('  Кожна');
    const result = splitClause([original, other], original.id, 'uk', offset, Date.UTC(2026, 0, 1));
    expect(result).toHaveLength(3);
    const [first, second, third] = result;
    expect(first!.id).toBe(original.id);
    expect(first!.text.uk).toBe('Сторони співпрацюють.');
    expect(second!.text.uk).toBe('Кожна Сторона несе свої витрати.');
    expect(second!.kind).toBe('section');
    expect(third).toBe(other);
    expect(clauseSchema.safeParse(second).success).toBe(true);
  });

  it('keeps the other languages whole in the first clause and marks them behind in both', () => {
    const [first, second] = splitClause([original], original.id, 'uk', 21);
    expect(first!.text.en).toBe(original.text.en);
    expect(first!.status).toEqual({ uk: 'current', en: 'needsUpdate' });
    expect(second!.text.en).toBe('');
    expect(second!.status).toEqual({ uk: 'current', en: 'needsUpdate' });
  });

  it('keeps heading, comments and library link with the first clause', () => {
    const [first, second] = splitClause([original], original.id, 'uk', 21);
    expect(first!.heading).toEqual(original.heading);
    expect(first!.libraryId).toBe('financing');
    expect(second!.heading).toEqual({ uk: '', en: '' });
    expect(second!.libraryId).toBeNull();
  });

  it('at the end of the text adds an empty clause and marks nothing', () => {
    const [first, second] = splitClause([original], original.id, 'uk', 10_000);
    expect(first!.text).toEqual(original.text);
    expect(first!.status).toEqual(original.status);
    expect(second!.text).toEqual({ uk: '', en: '' });
    expect(second!.status).toEqual({ uk: 'current', en: 'current' });
  });

  it('leaves the input list and clause untouched', () => {
    const before = structuredClone(original);
    splitClause([original], original.id, 'uk', 21);
    expect(original).toEqual(before);
  });
});

describe('languages', () => {
  const filled = testClause('section', { uk: 'Текст', en: 'Text' });
  const empty = testClause('section', { uk: '', en: '' });

  it('adding a language gives every clause an empty text in it, behind where there is text to translate', () => {
    const [a, b] = addLanguage([filled, empty], 'fr');
    expect(a!.text).toEqual({ uk: 'Текст', en: 'Text', fr: '' });
    expect(a!.heading.fr).toBe('');
    expect(a!.status.fr).toBe('needsUpdate');
    expect(b!.status.fr).toBe('current');
  });

  it('adding a language a clause already has changes nothing', () => {
    const [a] = addLanguage([filled], 'en');
    expect(a).toBe(filled);
  });

  it('removing a language drops its text, heading and state', () => {
    const withFrench = addLanguage([filled], 'fr');
    const [a] = removeLanguage(withFrench, 'en');
    expect(a!.text).toEqual({ uk: 'Текст', fr: '' });
    expect(Object.keys(a!.status)).toEqual(['uk', 'fr']);
    expect('en' in a!.heading).toBe(false);
    expect(withFrench[0]!.text.en).toBe('Text');
  });
});
