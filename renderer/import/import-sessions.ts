import { AppError, type ErrorData } from '#shared/errors/app-error';
import { newRecordId } from '#shared/domain/ids';
import type { Organization } from '#shared/domain/organization';
import { MAX_IMPORT_BYTES, type ImportFormat, type ParsedImport } from '#shared/import/import-source';
import type { ImportDecisions, ImportPlan } from '#shared/import/import-plan';
import { readVcardFile } from '#shared/import/vcard-import';
import { isXlsxFile, readTableFile } from '#shared/import/read-table-file';
import { tableToImport } from '#shared/import/table-import';
import type { ImportField } from '#shared/import/column-mapping';
import { planImport } from '#shared/import/plan-import';
import { resolveImport } from '#shared/import/resolve-import';
import type { DeskDatabase } from '../data/db';
import { createImportRepository } from '../data/import-repository';
import type { ImportPreview, ImportRequest, ImportResponse, ImportResult, OpenImportOptions, PreviewTable } from './import-protocol';
import { buildPreview, SAMPLE_ROWS } from './import-preview';

/**
 * What the import worker does with each request, apart from the worker global so it can be
 * tested over fake-indexeddb. A session is one file on its way in: opened (read and planned
 * against the workspace), perhaps re-opened with another mapping, then applied or closed.
 */

type ImportRepository = ReturnType<typeof createImportRepository>;
type ExistingRecords = Awaited<ReturnType<ImportRepository['loadExisting']>>;

interface Session {
  fileName: string;
  /** Kept so the mapping step can read the file again without the page sending it again. */
  bytes: Uint8Array;
  /** The workspace as it was when the file was opened: read once per session, not per mapping. */
  existing: ExistingRecords;
  organizationsById: Map<string, Organization>;
  plan: ImportPlan | null;
}

export interface ImportSessions {
  handle(request: ImportRequest): Promise<ImportResponse>;
  /** Open sessions (tests). */
  readonly size: number;
}

/**
 * The file's format: a vCard by its name or its first line (one saved as .txt still begins
 * BEGIN:VCARD); an XLSX by its zip header or name; anything else is read as CSV.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  const name = fileName.trim().toLowerCase();
  const zip = isXlsxFile(bytes, '');
  if (!zip && (name.endsWith('.vcf') || name.endsWith('.vcard'))) return 'vcard';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 256)).replace(/^\uFEFF/, '').trimStart();
  if (head.slice(0, 11).toUpperCase() === 'BEGIN:VCARD') return 'vcard';
  return isXlsxFile(bytes, name) ? 'xlsx' : 'csv';
}

/** The cap and the empty file apply to every format, before anything is decoded or unzipped. */
function checkSize(bytes: Uint8Array): void {
  if (bytes.length > MAX_IMPORT_BYTES) throw new AppError('importTooLarge', { size: bytes.length, limit: MAX_IMPORT_BYTES });
  if (bytes.length === 0) throw new AppError('importEmpty');
}

async function readFile(fileName: string, bytes: Uint8Array, options: OpenImportOptions): Promise<{ parsed: ParsedImport; table: PreviewTable | null }> {
  checkSize(bytes);
  if (detectFormat(fileName, bytes) === 'vcard') return { parsed: readVcardFile(bytes, fileName, options.encoding ?? 'auto'), table: null };
  const read = await readTableFile(bytes, fileName, { encoding: options.encoding ?? 'auto', delimiter: options.delimiter });
  // A mapping chosen for another reading (another separator) may have another width: fit it.
  const mapping = options.mapping
    ? read.table.headers.map((_, column): ImportField => options.mapping?.[column] ?? 'ignore')
    : read.mapping;
  const table: PreviewTable = {
    headers: read.table.headers,
    sampleRows: read.table.rows.slice(0, SAMPLE_ROWS),
    rowCount: read.table.rows.length,
    layout: read.layout,
    mapping,
    encoding: read.encoding,
    delimiter: read.format === 'xlsx' ? null : (read.table.delimiter ?? null),
  };
  return { parsed: tableToImport(read.table, mapping, fileName, read.format), table };
}

export function createImportSessions(db: DeskDatabase, now?: () => number): ImportSessions {
  const repository = createImportRepository(db, now);
  const sessions = new Map<string, Session>();

  const sessionOf = (sessionId: string): Session => {
    const session = sessions.get(sessionId);
    if (!session) throw new AppError('notFound', { sessionId });
    return session;
  };

  async function plan(sessionId: string, session: Session, options: OpenImportOptions): Promise<ImportPreview> {
    // A failed re-read (say, a wrong encoding forced) leaves no plan that could be applied by mistake.
    session.plan = null;
    const { parsed, table } = await readFile(session.fileName, session.bytes, options);
    session.plan = planImport(parsed, session.existing);
    return buildPreview(session.plan, {
      sessionId,
      fileName: session.fileName,
      format: parsed.format,
      table,
      organizationsById: session.organizationsById,
    });
  }

  async function open(sessionId: string, fileName: string, bytes: Uint8Array, options: OpenImportOptions): Promise<ImportPreview> {
    checkSize(bytes);
    const existing = await repository.loadExisting();
    const organizationsById = new Map(existing.organizations.map((organization) => [organization.id, organization]));
    const session: Session = { fileName, bytes, existing, organizationsById, plan: null };
    sessions.set(sessionId, session);
    try {
      return await plan(sessionId, session, options);
    } catch (error) {
      // A file that cannot be read has nothing to re-map: the page starts over with another.
      sessions.delete(sessionId);
      throw error;
    }
  }

  async function apply(sessionId: string, decisions: ImportDecisions): Promise<ImportResult> {
    const session = sessionOf(sessionId);
    const { plan: current } = session;
    if (!current) throw new AppError('notFound', { sessionId });
    // One moment for the whole batch: the monotonic ULIDs then only count up, with no fresh randomness per record.
    const at = (now ?? Date.now)();
    const write = resolveImport(current, decisions, () => newRecordId(at));
    const batch = await repository.apply(write, { fileName: session.fileName, format: current.parsed.format });
    sessions.delete(sessionId);
    const decided = (row: number) => decisions.byRow[row] ?? decisions.all;
    return {
      batchId: batch.id,
      added: {
        contacts: batch.added.contacts.length,
        organizations: batch.added.organizations.length,
        meetings: batch.added.meetings.length,
        attachments: batch.added.attachments.length,
      },
      merged: write.merges.length,
      skipped: current.duplicates.filter((duplicate) => decided(duplicate.candidate.row) === 'skip').length,
    };
  }

  async function answer(request: ImportRequest): Promise<ImportPreview | ImportResult | null> {
    switch (request.kind) {
      case 'open':
        return open(request.sessionId, request.fileName, request.bytes, request.options);
      case 'reopen': {
        return plan(request.sessionId, sessionOf(request.sessionId), request.options);
      }
      case 'apply':
        return apply(request.sessionId, request.decisions);
      case 'close':
        sessions.delete(request.sessionId);
        return null;
    }
  }

  return {
    async handle(request) {
      try {
        return { id: request.id, ok: true, value: await answer(request) };
      } catch (error) {
        return { id: request.id, ok: false, error: errorData(error) };
      }
    },
    get size() {
      return sessions.size;
    },
  };
}

/** A user's mistake travels as its code; anything else is a bug, logged here and shown as 'unexpected'. */
export function errorData(error: unknown): ErrorData {
  if (error instanceof AppError) return error.toData();
  console.error('import worker:', error);
  return { code: 'unexpected' };
}
