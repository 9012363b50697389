import type {
  AgreementContent,
  AgreementDocument,
  AgreementDocumentLabels,
  AgreementDocumentParty,
  AgreementDocumentRow,
  LanguageTexts,
} from '../domain/agreement';
import { numberClauses } from './clause-numbering';
import { agreementKindNameIn, documentLabelsIn } from './document-labels';
import { partyNameIn, placeAndDateIn, signatoryNameIn, signatoryPositionIn } from './party-values';
import { partyLabel, resolvedPlainText, resolveText, type PlaceholderContext } from './placeholders';

/** A value missing in a language stays visible in the document as `[party.A.name]`. */
export const bracketMissing = (placeholder: string): string => `[${placeholder}]`;

function perLanguage(languages: readonly string[], build: (lang: string) => string): LanguageTexts {
  return Object.fromEntries(languages.map((lang) => [lang, build(lang)]));
}

/**
 * The agreement laid out for output: clause numbers assigned, every placeholder resolved in each
 * language, parties and their signatories named in each language, place and date written out,
 * and the fixed words of each column's language. A value missing in a language is written as
 * `onMissing(placeholder, lang)` says, by default `[placeholder]`; the signature block uses the
 * same placeholder paths (`party.A.name`, `party.A.signatory.position`…) for its gaps.
 */
export function buildAgreementDocument(
  content: AgreementContent,
  context: Omit<PlaceholderContext, 'agreement'>,
  onMissing: (placeholder: string, lang: string) => string = bracketMissing,
): AgreementDocument {
  const full: PlaceholderContext = { ...context, agreement: content };
  const { languages } = content;
  const resolve = (text: string | undefined, lang: string): string =>
    resolvedPlainText(resolveText(text ?? '', lang, full), (placeholder) => onMissing(placeholder, lang));
  const orMissing = (value: string, placeholder: string, lang: string): string => value || onMissing(placeholder, lang);

  const numbers = numberClauses(content.clauses);
  const rows: AgreementDocumentRow[] = content.clauses.map((clause, index) => ({
    clauseId: clause.id,
    kind: clause.kind,
    number: numbers[index]!,
    heading: perLanguage(languages, (lang) => resolve(clause.heading[lang], lang)),
    text: perLanguage(languages, (lang) => resolve(clause.text[lang], lang)),
  }));

  const parties: AgreementDocumentParty[] = content.parties.map((party, index) => {
    const label = partyLabel(index);
    return {
      label,
      name: perLanguage(languages, (lang) =>
        orMissing(partyNameIn(party, lang, context.organizations), `party.${label}.name`, lang),
      ),
      signatories: party.signatories.map((signatory, n) => {
        const key = `party.${label}.${n === 0 ? 'signatory' : `signatory${n + 1}`}`;
        return {
          name: perLanguage(languages, (lang) =>
            orMissing(signatoryNameIn(signatory, lang, context.contacts), `${key}.name`, lang),
          ),
          position: perLanguage(languages, (lang) =>
            orMissing(signatoryPositionIn(signatory, lang, context.contacts), `${key}.position`, lang),
          ),
        };
      }),
    };
  });

  const labels: Record<string, AgreementDocumentLabels> = Object.fromEntries(
    languages.map((lang) => [lang, documentLabelsIn(lang)]),
  );

  return {
    languages: [...languages],
    title: perLanguage(languages, (lang) => resolve(content.title[lang], lang).trim()),
    kindLabel: perLanguage(languages, (lang) => agreementKindNameIn(content.kind, lang)),
    placeAndDate: perLanguage(languages, (lang) => placeAndDateIn(content, lang)),
    rows,
    parties,
    labels,
  };
}
