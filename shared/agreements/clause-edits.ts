import type { Clause, ClauseKind, TranslationState } from '../domain/agreement';
import { newRecordId } from '../domain/ids';

/**
 * Edits of an agreement's clause list. Every function returns a new array and leaves its input
 * untouched, so a store can keep the previous list for undo and React sees a new reference.
 */

function textsFor(languages: readonly string[], value: string): Record<string, string> {
  return Object.fromEntries(languages.map((lang) => [lang, value]));
}

function statesFor(languages: readonly string[], state: TranslationState): Record<string, TranslationState> {
  return Object.fromEntries(languages.map((lang) => [lang, state]));
}

/** An empty clause: every language '' and 'current'. `at` is the time the id is made from. */
export function newClause(kind: ClauseKind, languages: readonly string[], at: number = Date.now()): Clause {
  return {
    id: newRecordId(at),
    kind,
    heading: textsFor(languages, ''),
    text: textsFor(languages, ''),
    status: statesFor(languages, 'current'),
    libraryId: null,
    comments: [],
  };
}

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max);

/** Inserts `clause` before position `index` (clamped to the list, so a large index appends). */
export function insertClause(clauses: readonly Clause[], index: number, clause: Clause): Clause[] {
  const at = clamp(Math.trunc(index), 0, clauses.length);
  return [...clauses.slice(0, at), clause, ...clauses.slice(at)];
}

/** Moves the clause at `fromIndex` so that it ends up at `toIndex`; out-of-range moves change nothing. */
export function moveClause(clauses: readonly Clause[], fromIndex: number, toIndex: number): Clause[] {
  const result = [...clauses];
  if (fromIndex < 0 || fromIndex >= clauses.length || toIndex < 0 || toIndex >= clauses.length) return result;
  const [moved] = result.splice(fromIndex, 1);
  result.splice(toIndex, 0, moved!);
  return result;
}

export function deleteClause(clauses: readonly Clause[], clauseId: string): Clause[] {
  return clauses.filter((clause) => clause.id !== clauseId);
}

export function setClauseKind(clauses: readonly Clause[], clauseId: string, kind: ClauseKind): Clause[] {
  return clauses.map((clause) => (clause.id === clauseId && clause.kind !== kind ? { ...clause, kind } : clause));
}

/**
 * Splits a clause in two at `offset` (a UTF-16 index, as a textarea's selectionStart) of its
 * `lang` text: what follows moves to a new clause of the same kind inserted right after it.
 * Whitespace at the cut is trimmed on both sides. The other languages keep their whole text in
 * the first clause, which now says more than `lang` does, so they are marked 'needsUpdate' there
 * and in the new clause, where they start empty. Headings and comments stay with the first
 * clause. Splitting at the very end (nothing moves) just adds an empty clause after it.
 */
export function splitClause(
  clauses: readonly Clause[],
  clauseId: string,
  lang: string,
  offset: number,
  at: number = Date.now(),
): Clause[] {
  const index = clauses.findIndex((clause) => clause.id === clauseId);
  if (index < 0) return [...clauses];
  const original = clauses[index]!;
  const languages = Object.keys(original.status);
  if (!languages.includes(lang)) languages.push(lang);
  const full = original.text[lang] ?? '';
  const cut = clamp(Math.trunc(offset), 0, full.length);
  const before = full.slice(0, cut).trimEnd();
  const after = full.slice(cut).trimStart();

  const second = newClause(original.kind, languages, at);
  const first: Clause = { ...original, text: { ...original.text, [lang]: before } };
  if (after !== '') {
    second.text[lang] = after;
    const status = { ...original.status };
    for (const other of languages) {
      if (other === lang) continue;
      status[other] = 'needsUpdate';
      second.status[other] = 'needsUpdate';
    }
    first.status = status;
  }
  return [...clauses.slice(0, index), first, second, ...clauses.slice(index + 1)];
}

function hasAnyText(clause: Clause): boolean {
  return [...Object.values(clause.heading), ...Object.values(clause.text)].some((value) => value.trim() !== '');
}

/**
 * The agreement gained a language: every clause gets an empty heading and text in it, marked
 * 'needsUpdate' where the clause has something to translate. Clauses that already have the
 * language are left as they are.
 */
export function addLanguage(clauses: readonly Clause[], lang: string): Clause[] {
  return clauses.map((clause) => {
    if (lang in clause.status) return clause;
    return {
      ...clause,
      heading: { ...clause.heading, [lang]: clause.heading[lang] ?? '' },
      text: { ...clause.text, [lang]: clause.text[lang] ?? '' },
      status: { ...clause.status, [lang]: hasAnyText(clause) ? 'needsUpdate' : 'current' },
    };
  });
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** The agreement dropped a language: its heading, text and state go from every clause. */
export function removeLanguage(clauses: readonly Clause[], lang: string): Clause[] {
  return clauses.map((clause) => ({
    ...clause,
    heading: without(clause.heading, lang),
    text: without(clause.text, lang),
    status: without(clause.status, lang),
  }));
}
