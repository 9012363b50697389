import { describe, expect, it } from 'vitest';
import { CLAUSE_CATEGORIES, clauseSchema, type LibraryClause } from '../domain/agreement';
import { UI_LANGUAGES } from '../domain/lang';
import {
  clauseFromLibrary,
  libraryClauseIn,
  libraryClauseInputSchema,
  libraryClauseLabel,
  mergeLibrary,
  SEEDED_LIBRARY,
  SEEDED_LIBRARY_IDS,
} from './clause-library';
import { findPlaceholders, isKnownPlaceholder } from './placeholders';

const byId = (id: string) => SEEDED_LIBRARY.find((clause) => clause.id === id)!;

describe('seeded library', () => {
  it('has unique, readable, stable ids', () => {
    expect(SEEDED_LIBRARY_IDS.size).toBe(SEEDED_LIBRARY.length);
    for (const { id } of SEEDED_LIBRARY) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('covers every category', () => {
    const categories = new Set(SEEDED_LIBRARY.map((clause) => clause.category));
    for (const category of CLAUSE_CATEGORIES) expect(categories, category).toContain(category);
  });

  it('has each of the ten areas of cooperation as a sub-clause', () => {
    const areas = SEEDED_LIBRARY.filter((clause) => clause.category === 'areas' && clause.kind === 'subclause');
    expect(areas.map((clause) => clause.id).sort()).toEqual(
      [
        'area-business-jobs',
        'area-civil-society',
        'area-culture-youth',
        'area-cybersecurity',
        'area-energy-efficiency',
        'area-experience-exchange',
        'area-green-energy',
        'area-it',
        'area-reconstruction',
        'area-sme',
      ].sort(),
    );
  });

  it.each(SEEDED_LIBRARY.map((clause) => [clause.id, clause] as const))('%s passes the editor’s schema in all three languages', (_id, clause) => {
    expect(libraryClauseInputSchema.safeParse(clause).success).toBe(true);
    for (const lang of UI_LANGUAGES) {
      expect(clause.text[lang].trim(), lang).not.toBe('');
      // Headings are all filled or all empty, never in one language only.
      expect(clause.heading[lang].trim() === '', lang).toBe(clause.heading.uk.trim() === '');
    }
  });

  it('uses only placeholders that resolve, the same ones in every language', () => {
    for (const clause of SEEDED_LIBRARY) {
      const perLanguage = UI_LANGUAGES.map((lang) => findPlaceholders(clause.text[lang]).sort());
      for (const path of perLanguage[0]!) expect(isKnownPlaceholder(path), `${clause.id}: ${path}`).toBe(true);
      expect(perLanguage[1], clause.id).toEqual(perLanguage[0]);
      expect(perLanguage[2], clause.id).toEqual(perLanguage[0]);
    }
  });

  it('writes the clauses the brief asks for', () => {
    expect(byId('purpose-twinning').text.uk).toContain('побратимські зв’язки');
    expect(byId('financing').text.en).toContain('Each Party shall bear its own costs');
    expect(byId('duration-memorandum').text.uk).toMatch(/п’ять років[\s\S]*три місяці/);
    expect(byId('amendments-memorandum').text.en).toMatch(/in writing by mutual consent[\s\S]*additional agreements[\s\S]*integral part/);
    expect(byId('languages-memorandum').text.en).toContain('equally authentic');
    expect(byId('entry-into-force-memorandum').text.ru).toContain('со дня его подписания');
    expect(byId('preamble-cooperation').text.uk).toContain('{{party.A.name}}');
  });
});

describe('libraryClauseInputSchema', () => {
  const input = { category: 'areas', kind: 'subclause', heading: { uk: '', ru: '', en: '' }, text: { uk: '', ru: '', en: 'Tourism.' } };

  it('accepts a clause written in one language only', () => {
    expect(libraryClauseInputSchema.safeParse(input).success).toBe(true);
  });

  it('asks for text in at least one language', () => {
    const result = libraryClauseInputSchema.safeParse({ ...input, text: { uk: ' ', ru: '', en: '' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['text.uk', 'textRequired']]);
  });

  it('rejects an unknown category and over-long headings', () => {
    expect(libraryClauseInputSchema.safeParse({ ...input, category: 'weather' }).success).toBe(false);
    expect(libraryClauseInputSchema.safeParse({ ...input, heading: { uk: 'х'.repeat(201), ru: '', en: '' } }).success).toBe(false);
  });
});

describe('mergeLibrary', () => {
  const own: LibraryClause = {
    id: '01J0000000000000000000000A',
    category: 'areas',
    kind: 'subclause',
    heading: { uk: 'Туризм', ru: '', en: '' },
    text: { uk: 'Розвиток туризму.', ru: '', en: '' },
  };

  it('gives the seeded clauses as the user edited them, then the user’s own', () => {
    const edited = { ...byId('financing'), text: { ...byId('financing').text, uk: 'Кожна Сторона несе власні витрати.' } };
    const merged = mergeLibrary([own, edited]);
    expect(merged).toHaveLength(SEEDED_LIBRARY.length + 1);
    expect(merged.find((clause) => clause.id === 'financing')!.text.uk).toBe('Кожна Сторона несе власні витрати.');
    expect(merged.at(-1)).toBe(own);
    expect(merged.slice(0, SEEDED_LIBRARY.length).map((clause) => clause.id)).toEqual(SEEDED_LIBRARY.map((clause) => clause.id));
  });

  it('gives the seed alone when nothing is stored', () => {
    expect(mergeLibrary([])).toEqual(SEEDED_LIBRARY);
  });
});

describe('using a library clause', () => {
  const own: LibraryClause = {
    id: '01J0000000000000000000000B',
    category: 'areas',
    kind: 'subclause',
    heading: { uk: '', ru: '', en: '' },
    text: { uk: 'Розвиток туризму.', ru: '', en: '' },
  };

  it('gives the exact text of a language, empty for languages the library has no text in', () => {
    expect(libraryClauseIn(byId('financing'), 'ru').heading).toBe('Финансирование');
    expect(libraryClauseIn(byId('financing'), 'fr')).toEqual({ heading: '', text: '' });
    expect(libraryClauseIn(own, 'en').text).toBe('');
    expect(libraryClauseLabel(own, 'en').text).toBe('Розвиток туризму.');
  });

  it('copies into an agreement clause, behind where the library has no text', () => {
    const clause = clauseFromLibrary(byId('financing'), ['uk', 'fr', 'en'], Date.UTC(2026, 0, 1));
    expect(clauseSchema.safeParse(clause).success).toBe(true);
    expect(clause.libraryId).toBe('financing');
    expect(clause.kind).toBe('section');
    expect(clause.text.en).toBe(byId('financing').text.en);
    expect(clause.text.fr).toBe('');
    expect(clause.status).toEqual({ uk: 'current', fr: 'needsUpdate', en: 'current' });
    expect(clauseFromLibrary(own, ['uk', 'en']).status).toEqual({ uk: 'current', en: 'needsUpdate' });
  });
});
