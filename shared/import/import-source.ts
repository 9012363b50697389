import type { ContactInput } from '../domain/contact';
import type { MeetingPlace } from '../domain/meeting';

/**
 * What a parser makes of a file, before anything is compared with the workspace or written:
 * the contract between the format readers (vCard, CSV, XLSX) and the import planner.
 */

export const IMPORT_FORMATS = ['vcard', 'csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Files larger than this are refused before they are read, with a message that says so. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** More rows than this in one file are refused: split the file. */
export const MAX_IMPORT_ROWS = 50_000;

/** A photo carried by a vCard, kept as an attachment of the contact. */
export interface ImportedPhoto {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** One person read from the file. `row` is 1-based: the card's number, or the data row's (header not counted). */
export interface ContactCandidate {
  row: number;
  /** Everything the file said, in our fields. Not yet validated: the planner runs the schema. */
  contact: ContactInput;
  /** The organization's name as written (vCard ORG, a "Company" column), or '' when none. */
  organizationName: string;
  photos: ImportedPhoto[];
}

/** One meeting read from a conference organizer's matchmaking agenda (XLSX/CSV with dates and times). */
export interface MeetingCandidate {
  row: number;
  title: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  /** 'HH:MM'; endTime '' when the file gives none (the planner makes it 30 minutes). */
  startTime: string;
  endTime: string;
  place: MeetingPlace;
  /** The candidate (by `row`) this meeting is with, when the same row also names a person. */
  contactRow: number | null;
  organizationName: string;
}

/** Why a row of the file is not imported; each has a translated message `import:rejected.<code>`. */
export const REJECT_REASONS = [
  /** No name in any language, no organization either. */
  'noName',
  /** The row failed the record's schema; `field` and `detail` (a validation code) say where. */
  'invalid',
  /** A vCard that does not parse (missing END:VCARD, broken property line). */
  'malformedCard',
  /** A date or time in a meeting row that cannot be read. */
  'badDateTime',
  /** An empty row or card. */
  'empty',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface RejectedRow {
  row: number;
  reason: RejectReason;
  /** For 'invalid': the field path, e.g. 'emails.0'. */
  field?: string;
  /** For 'invalid': the validation code (a key under `validation.`). */
  detail?: string;
  /** A short excerpt of the row as written, to recognise it in the preview. */
  excerpt: string;
}

export interface ParsedImport {
  format: ImportFormat;
  /** The file's name, kept with the batch so "undo import" can say which one. */
  fileName: string;
  contacts: ContactCandidate[];
  meetings: MeetingCandidate[];
  rejected: RejectedRow[];
}
