import type { Clause } from '../domain/agreement';

/**
 * Which languages of a clause are behind. The rule, per clause:
 * - editing a language that is 'current' marks every other language of the agreement
 *   'needsUpdate' (the edited one stays current): the others now say something else;
 * - editing a language that is 'needsUpdate' is someone catching that translation up: it becomes
 *   'current' and the others are left as they are;
 * - confirming a language makes it 'current' without changing its text.
 *
 * A text field saves on every keystroke, so callers should apply an edit to the clause as it was
 * when the field was focused (with the latest value), not to the clause saved after the previous
 * keystroke: otherwise the second keystroke of a catch-up would already count as a fresh edit and
 * mark the other languages behind. `editClause(base, …)` depends only on `base` and the value, so
 * applying it again with each newer value gives the right result.
 */
export function editClause(
  clause: Clause,
  lang: string,
  field: 'heading' | 'text',
  value: string,
  languages: readonly string[],
): Clause {
  if ((clause[field][lang] ?? '') === value) return clause;
  const edited: Clause = { ...clause, [field]: { ...clause[field], [lang]: value } };
  const status = { ...clause.status };
  if ((clause.status[lang] ?? 'current') === 'current') {
    for (const other of languages) if (other !== lang) status[other] = 'needsUpdate';
  }
  status[lang] = 'current';
  edited.status = status;
  return edited;
}

/** Someone checked `lang` against the other languages and found it right. */
export function confirmTranslation(clause: Clause, lang: string): Clause {
  if (clause.status[lang] === 'current') return clause;
  return { ...clause, status: { ...clause.status, [lang]: 'current' } };
}

/** The agreement's languages whose text of this clause awaits an update, in column order. */
export function languagesNeedingUpdate(clause: Clause, languages: readonly string[]): string[] {
  return languages.filter((lang) => clause.status[lang] === 'needsUpdate');
}

export function isOutOfStep(clause: Clause, languages: readonly string[]): boolean {
  return languages.some((lang) => clause.status[lang] === 'needsUpdate');
}

/** How many clauses have at least one language awaiting an update. */
export function countOutOfStep(clauses: readonly Clause[], languages: readonly string[]): number {
  let count = 0;
  for (const clause of clauses) if (isOutOfStep(clause, languages)) count += 1;
  return count;
}
