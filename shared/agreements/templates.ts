import type {
  AgreementInput,
  AgreementKind,
  AgreementParty,
  LanguageTexts,
  LibraryClause,
  TemplateId,
} from '../domain/agreement';
import { agreementInputSchema } from '../domain/agreement';
import { newRecordId } from '../domain/ids';
import { isUiLanguage, type LocalizedText } from '../domain/lang';
import { parseOrThrow } from '../domain/validation';
import { clauseFromLibrary, SEEDED_LIBRARY } from './clause-library';

export interface AgreementTemplate {
  kind: AgreementKind;
  title: LocalizedText;
  /** Library clauses in document order. */
  clauseIds: readonly string[];
}

/**
 * Starting points for a new agreement. Titles are plain (the parties are named in the
 * preamble, where their names need no declension).
 */
export const AGREEMENT_TEMPLATES: Record<TemplateId, AgreementTemplate> = {
  memorandumOfCooperation: {
    kind: 'memorandumOfCooperation',
    title: { uk: 'Меморандум про співпрацю', ru: 'Меморандум о сотрудничестве', en: 'Memorandum of Cooperation' },
    clauseIds: [
      'preamble-cooperation',
      'purpose-cooperation',
      'areas-intro',
      'area-energy-efficiency',
      'area-sme',
      'area-experience-exchange',
      'area-civil-society',
      'area-business-jobs',
      'forms',
      'coordination-contacts',
      'coordination-working-group',
      'financing',
      'confidentiality',
      'disputes',
      'entry-into-force-memorandum',
      'duration-memorandum',
      'amendments-memorandum',
      'languages-memorandum',
      'signatures',
    ],
  },
  twinningAgreement: {
    kind: 'twinningAgreement',
    title: {
      uk: 'Угода про встановлення побратимських зв’язків',
      ru: 'Соглашение об установлении побратимских связей',
      en: 'Agreement on the Establishment of Twin-City Relations',
    },
    clauseIds: [
      'preamble-twinning',
      'purpose-twinning',
      'areas-intro',
      'area-experience-exchange',
      'area-sme',
      'area-energy-efficiency',
      'area-reconstruction',
      'area-culture-youth',
      'forms',
      'coordination-contacts',
      'coordination-working-group',
      'financing',
      'disputes',
      'entry-into-force-agreement',
      'duration-agreement',
      'amendments-agreement',
      'languages-agreement',
      'signatures',
    ],
  },
  letterOfIntent: {
    kind: 'letterOfIntent',
    title: { uk: 'Лист про наміри', ru: 'Письмо о намерениях', en: 'Letter of Intent' },
    clauseIds: [
      'preamble-intent',
      'purpose-intent',
      'areas-intro',
      'area-energy-efficiency',
      'area-sme',
      'area-experience-exchange',
      'area-reconstruction',
      'coordination-contacts',
      'financing',
      'entry-into-force-letter',
      'languages-letter',
      'signatures',
    ],
  },
};

export interface TemplateOptions {
  /** Column order; Ukrainian among them (the schema checks). */
  languages: string[];
  /** In order: party A, B… */
  parties: { organizationId: string | null; signatoryContactIds: string[] }[];
  signingPlace?: LanguageTexts;
  /** 'YYYY-MM-DD' or ''. */
  signingDate?: string;
  /** The library as the user has it (mergeLibrary); seeded clauses missing from it come from the seed. */
  library: readonly LibraryClause[];
  at: number;
}

function partyFrom(party: TemplateOptions['parties'][number], at: number): AgreementParty {
  return {
    id: newRecordId(at),
    organizationId: party.organizationId,
    name: {},
    signatories: party.signatoryContactIds.map((contactId) => ({ id: newRecordId(at), contactId, name: {}, position: {} })),
  };
}

/**
 * A new draft from a template: the template's clauses copied from the library in the agreement's
 * languages (see clauseFromLibrary), the parties and signatories pointing at their records (their
 * names and positions are read from the records when shown), status 'draft'. Throws
 * AppError('validation') when the options make an invalid agreement (e.g. no Ukrainian).
 */
export function agreementFromTemplate(templateId: TemplateId, options: TemplateOptions): AgreementInput {
  const template = AGREEMENT_TEMPLATES[templateId];
  const { languages, at } = options;
  const byId = new Map([...SEEDED_LIBRARY, ...options.library].map((clause) => [clause.id, clause]));
  const clauses = template.clauseIds.flatMap((id) => {
    const source = byId.get(id);
    return source ? [clauseFromLibrary(source, languages, at)] : [];
  });
  const title: LanguageTexts = {};
  const signingPlace: LanguageTexts = {};
  for (const lang of languages) {
    title[lang] = isUiLanguage(lang) ? template.title[lang] : '';
    const place = options.signingPlace?.[lang]?.trim();
    if (place) signingPlace[lang] = place;
  }
  return parseOrThrow(agreementInputSchema, {
    kind: template.kind,
    title,
    languages: [...languages],
    parties: options.parties.map((party) => partyFrom(party, at)),
    signingPlace,
    signingDate: options.signingDate ?? '',
    status: 'draft',
    statusHistory: [{ status: 'draft', at }],
    meetingIds: [],
    notes: '',
    clauses,
    templateId,
  });
}
