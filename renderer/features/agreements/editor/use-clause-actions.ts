import { useEffect, useMemo, useRef } from 'react';
import type { Clause, ClauseComment, ClauseKind } from '#shared/domain/agreement';
import {
  deleteClause,
  insertClause,
  moveClause,
  newClause,
  setClauseKind,
  splitClause,
} from '#shared/agreements/clause-edits';
import { confirmTranslation, editClause } from '#shared/agreements/translation-status';

export type ClauseField = 'heading' | 'text';

/** Where the caret was last in a clause text: what "split at the cursor" splits at. */
export interface Caret {
  clauseId: string;
  lang: string;
  offset: number;
}

/** Everything a row can do; one stable object, so typing in one row redraws no other. */
export interface ClauseActions {
  /** A field got focus: later keystrokes in it are edits of the clause as it is now. */
  beginEdit(clauseId: string, lang: string, field: ClauseField): void;
  edit(clauseId: string, lang: string, field: ClauseField, value: string): void;
  endEdit(clauseId: string, lang: string, field: ClauseField): void;
  confirm(clauseId: string, lang: string): void;
  insertAt(index: number, kind: ClauseKind): string;
  insertClause(index: number, clause: Clause): void;
  split(clauseId: string, lang: string, offset: number): void;
  move(from: number, to: number): void;
  setKind(clauseId: string, kind: ClauseKind): void;
  remove(clauseId: string): void;
  setComments(clauseId: string, comments: ClauseComment[]): void;
  noteCaret(caret: Caret): void;
  caret(): Caret | null;
  flush(): void;
}

const replaceClause = (clauses: Clause[], clauseId: string, update: (clause: Clause) => Clause): Clause[] => {
  const index = clauses.findIndex((clause) => clause.id === clauseId);
  if (index < 0) return clauses;
  const updated = update(clauses[index]!);
  if (updated === clauses[index]) return clauses;
  const next = [...clauses];
  next[index] = updated;
  return next;
};

/**
 * The editor's actions over `change` (see useClauseAutosave). A keystroke is applied to the
 * clause as it was when its field was focused (editClause's rule), so catching up a language
 * that needs an update does not, on the second keystroke, count as a fresh edit.
 */
export function useClauseActions(
  change: (update: (current: Clause[]) => Clause[]) => void,
  languages: readonly string[],
  flush: () => Promise<boolean>,
): ClauseActions {
  const languagesRef = useRef(languages);
  const flushRef = useRef(flush);
  useEffect(() => {
    languagesRef.current = languages;
    flushRef.current = flush;
  }, [languages, flush]);
  const bases = useRef(new Map<string, Clause>());
  const caretRef = useRef<Caret | null>(null);
  const apply = change;

  const actions = useMemo<ClauseActions>(() => {
    const key = (clauseId: string, lang: string, field: ClauseField) => `${clauseId}\u0000${lang}\u0000${field}`;
    return {
      beginEdit(clauseId, lang, field) {
        // Reads the latest list through `change`; returning it unchanged changes nothing.
        apply((clauses) => {
          const clause = clauses.find((c) => c.id === clauseId);
          if (clause) bases.current.set(key(clauseId, lang, field), clause);
          return clauses;
        });
      },
      edit(clauseId, lang, field, value) {
        apply((clauses) =>
          replaceClause(clauses, clauseId, (clause) => {
            const base = bases.current.get(key(clauseId, lang, field)) ?? clause;
            const edited = editClause(base, lang, field, value, languagesRef.current);
            // Whatever else changed since the field was focused (comments, the other field) stays.
            return { ...clause, [field]: { ...clause[field], [lang]: value }, status: edited.status };
          }),
        );
      },
      endEdit(clauseId, lang, field) {
        bases.current.delete(key(clauseId, lang, field));
        void flushRef.current();
      },
      confirm(clauseId, lang) {
        apply((clauses) => replaceClause(clauses, clauseId, (clause) => confirmTranslation(clause, lang)));
      },
      insertAt(index, kind) {
        const clause = newClause(kind, languagesRef.current);
        apply((clauses) => insertClause(clauses, index, clause));
        return clause.id;
      },
      insertClause(index, clause) {
        apply((clauses) => insertClause(clauses, index, clause));
      },
      split(clauseId, lang, offset) {
        apply((clauses) => splitClause(clauses, clauseId, lang, offset));
      },
      move(from, to) {
        apply((clauses) => moveClause(clauses, from, to));
      },
      setKind(clauseId, kind) {
        apply((clauses) => setClauseKind(clauses, clauseId, kind));
      },
      remove(clauseId) {
        apply((clauses) => deleteClause(clauses, clauseId));
      },
      setComments(clauseId, comments) {
        apply((clauses) => replaceClause(clauses, clauseId, (clause) => ({ ...clause, comments })));
      },
      noteCaret(caret) {
        caretRef.current = caret;
      },
      caret: () => caretRef.current,
      flush() {
        void flushRef.current();
      },
    };
  }, [apply]);

  return actions;
}
