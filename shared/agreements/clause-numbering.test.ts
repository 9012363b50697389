import { describe, expect, it } from 'vitest';
import type { ClauseKind } from '../domain/agreement';
import { numberClauses } from './clause-numbering';

const kinds = (...list: ClauseKind[]) => list.map((kind) => ({ kind }));

describe('numberClauses', () => {
  it('leaves preambles unnumbered and numbers sub-clauses under the section before them', () => {
    expect(
      numberClauses(kinds('preamble', 'section', 'section', 'subclause', 'subclause', 'section', 'subclause', 'preamble')),
    ).toEqual(['', '1.', '2.', '2.1.', '2.2.', '3.', '3.1.', '']);
  });

  it('restarts sub-clause numbers at every section', () => {
    expect(numberClauses(kinds('section', 'subclause', 'subclause', 'section', 'subclause'))).toEqual([
      '1.',
      '1.1.',
      '1.2.',
      '2.',
      '2.1.',
    ]);
  });

  it('treats a sub-clause with no section before it as a section', () => {
    expect(numberClauses(kinds('preamble', 'subclause', 'subclause', 'section', 'subclause'))).toEqual([
      '',
      '1.',
      '1.1.',
      '2.',
      '2.1.',
    ]);
  });

  it('keeps counting sub-clauses across a preamble between them', () => {
    expect(numberClauses(kinds('section', 'subclause', 'preamble', 'subclause'))).toEqual(['1.', '1.1.', '', '1.2.']);
  });

  it('returns nothing for no clauses', () => {
    expect(numberClauses([])).toEqual([]);
  });
});
