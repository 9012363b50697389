import type { DuplicateDecision, ImportDecisions } from '#shared/import/import-plan';
import type { ImportPreview } from '../../import/import-protocol';

export const DUPLICATE_DECISIONS: readonly DuplicateDecision[] = ['merge', 'keepBoth', 'skip'];

/**
 * What the user chose for the probable duplicates: one choice for all (Merge until they say
 * otherwise) and the rows where they chose differently.
 */
export interface DecisionState {
  all: DuplicateDecision;
  byRow: Readonly<Record<number, DuplicateDecision>>;
}

export const INITIAL_DECISIONS: DecisionState = { all: 'merge', byRow: {} };

export function decisionFor(state: DecisionState, row: number): DuplicateDecision {
  return state.byRow[row] ?? state.all;
}

export function chooseForRow(state: DecisionState, row: number, decision: DuplicateDecision): DecisionState {
  return { ...state, byRow: { ...state.byRow, [row]: decision } };
}

/** "For all": overrides every choice made row by row, as the button says. */
export function chooseForAll(decision: DuplicateDecision): DecisionState {
  return { all: decision, byRow: {} };
}

export function toImportDecisions(state: DecisionState, eventId: string | null): ImportDecisions {
  return { all: state.all, byRow: { ...state.byRow }, eventId };
}

/** Whether applying would write anything: not when the file only has duplicates, all skipped. */
export function writesSomething(preview: ImportPreview, state: DecisionState): boolean {
  if (preview.newContacts.length > 0 || preview.meetings.length > 0) return true;
  return preview.duplicates.some((duplicate) => decisionFor(state, duplicate.row) !== 'skip');
}
