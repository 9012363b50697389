import type { ClauseCategory, ClauseKind, LibraryClause } from '../domain/agreement';
import type { LocalizedText } from '../domain/lang';

/** Building blocks of the seeded clause library files. */

export const texts = (uk: string, ru: string, en: string): LocalizedText => ({ uk, ru, en });

/** Paragraphs of a clause text, separated by blank lines as the editor keeps them. */
export const paragraphs = (...lines: string[]): string => lines.join('\n\n');

export function libraryEntry(
  id: string,
  category: ClauseCategory,
  kind: ClauseKind,
  heading: LocalizedText,
  text: LocalizedText,
): LibraryClause {
  return { id, category, kind, heading, text };
}
