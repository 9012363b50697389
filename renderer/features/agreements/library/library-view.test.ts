import { describe, expect, it } from 'vitest';
import { CLAUSE_CATEGORIES, type LibraryClause } from '#shared/domain/agreement';
import { SEEDED_LIBRARY } from '#shared/agreements/clause-library';
import type { LibraryEntry } from '../../../data/clause-library-repository';
import { libraryGroups, libraryNames, matchesWords, queryWords } from './library-view';

const entry = (clause: LibraryClause, origin: LibraryEntry['origin'] = 'builtIn'): LibraryEntry => ({ clause, origin });
const own = entry(
  {
    id: '01J00000000000000000000000',
    category: 'areas',
    kind: 'subclause',
    heading: { uk: 'Велосипедна інфраструктура', ru: '', en: 'Cycling' },
    text: { uk: 'Сторони обмінюються досвідом будівництва велодоріжок.', ru: '', en: 'Cycle lanes and bike sharing.' },
  },
  'own',
);

describe('library view', () => {
  it('groups every seeded clause under its category, in the categories’ order', () => {
    const groups = libraryGroups(SEEDED_LIBRARY.map((c) => entry(c)), '');
    expect(groups.map((g) => g.category)).toEqual(CLAUSE_CATEGORIES.filter((c) => SEEDED_LIBRARY.some((s) => s.category === c)));
    expect(groups.flatMap((g) => g.entries)).toHaveLength(SEEDED_LIBRARY.length);
  });

  it('finds a clause by words of any language, case and apostrophes aside, all words required', () => {
    expect(matchesWords(own, queryWords('ВЕЛОДОРІЖОК'))).toBe(true);
    expect(matchesWords(own, queryWords('bike  lanes'))).toBe(true);
    expect(matchesWords(own, queryWords('bike trains'))).toBe(false);
    expect(matchesWords(own, queryWords('   '))).toBe(true);
    const groups = libraryGroups([...SEEDED_LIBRARY.map((c) => entry(c)), own], 'велодоріжок');
    expect(groups).toEqual([{ category: 'areas', entries: [own] }]);
  });

  it('names clauses by heading, and headless ones by the first paragraph the others do not share', () => {
    const entries = SEEDED_LIBRARY.map((c) => entry(c));
    const preambles = SEEDED_LIBRARY.filter((c) => c.category === 'preamble' && c.heading.en === '');
    expect(preambles.length).toBeGreaterThan(1);
    const names = libraryNames(entries, 'en');
    const preambleNames = preambles.map((c) => names.get(c.id)!);
    expect(new Set(preambleNames).size).toBe(preambles.length);
    for (const name of preambleNames) {
      expect(name).not.toContain('{{party.A.name}}');
      expect(name.length).toBeLessThanOrEqual(81);
    }
    const financing = SEEDED_LIBRARY.find((c) => c.category === 'financing')!;
    expect(names.get(financing.id)).toBe(financing.heading.en);
    expect(libraryNames([own], 'uk').get(own.clause.id)).toBe('Велосипедна інфраструктура');
  });
});
