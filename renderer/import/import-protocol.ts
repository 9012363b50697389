import type { LocalizedText } from '#shared/domain/lang';
import type { ErrorData } from '#shared/errors/app-error';
import type { ImportFormat, RejectedRow } from '#shared/import/import-source';
import type { DuplicateReason, ImportDecisions } from '#shared/import/import-plan';
import type { ImportEncoding } from '#shared/import/text-decoding';
import type { ColumnMapping } from '#shared/import/column-mapping';

/**
 * What the import worker and the page say to each other. Reading, planning and writing an
 * import all run in the worker (renderer/import/import.worker.ts), so a 10 000-card file never
 * blocks the page; the page gets a preview made of plain, small objects.
 */

export interface OpenImportOptions {
  /** 'auto' detects UTF-8 (with or without BOM) or Windows-1251. Ignored for vCard and XLSX. */
  encoding?: ImportEncoding | 'auto';
  delimiter?: ',' | ';' | '\t';
  /** A column mapping the user chose; absent: the recognized or guessed one. */
  mapping?: ColumnMapping;
}

/** A person as the preview shows them: names per language, enough to recognise them. */
export interface PreviewPerson {
  name: LocalizedText;
  nameOriginal: string;
  position: LocalizedText;
  organizationName: string;
  emails: string[];
  phones: string[];
}

export interface PreviewCandidate extends PreviewPerson {
  row: number;
  photos: number;
}

export interface PreviewDuplicate {
  row: number;
  incoming: PreviewCandidate;
  existingId: string;
  existing: PreviewPerson;
  reasons: DuplicateReason[];
}

export interface PreviewMeeting {
  row: number;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  contactRow: number | null;
  organizationName: string;
}

/** For CSV and XLSX: the table as read and how its columns are mapped, for the mapping step. */
export interface PreviewTable {
  headers: string[];
  /** The first rows, for the live preview of the mapping. */
  sampleRows: string[][];
  rowCount: number;
  layout: 'google' | 'outlook' | 'generic';
  mapping: ColumnMapping;
  /** null for XLSX. */
  encoding: ImportEncoding | null;
  delimiter: string | null;
}

export interface ImportPreview {
  sessionId: string;
  fileName: string;
  format: ImportFormat;
  table: PreviewTable | null;
  newContacts: PreviewCandidate[];
  duplicates: PreviewDuplicate[];
  rejected: RejectedRow[];
  meetings: PreviewMeeting[];
  newOrganizationNames: string[];
}

export interface ImportResult {
  batchId: string;
  added: { contacts: number; organizations: number; meetings: number; attachments: number };
  merged: number;
  skipped: number;
}

export type ImportRequest =
  | { id: number; kind: 'open'; sessionId: string; fileName: string; bytes: Uint8Array; options: OpenImportOptions }
  | { id: number; kind: 'apply'; sessionId: string; decisions: ImportDecisions }
  | { id: number; kind: 'close'; sessionId: string };

export type ImportResponse =
  | { id: number; ok: true; value: ImportPreview | ImportResult | null }
  | { id: number; ok: false; error: ErrorData };

/** The page's side: every call resolves with the worker's answer or rejects with an AppError. */
export interface ImportClient {
  open(fileName: string, bytes: Uint8Array, options?: OpenImportOptions): Promise<ImportPreview>;
  /** Writes the import in one transaction; the session is closed afterwards. */
  apply(sessionId: string, decisions: ImportDecisions): Promise<ImportResult>;
  close(sessionId: string): void;
  dispose(): void;
}
