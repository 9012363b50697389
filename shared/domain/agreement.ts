import { z } from 'zod';
import { htmlText, isoDate, languageCode, recordId, recordIds } from './fields';
import type { RecordMeta } from './record';
import type { LocalizedText } from './lang';

/**
 * Agreement drafts (issue 5): a memorandum or agreement written in two or three languages side
 * by side, as an ordered list of clauses that each hold their text in every language of the
 * agreement, so the languages stay aligned row by row.
 */

export const AGREEMENT_KINDS = [
  'memorandumOfUnderstanding',
  'memorandumOfCooperation',
  'cooperationAgreement',
  'twinningAgreement',
  'letterOfIntent',
  'protocol',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** In the order an agreement normally moves through them. */
export const AGREEMENT_STATUSES = [
  'draft',
  'internalReview',
  'sentToPartner',
  'agreed',
  'signed',
  'inForce',
  'expired',
  'terminated',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** The languages the product ships clause texts for; an agreement may use any ISO 639-1 code. */
export const COMMON_AGREEMENT_LANGUAGES = ['uk', 'en', 'fr', 'pl', 'de', 'ru'] as const;
export const MIN_AGREEMENT_LANGUAGES = 2;
export const MAX_AGREEMENT_LANGUAGES = 3;
export const MAX_CLAUSES = 300;
export const MAX_CLAUSE_TEXT = 20_000;

/** Text per language code of the agreement (keys are ISO 639-1 codes; a missing key means empty). */
export type LanguageTexts = Record<string, string>;

const clauseText = z.string().max(MAX_CLAUSE_TEXT, { error: 'tooLong' });
const languageTexts = z.record(languageCode, clauseText);
const shortLanguageTexts = z.record(languageCode, z.string().trim().max(200, { error: 'tooLong' }));

/** A preamble has no number; sections are numbered 1, 2, 3…; sub-clauses 1.1, 1.2… under the section before them. */
export const CLAUSE_KINDS = ['preamble', 'section', 'subclause'] as const;
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

/**
 * Per clause and language: 'current', or 'needsUpdate' once another language of the clause was
 * edited and nobody has confirmed this one since.
 */
export const TRANSLATION_STATES = ['current', 'needsUpdate'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

export const clauseCommentSchema = z.object({
  id: recordId,
  /** Free text: the reviewer's name as they typed it (there are no user accounts). */
  author: z.string().trim().max(200, { error: 'tooLong' }),
  at: z.number().int().nonnegative(),
  text: z.string().trim().min(1, { error: 'required' }).max(5000, { error: 'tooLong' }),
  resolved: z.boolean(),
});
export type ClauseComment = z.infer<typeof clauseCommentSchema>;

export const clauseSchema = z.object({
  /** ULID; kept through reorders and versions, so two versions compare clause by clause. */
  id: recordId,
  kind: z.enum(CLAUSE_KINDS, { error: 'kind' }),
  /** Optional heading per language, e.g. "Purpose of the Memorandum". Plain text. */
  heading: languageTexts,
  /** The clause per language. Plain text; paragraphs separated by blank lines; may hold {{placeholders}}. */
  text: languageTexts,
  status: z.record(languageCode, z.enum(TRANSLATION_STATES)),
  /** The library clause it was taken from, if any. */
  libraryId: z.string().max(60).nullable(),
  comments: z.array(clauseCommentSchema).max(500, { error: 'tooMany' }),
});
export type Clause = z.infer<typeof clauseSchema>;

export const signatorySchema = z.object({
  id: recordId,
  contactId: recordId.nullable(),
  /** Overrides per language; where empty, the contact's own name in that language is used. */
  name: shortLanguageTexts,
  /** Position per language, e.g. "Калуський міський голова" / "Mayor of Kalush". Falls back to the contact's. */
  position: shortLanguageTexts,
});
export type Signatory = z.infer<typeof signatorySchema>;

export const agreementPartySchema = z.object({
  id: recordId,
  organizationId: recordId.nullable(),
  /** Overrides per language; where empty, the organization's own name in that language is used. */
  name: shortLanguageTexts,
  signatories: z.array(signatorySchema).max(10, { error: 'tooMany' }),
});
export type AgreementParty = z.infer<typeof agreementPartySchema>;

export const statusChangeSchema = z.object({
  status: z.enum(AGREEMENT_STATUSES, { error: 'status' }),
  at: z.number().int().nonnegative(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const agreementInputSchema = z
  .object({
    kind: z.enum(AGREEMENT_KINDS, { error: 'kind' }),
    title: shortLanguageTexts,
    /** ISO 639-1 codes, in column order; Ukrainian always among them. */
    languages: z
      .array(languageCode)
      .min(MIN_AGREEMENT_LANGUAGES, { error: 'agreementLanguages' })
      .max(MAX_AGREEMENT_LANGUAGES, { error: 'agreementLanguages' })
      .refine((codes) => new Set(codes).size === codes.length, { error: 'duplicate' })
      .refine((codes) => codes.includes('uk'), { error: 'ukrainianRequired' }),
    parties: z.array(agreementPartySchema).max(10, { error: 'tooMany' }),
    signingPlace: shortLanguageTexts,
    /** 'YYYY-MM-DD' or '' while not yet fixed. */
    signingDate: z.union([z.literal(''), isoDate]),
    status: z.enum(AGREEMENT_STATUSES, { error: 'status' }),
    /** Every status the agreement has had, oldest first; the last one is `status`. */
    statusHistory: z.array(statusChangeSchema).max(200),
    /** Meetings where it was discussed. */
    meetingIds: recordIds,
    /** Sanitized HTML. */
    notes: htmlText,
    clauses: z.array(clauseSchema).max(MAX_CLAUSES, { error: 'tooMany' }),
    /** The template it was started from, if any. */
    templateId: z.string().max(60).nullable(),
  })
  .refine((a) => a.languages.some((code) => (a.title[code] ?? '').trim() !== ''), {
    error: 'titleRequired',
    path: ['title'],
  });

export type AgreementInput = z.infer<typeof agreementInputSchema>;

/** Derived at write time: sorting and the multi-entry indexes behind "agreements of this organization". */
export interface AgreementDerived {
  sortKey: LocalizedText;
  organizationIds: string[];
}

export type Agreement = RecordMeta & AgreementInput & AgreementDerived;

/** What a version snapshots, and what two versions compare: the text and its framing, not the workflow. */
export type AgreementContent = Pick<AgreementInput, 'kind' | 'title' | 'languages' | 'parties' | 'signingPlace' | 'signingDate' | 'clauses'>;

export const VERSION_REASONS = ['manual', 'statusChange', 'beforeRestore', 'beforeEditing'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

/** A saved state of an agreement. Versions are never edited; restoring one makes a new draft state. */
export interface AgreementVersion {
  id: string;
  agreementId: string;
  createdAt: number;
  /** The user's name for it, or '' for automatic ones (the UI names them from reason and status). */
  name: string;
  reason: VersionReason;
  /** The agreement's status when the version was taken (the new status for 'statusChange'). */
  status: AgreementStatus;
  content: AgreementContent;
}

/** Library categories, in the order a memorandum uses them. */
export const CLAUSE_CATEGORIES = [
  'preamble',
  'purpose',
  'areas',
  'forms',
  'coordination',
  'financing',
  'confidentiality',
  'disputes',
  'entryIntoForce',
  'duration',
  'amendments',
  'languages',
  'signatures',
] as const;
export type ClauseCategory = (typeof CLAUSE_CATEGORIES)[number];

/**
 * A reusable clause. Seeded ones have readable ids that never change (e.g. 'area-energy-efficiency');
 * the user's own get ULIDs. Texts are in the three working languages and may hold placeholders.
 */
export interface LibraryClause {
  id: string;
  category: ClauseCategory;
  kind: ClauseKind;
  heading: LocalizedText;
  text: LocalizedText;
}

export const TEMPLATE_IDS = ['memorandumOfCooperation', 'twinningAgreement', 'letterOfIntent'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/**
 * The agreement laid out for output (DOCX, print/PDF): every placeholder resolved, numbers
 * assigned, labels in each column's language. Built by buildAgreementDocument; read by the
 * DOCX writer and the print view alike, so both show the same text.
 */
export interface AgreementDocument {
  /** Column order. */
  languages: string[];
  title: LanguageTexts;
  /** e.g. { uk: 'Меморандум про співпрацю', en: 'Memorandum of Cooperation' } */
  kindLabel: LanguageTexts;
  /** "Kalush, 12 April 2023" per language; empty strings when not fixed. */
  placeAndDate: LanguageTexts;
  rows: AgreementDocumentRow[];
  parties: AgreementDocumentParty[];
  /** Fixed words per language: "Signatures", "For", "Name", "Position", "Signature", "Date". */
  labels: Record<string, AgreementDocumentLabels>;
}

export interface AgreementDocumentRow {
  clauseId: string;
  kind: ClauseKind;
  /** "1.", "1.2." or '' for a preamble. */
  number: string;
  heading: LanguageTexts;
  text: LanguageTexts;
}

export interface AgreementDocumentParty {
  /** "A", "B", "C"… */
  label: string;
  name: LanguageTexts;
  signatories: { name: LanguageTexts; position: LanguageTexts }[];
}

export interface AgreementDocumentLabels {
  signatures: string;
  forParty: string;
  name: string;
  position: string;
  signature: string;
  date: string;
  languageName: string;
}
