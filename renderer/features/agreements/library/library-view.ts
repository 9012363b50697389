import { CLAUSE_CATEGORIES, type ClauseCategory } from '#shared/domain/agreement';
import { UI_LANGUAGES, type UiLanguage } from '#shared/domain/lang';
import { libraryClauseLabel } from '#shared/agreements/clause-library';
import { foldForMatch } from '#shared/text/fold';
import type { LibraryEntry } from '../../../data/clause-library-repository';

/** The folded words of a search box; empty when it holds only spaces. */
export function queryWords(query: string): string[] {
  return foldForMatch(query).split(/\s+/).filter(Boolean);
}

/** Every word of the query somewhere in the clause's heading or text, in any of its languages. */
export function matchesWords(entry: LibraryEntry, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const { heading, text } = entry.clause;
  const haystack = foldForMatch(UI_LANGUAGES.flatMap((lang) => [heading[lang], text[lang]]).join('\n'));
  return words.every((word) => haystack.includes(word));
}

export interface LibraryGroup {
  category: ClauseCategory;
  entries: LibraryEntry[];
}

/** The entries matching the query, grouped by category in the order a memorandum uses them; empty groups left out. */
export function libraryGroups(entries: readonly LibraryEntry[], query: string): LibraryGroup[] {
  const words = queryWords(query);
  const byCategory = new Map<ClauseCategory, LibraryEntry[]>();
  for (const entry of entries) {
    if (!matchesWords(entry, words)) continue;
    const group = byCategory.get(entry.clause.category) ?? [];
    group.push(entry);
    byCategory.set(entry.clause.category, group);
  }
  return CLAUSE_CATEGORIES.flatMap((category) => {
    const group = byCategory.get(category);
    return group ? [{ category, entries: group }] : [];
  });
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/** The start of a paragraph, cut at a word boundary, for a name in a list. */
function lead(paragraph: string, max = 80): string {
  const flat = paragraph.replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:\s]+$/, '')}…`;
}

/**
 * What each clause is called in the list and in its buttons' names: its heading in the UI
 * language, or, for one without a heading (a preamble), the start of the first paragraph of its
 * text that the other headless clauses of its category do not share. Three preambles that open
 * with the same parties paragraph are thus told apart by what follows it. '' when there is no text.
 */
export function libraryNames(entries: readonly LibraryEntry[], lang: UiLanguage): Map<string, string> {
  const names = new Map<string, string>();
  const headless: LibraryEntry[] = [];
  for (const entry of entries) {
    const { heading } = libraryClauseLabel(entry.clause, lang);
    if (heading) names.set(entry.clause.id, heading);
    else headless.push(entry);
  }
  const paragraphs = new Map(headless.map((entry) => [entry.clause.id, paragraphsOf(libraryClauseLabel(entry.clause, lang).text)]));
  for (const entry of headless) {
    const own = paragraphs.get(entry.clause.id)!;
    const shared = new Set(
      headless.filter((other) => other !== entry && other.clause.category === entry.clause.category).flatMap((other) => paragraphs.get(other.clause.id)!),
    );
    const distinctive = own.find((paragraph) => !shared.has(paragraph)) ?? own[0] ?? '';
    names.set(entry.clause.id, distinctive ? lead(distinctive) : '');
  }
  return names;
}
