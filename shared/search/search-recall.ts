import { SAME_NAME } from '../text/match-key.fixtures';
import { contactSearchProvider } from './contact-search-provider';
import { SearchIndex } from './search-index';
import { NO_CONTEXT } from './search-provider';
import { testContact, text } from './search-test-records';

/**
 * Recall@k of the search on labelled cross-script pairs (match-key.fixtures.ts SAME_NAME): the
 * first spelling of each name is indexed as a contact's family name (Cyrillic in the Ukrainian
 * field, Latin in the English one), every group together so similar names compete; each other
 * spelling is a query that must bring its name into the first k hits. Shared by the unit test and
 * `npm run bench`.
 */

export interface RecallResult {
  pairs: number;
  found: number;
  recall: number;
  misses: { indexed: string; query: string }[];
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

export function measureCrossScriptRecall(k = 10): RecallResult {
  const index = new SearchIndex();
  SAME_NAME.forEach(([first], group) => {
    const familyName = CYRILLIC.test(first!) ? text(first!) : text('', '', first!);
    index.add(contactSearchProvider.toDocument(testContact(`name-${group}`, { familyName }), NO_CONTEXT));
  });
  const misses: RecallResult['misses'] = [];
  let pairs = 0;
  SAME_NAME.forEach(([first, ...others], group) => {
    for (const query of others) {
      pairs++;
      const hits = index.search(query, { limit: k });
      if (!hits.some((hit) => hit.id === `name-${group}`)) misses.push({ indexed: first!, query });
    }
  });
  return { pairs, found: pairs - misses.length, recall: (pairs - misses.length) / pairs, misses };
}
