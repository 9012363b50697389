import type { AgreementInput, AgreementKind, LanguageTexts, LibraryClause, TemplateId } from '#shared/domain/agreement';
import { newRecordId } from '#shared/domain/ids';
import { newClause } from '#shared/agreements/clause-edits';
import { agreementFromTemplate } from '#shared/agreements/templates';

export type TemplateChoice = TemplateId | 'blank';

/** What the "new agreement" form asks for. */
export interface NewAgreementValues {
  template: TemplateChoice;
  kind: AgreementKind;
  /** Typed titles; a language left empty takes the template's title. */
  title: LanguageTexts;
  languages: string[];
  parties: { organizationId: string | null; signatoryContactIds: string[] }[];
  signingPlace: LanguageTexts;
  signingDate: string;
  meetingIds: string[];
}

const filled = (texts: LanguageTexts, languages: readonly string[]): LanguageTexts =>
  Object.fromEntries(languages.flatMap((lang) => ((texts[lang] ?? '').trim() ? [[lang, (texts[lang] ?? '').trim()]] : [])));

/** A blank draft: the parties and framing from the form, one empty section to start writing in. */
function blankAgreement(values: NewAgreementValues, at: number): AgreementInput {
  return {
    kind: values.kind,
    title: {},
    languages: [...values.languages],
    parties: values.parties.map((party) => ({
      id: newRecordId(at),
      organizationId: party.organizationId,
      name: {},
      signatories: party.signatoryContactIds.map((contactId) => ({ id: newRecordId(at), contactId, name: {}, position: {} })),
    })),
    signingPlace: filled(values.signingPlace, values.languages),
    signingDate: values.signingDate,
    status: 'draft',
    statusHistory: [{ status: 'draft', at }],
    meetingIds: [],
    notes: '',
    clauses: [newClause('section', values.languages, at)],
    templateId: null,
  };
}

/**
 * The agreement the form describes: from the template's clauses in the library (or blank), with
 * the kind, typed titles and linked meetings the user chose. Throws AppError('validation') for
 * input the schema refuses (e.g. a template with no Ukrainian), as agreementFromTemplate does.
 */
export function newAgreementInput(values: NewAgreementValues, library: readonly LibraryClause[], at: number): AgreementInput {
  const base =
    values.template === 'blank'
      ? blankAgreement(values, at)
      : agreementFromTemplate(values.template, {
          languages: [...values.languages],
          parties: values.parties,
          signingPlace: values.signingPlace,
          signingDate: values.signingDate,
          library,
          at,
        });
  return {
    ...base,
    kind: values.kind,
    title: { ...base.title, ...filled(values.title, values.languages) },
    meetingIds: [...values.meetingIds],
  };
}
