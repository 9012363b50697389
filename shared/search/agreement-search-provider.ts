import type { Agreement, AgreementInput, LanguageTexts } from '../domain/agreement';
import { htmlToPlainText } from './html-text';
import { lookUpAll, present, type RecordSearchContext, type SearchDocumentProvider } from './search-provider';

/** `{{party.A.name}}` and the like: markup for values found through other fields, not words of the text. */
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

/**
 * Most characters of clause text one document takes. A 30-clause trilingual memorandum holds well
 * under 100 000; the rest of a far longer text is left out rather than making one agreement cost
 * as much as thousands of contacts (its title, parties and notes are always kept).
 */
export const CLAUSE_TEXT_BUDGET = 250_000;

/** The texts in the agreement's languages, in column order; texts kept for a removed language are stale. */
const inLanguages = (texts: LanguageTexts, languages: readonly string[]): string[] => present(languages.map((lang) => texts[lang]));

/** The agreement's title in each of its languages, in column order. */
export function agreementTitleSpellings(agreement: Pick<AgreementInput, 'title' | 'languages'>): string[] {
  return [...new Set(inLanguages(agreement.title, agreement.languages).map((title) => title.trim()))];
}

/** Headings and texts of the clauses, clause by clause, without placeholders, up to CLAUSE_TEXT_BUDGET characters. */
export function clauseSearchTexts(agreement: Pick<AgreementInput, 'clauses' | 'languages'>): string[] {
  const texts: string[] = [];
  let room = CLAUSE_TEXT_BUDGET;
  for (const clause of agreement.clauses) {
    for (const text of [...inLanguages(clause.heading, agreement.languages), ...inLanguages(clause.text, agreement.languages)]) {
      const words = text.replace(PLACEHOLDER, ' ').replace(/\s+/g, ' ').trim();
      if (!words) continue;
      if (words.length >= room) {
        texts.push(words.slice(0, room));
        return texts;
      }
      texts.push(words);
      room -= words.length;
    }
  }
  return texts;
}

/**
 * An agreement is found by its title in any of its languages, by its parties (every spelling of
 * their organizations and the names typed into the agreement), by its signatories' names and
 * positions, by the place of signing, and by the words of its clauses and notes.
 */
export const agreementSearchProvider: SearchDocumentProvider<Agreement, RecordSearchContext> = {
  type: 'agreement',
  toDocument(agreement, context) {
    const { languages, parties } = agreement;
    const signatories = parties.flatMap((party) => party.signatories);
    return {
      type: 'agreement',
      id: agreement.id,
      fields: {
        names: agreementTitleSpellings(agreement),
        people: [
          ...lookUpAll(
            signatories.flatMap((signatory) => (signatory.contactId === null ? [] : [signatory.contactId])),
            (id) => context.personNames(id),
          ),
          ...signatories.flatMap((signatory) => inLanguages(signatory.name, languages)),
        ],
        positions: signatories.flatMap((signatory) => inLanguages(signatory.position, languages)),
        organization: [
          ...lookUpAll(
            parties.flatMap((party) => (party.organizationId === null ? [] : [party.organizationId])),
            (id) => context.organizationNames(id),
          ),
          ...parties.flatMap((party) => inLanguages(party.name, languages)),
        ],
        places: inLanguages(agreement.signingPlace, languages),
        notes: [...clauseSearchTexts(agreement), ...present([htmlToPlainText(agreement.notes)])],
      },
    };
  },
};
