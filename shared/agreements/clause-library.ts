import { z } from 'zod';
import {
  CLAUSE_CATEGORIES,
  CLAUSE_KINDS,
  MAX_CLAUSE_TEXT,
  type Clause,
  type LibraryClause,
  type TranslationState,
} from '../domain/agreement';
import { shortText } from '../domain/fields';
import { newRecordId } from '../domain/ids';
import { isUiLanguage, pickLocalized, UI_LANGUAGES, type UiLanguage } from '../domain/lang';
import {
  AMENDMENTS,
  CONFIDENTIALITY,
  COORDINATION,
  DISPUTES,
  DURATION,
  ENTRY_INTO_FORCE,
  FINANCING,
  LANGUAGES,
  SIGNATURES,
} from './seed-library-closing';
import { AREAS, FORMS, PREAMBLES, PURPOSES } from './seed-library-opening';

/**
 * The clause library: reusable clauses in uk / ru / en. The seeded ones (texts in
 * seed-library-*.ts) have readable ids that never change, so agreements keep pointing at them
 * through `libraryId` when the user rewords one; clauses the user adds get ULIDs.
 */
export const SEEDED_LIBRARY: readonly LibraryClause[] = [
  ...PREAMBLES,
  ...PURPOSES,
  ...AREAS,
  ...FORMS,
  ...COORDINATION,
  ...FINANCING,
  ...CONFIDENTIALITY,
  ...DISPUTES,
  ...ENTRY_INTO_FORCE,
  ...DURATION,
  ...AMENDMENTS,
  ...LANGUAGES,
  ...SIGNATURES,
];

export const SEEDED_LIBRARY_IDS: ReadonlySet<string> = new Set(SEEDED_LIBRARY.map((clause) => clause.id));

const clauseText = z.string().max(MAX_CLAUSE_TEXT, { error: 'tooLong' });

/** A library clause as the library editor saves it: text in at least one language. */
export const libraryClauseInputSchema = z
  .object({
    category: z.enum(CLAUSE_CATEGORIES, { error: 'kind' }),
    kind: z.enum(CLAUSE_KINDS, { error: 'kind' }),
    heading: z.object({ uk: shortText, ru: shortText, en: shortText }),
    text: z.object({ uk: clauseText, ru: clauseText, en: clauseText }),
  })
  .refine((clause) => UI_LANGUAGES.some((lang) => clause.text[lang].trim() !== ''), {
    error: 'textRequired',
    path: ['text', 'uk'],
  });
export type LibraryClauseInput = z.infer<typeof libraryClauseInputSchema>;

/** The library: the seeded clauses as the user edited them, then the user's own, in stored order. */
export function mergeLibrary(stored: readonly LibraryClause[]): LibraryClause[] {
  const byId = new Map(stored.map((clause) => [clause.id, clause]));
  const seeded = SEEDED_LIBRARY.map((clause) => byId.get(clause.id) ?? clause);
  const own = stored.filter((clause) => !SEEDED_LIBRARY_IDS.has(clause.id));
  return [...seeded, ...own];
}

/** The clause's heading and text in `lang` exactly ('' for a language the library does not hold). */
export function libraryClauseIn(clause: LibraryClause, lang: string): { heading: string; text: string } {
  if (!isUiLanguage(lang)) return { heading: '', text: '' };
  return { heading: clause.heading[lang], text: clause.text[lang] };
}

/** For lists in the UI language: falls back to another language where this one is empty. */
export function libraryClauseLabel(clause: LibraryClause, uiLang: UiLanguage): { heading: string; text: string } {
  return { heading: pickLocalized(clause.heading, uiLang), text: pickLocalized(clause.text, uiLang) };
}

/**
 * A new agreement clause copied from the library for an agreement in `languages`. Languages the
 * library clause has no text in (fr, pl, de…, or one the user left empty) start empty and
 * 'needsUpdate'; the others are 'current'.
 */
export function clauseFromLibrary(source: LibraryClause, languages: readonly string[], at: number = Date.now()): Clause {
  const heading: Record<string, string> = {};
  const text: Record<string, string> = {};
  const status: Record<string, TranslationState> = {};
  for (const lang of languages) {
    const own = libraryClauseIn(source, lang);
    heading[lang] = own.heading;
    text[lang] = own.text;
    status[lang] = own.text.trim() === '' ? 'needsUpdate' : 'current';
  }
  return { id: newRecordId(at), kind: source.kind, heading, text, status, libraryId: source.id, comments: [] };
}
