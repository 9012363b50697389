import type { ClauseComparison, ContentComparison, DiffPart } from '#shared/agreements/agreement-diff';

export const isChangedParts = (parts: readonly DiffPart[] | undefined): boolean => (parts ?? []).some((part) => part.added || part.removed);

/** Whether the title differs in any language. */
export function titleChanged(comparison: ContentComparison): boolean {
  return comparison.languages.some((lang) => isChangedParts(comparison.title[lang]));
}

/** The clause rows to show: all of them, or only those added, removed or changed. */
export function visibleClauses(comparison: ContentComparison, onlyChanged: boolean): ClauseComparison[] {
  return onlyChanged ? comparison.clauses.filter((clause) => clause.change !== 'unchanged') : comparison.clauses;
}

/**
 * A row's number: the newer one (the older for a removed clause), '' for a preamble, and the
 * older number too when the clause was renumbered.
 */
export function clauseNumbers(clause: Pick<ClauseComparison, 'change' | 'numberOlder' | 'numberNewer'>): { number: string; renumberedFrom: string | null } {
  if (clause.change === 'removed') return { number: clause.numberOlder, renumberedFrom: null };
  if (clause.change === 'added') return { number: clause.numberNewer, renumberedFrom: null };
  return { number: clause.numberNewer, renumberedFrom: clause.numberOlder !== clause.numberNewer ? clause.numberOlder : null };
}

export const CHANGE_COLOR: Readonly<Record<ClauseComparison['change'], string>> = {
  added: 'green',
  removed: 'red',
  changed: 'orange',
  unchanged: 'gray',
};
