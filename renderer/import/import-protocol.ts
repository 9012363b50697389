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
  /** 'auto' detects UTF-8 (with or without BOM) or Windows-1251. Ignored for XLSX. */
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
  /** The person of `contactRow` (new or a probable duplicate), wherever that row falls in the file. */
  person: Pick<PreviewPerson, 'name' | 'nameOriginal'> | null;
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

/**
 * The lists of a preview hold at most this many rows each (the page shows no more); `totals`
 * counts them all. Posting 10 000 rows to the page only for it to count them would cost it
 * long garbage-collection pauses.
 */
export const PREVIEW_ROWS = 200;

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
  /** How many rows each list has in the plan; the lists above hold the first PREVIEW_ROWS. */
  totals: { newContacts: number; duplicates: number; rejected: number; meetings: number };
  /**
   * Rows folded into an earlier row of the same file that is the same person (a card exported
   * twice): they become one contact, so the counts above add up to fewer than the file's rows.
   */
  mergedWithinFile?: { row: number; intoRow: number }[];
}

export interface ImportResult {
  batchId: string;
  added: { contacts: number; organizations: number; meetings: number; attachments: number };
  merged: number;
  skipped: number;
}

export type ImportRequest =
  | { id: number; kind: 'open'; sessionId: string; fileName: string; bytes: Uint8Array; options: OpenImportOptions }
  /** The same file again with another mapping, encoding or separator: the worker kept its bytes. */
  | { id: number; kind: 'reopen'; sessionId: string; options: OpenImportOptions }
  | { id: number; kind: 'apply'; sessionId: string; decisions: ImportDecisions }
  | { id: number; kind: 'close'; sessionId: string };

/** A request before the client numbers it. */
export type ImportRequestBody = ImportRequest extends infer R ? (R extends ImportRequest ? Omit<R, 'id'> : never) : never;

export type ImportResponse =
  | { id: number; ok: true; value: ImportPreview | ImportResult | null }
  | { id: number; ok: false; error: ErrorData };

/** The preview's lists that can be long: 10 000 new people, or as many rejected rows. */
export type PreviewListName = 'newContacts' | 'duplicates' | 'rejected' | 'meetings';

/**
 * A slice of one of the preview's lists, posted ahead of the response that completes it, so
 * that no single message takes the page longer than a frame to receive (structured clone reads
 * a message in one task on the page).
 */
export type ImportPreviewPart = { [L in PreviewListName]: { id: number; part: { list: L; items: ImportPreview[L] } } }[PreviewListName];

/** Everything the worker posts. */
export type FromImportWorker = ImportResponse | ImportPreviewPart;

/** The page's side: every call resolves with the worker's answer or rejects with an AppError. */
export interface ImportClient {
  /**
   * Reads and plans a file. Its bytes are handed to the worker (transferred, not copied): the
   * caller's array is empty afterwards.
   */
  open(fileName: string, bytes: Uint8Array, options?: OpenImportOptions): Promise<ImportPreview>;
  /**
   * Reads an open session's file again with another mapping, encoding or separator (the mapping
   * step's live preview); the workspace's records read for the session are reused.
   */
  reopen(sessionId: string, options: OpenImportOptions): Promise<ImportPreview>;
  /** Writes the import in one transaction; the session is closed afterwards. */
  apply(sessionId: string, decisions: ImportDecisions): Promise<ImportResult>;
  close(sessionId: string): void;
  dispose(): void;
}
