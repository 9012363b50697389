import { expect, it } from 'vitest';
import { measureCrossScriptRecall } from './search-recall';

it('finds a name by its other spellings: recall@10 ≥ 0.98 on 200+ labelled pairs', () => {
  const result = measureCrossScriptRecall(10);
  console.info(
    `search recall@10: ${result.found}/${result.pairs} (${(100 * result.recall).toFixed(2)}%)` +
      result.misses.map(({ indexed, query }) => `\n  missed ${indexed} ← ${query}`).join(''),
  );
  expect(result.pairs).toBeGreaterThanOrEqual(200);
  expect(result.recall).toBeGreaterThanOrEqual(0.98);
});
