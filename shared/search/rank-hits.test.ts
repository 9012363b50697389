import { describe, expect, it } from 'vitest';
import { rankHits, tierScore, tieBreak, TIE_RANGE } from './rank-hits';
import { SEARCH_FIELDS, type SearchHit } from './search-document';

const hit = (id: string, score: number, wrongLayout = false): SearchHit => ({
  type: 'contact',
  id,
  score,
  match: 'exact',
  field: 'names',
  wrongLayout,
});

describe('tierScore', () => {
  it('orders by match kind, then field, then layout', () => {
    const order = [
      tierScore('exact', 'names', false),
      tierScore('exact', 'names', true),
      tierScore('exact', 'positions', false),
      tierScore('exact', 'notes', true),
      tierScore('prefix', 'names', false),
      tierScore('crossScript', 'names', false),
      tierScore('fuzzy', 'names', false),
      tierScore('fuzzy', 'notes', false),
    ];
    expect([...order].sort((a, b) => b - a)).toEqual(order);
  });

  it('lets the kind of match outrank the field: the weakest field of a kind above the strongest of the next', () => {
    for (const [stronger, weaker] of [['exact', 'prefix'], ['prefix', 'crossScript'], ['crossScript', 'fuzzy']] as const) {
      const lowest = tierScore(stronger, SEARCH_FIELDS[SEARCH_FIELDS.length - 1]!, true);
      expect(lowest).toBeGreaterThan(tierScore(weaker, SEARCH_FIELDS[0], false) + TIE_RANGE);
    }
  });

  it('keeps closeness inside a tier', () => {
    const gap = tierScore('exact', 'names', false) - tierScore('exact', 'names', true);
    expect(tieBreak(0, true)).toBeLessThan(gap);
    expect(tieBreak(1)).toBeLessThan(tieBreak(0));
    expect(tieBreak(1, true)).toBeGreaterThan(tieBreak(0, false));
  });
});

describe('rankHits', () => {
  it('keeps the best hit of each document, ranked, up to the limit', () => {
    const ranked = rankHits([hit('a', 10, true), hit('b', 20), hit('a', 30), hit('c', 5)], 2);
    expect(ranked.map((h) => [h.id, h.score])).toEqual([
      ['a', 30],
      ['b', 20],
    ]);
  });

  it('breaks equal scores by id, so results stay put between keystrokes', () => {
    expect(rankHits([hit('b', 1), hit('a', 1)], 5).map((h) => h.id)).toEqual(['a', 'b']);
  });
});
