import type { Clause } from '../domain/agreement';

/**
 * The printed number of each clause, in order: '' for a preamble, '1.', '2.'… for sections and
 * '1.1.', '1.2.'… for sub-clauses under the section before them. A sub-clause with no section
 * before it is numbered as a section of its own (the sub-clauses after it then go under it), so
 * a list that starts with sub-clauses still reads 1., 1.1., 1.2. rather than 0.1.
 */
export function numberClauses(clauses: readonly Pick<Clause, 'kind'>[]): string[] {
  let section = 0;
  let sub = 0;
  return clauses.map(({ kind }) => {
    if (kind === 'preamble') return '';
    if (kind === 'section' || section === 0) {
      section += 1;
      sub = 0;
      return `${section}.`;
    }
    sub += 1;
    return `${section}.${sub}.`;
  });
}
