import { foldForMatch } from './fold';
import { matchKeys } from './match-key';

/**
 * The quick filter of a list: a row matches when its text contains the query (ignoring case
 * and accents), or when every word of the query is, across scripts, the start of one of the
 * row's words (Лисогор, Лысогор, Lysohor and LISOGOR find one another). Each row's text is
 * prepared once; each keystroke then costs two string searches per row.
 */
export function quickMatchText(spellings: readonly string[]): string {
  const text = spellings.filter(Boolean).join(' ');
  return `${foldForMatch(text)}\n ${matchKeys(text).join(' ')}`;
}

export function quickMatcher(query: string): ((prepared: string) => boolean) | null {
  const folded = foldForMatch(query.trim());
  if (!folded) return null;
  const keys = matchKeys(query).map((key) => ` ${key}`);
  return (prepared) => {
    const split = prepared.indexOf('\n');
    if (prepared.slice(0, split).includes(folded)) return true;
    if (keys.length === 0) return false;
    const wordKeys = prepared.slice(split + 1);
    return keys.every((key) => wordKeys.includes(key));
  };
}
