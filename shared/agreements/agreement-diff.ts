import { diffWords } from 'diff';
import type { AgreementContent, Clause } from '../domain/agreement';
import { numberClauses } from './clause-numbering';

/**
 * Two versions of an agreement compared clause by clause and language by language, with
 * word-level changes from jsdiff's diffWords. Words are split with Intl.Segmenter in each
 * column's language, so Cyrillic words count as words (jsdiff's own splitting knows only Latin
 * letters and would compare Ukrainian text letter by letter). Changes of whitespace alone are
 * not changes.
 */

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface ClauseComparison {
  clauseId: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  /** '' where the clause is not in that version, or is a preamble. */
  numberOlder: string;
  numberNewer: string;
  heading: Record<string, DiffPart[]>;
  text: Record<string, DiffPart[]>;
  /** Languages whose heading or text differ, in the comparison's language order. */
  changedLanguages: string[];
}

export interface ContentComparison {
  /** Both versions' languages: the newer's in its order, then any only the older had. */
  languages: string[];
  title: Record<string, DiffPart[]>;
  /** In the newer version's order; a removed clause follows the clause it followed in the older. */
  clauses: ClauseComparison[];
  /** How many clauses were added, removed or changed (a clause that only moved is unchanged). */
  changedCount: number;
}

const segmenters = new Map<string, Intl.Segmenter | undefined>();

function segmenterFor(lang: string): Intl.Segmenter | undefined {
  if (!segmenters.has(lang)) {
    let segmenter: Intl.Segmenter | undefined;
    try {
      segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(lang, { granularity: 'word' }) : undefined;
    } catch {
      segmenter = undefined;
    }
    segmenters.set(lang, segmenter);
  }
  return segmenters.get(lang);
}

/** Word-level parts turning `older` into `newer`; [] when both are empty. */
export function diffText(older: string, newer: string, lang: string): DiffPart[] {
  if (older === newer) return older === '' ? [] : [{ value: newer, added: false, removed: false }];
  if (older === '') return [{ value: newer, added: true, removed: false }];
  if (newer === '') return [{ value: older, added: false, removed: true }];
  const segmenter = segmenterFor(lang);
  const changes = diffWords(older, newer, segmenter ? { intlSegmenter: segmenter } : {});
  return changes.map(({ value, added, removed }) => ({ value, added, removed }));
}

const isChanged = (parts: readonly DiffPart[]): boolean => parts.some((part) => part.added || part.removed);

function unionLanguages(older: readonly string[], newer: readonly string[]): string[] {
  return [...new Set([...newer, ...older])];
}

/** Removed clauses slotted in after their predecessor in the older version. */
function mergedOrder(older: readonly Clause[], newer: readonly Clause[]): string[] {
  const newerIds = new Set(newer.map((clause) => clause.id));
  const order = newer.map((clause) => clause.id);
  older.forEach((clause, index) => {
    if (newerIds.has(clause.id)) return;
    const predecessor = index === 0 ? undefined : older[index - 1]!.id;
    const at = predecessor === undefined ? 0 : order.indexOf(predecessor) + 1;
    order.splice(at, 0, clause.id);
  });
  return order;
}

function compareClause(
  id: string,
  before: Clause | undefined,
  after: Clause | undefined,
  languages: readonly string[],
): Omit<ClauseComparison, 'numberOlder' | 'numberNewer'> {
  const heading: Record<string, DiffPart[]> = {};
  const text: Record<string, DiffPart[]> = {};
  const changedLanguages: string[] = [];
  for (const lang of languages) {
    heading[lang] = diffText(before?.heading[lang] ?? '', after?.heading[lang] ?? '', lang);
    text[lang] = diffText(before?.text[lang] ?? '', after?.text[lang] ?? '', lang);
    if (isChanged(heading[lang]!) || isChanged(text[lang]!)) changedLanguages.push(lang);
  }
  let change: ClauseComparison['change'];
  if (!before) change = 'added';
  else if (!after) change = 'removed';
  else change = changedLanguages.length > 0 || before.kind !== after.kind ? 'changed' : 'unchanged';
  return { clauseId: id, change, heading, text, changedLanguages };
}

export function compareContents(older: AgreementContent, newer: AgreementContent): ContentComparison {
  const languages = unionLanguages(older.languages, newer.languages);
  const title: Record<string, DiffPart[]> = {};
  for (const lang of languages) title[lang] = diffText(older.title[lang] ?? '', newer.title[lang] ?? '', lang);

  const olderById = new Map(older.clauses.map((clause) => [clause.id, clause]));
  const newerById = new Map(newer.clauses.map((clause) => [clause.id, clause]));
  const olderNumbers = new Map(numberClauses(older.clauses).map((n, i) => [older.clauses[i]!.id, n]));
  const newerNumbers = new Map(numberClauses(newer.clauses).map((n, i) => [newer.clauses[i]!.id, n]));

  const clauses = mergedOrder(older.clauses, newer.clauses).map((id) => ({
    ...compareClause(id, olderById.get(id), newerById.get(id), languages),
    numberOlder: olderNumbers.get(id) ?? '',
    numberNewer: newerNumbers.get(id) ?? '',
  }));
  return { languages, title, clauses, changedCount: clauses.filter((c) => c.change !== 'unchanged').length };
}
