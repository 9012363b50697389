import type { BackupContents, BackupTable } from '#shared/backup/backup-format';
import { base64ToBytes, bytesToBase64 } from '#shared/backup/base64';
import { agreementTitleIn } from '#shared/agreements/agreement-display';
import { contactDisplayName, organizationDisplayName } from '#shared/domain/display-name';
import { pickLocalized, type UiLanguage } from '#shared/domain/lang';
import type { Contact } from '#shared/domain/contact';
import type { Organization } from '#shared/domain/organization';
import type { EventRecord } from '#shared/domain/event';
import type { Meeting } from '#shared/domain/meeting';
import type { Agreement } from '#shared/domain/agreement';
import { AppError } from '#shared/errors/app-error';
import { deriveContact } from './contact-repository';
import { deriveOrganization } from './organization-repository';
import { deriveEvent } from './event-repository';
import { deriveAgreement } from './agreement-content';
import type { IndexedTable } from './db';
import { sanitizeHtml } from '../security/sanitize-html';

/** A record as a file holds it: checked only for its string id (shared/backup). */
export type BackupRow = { id: string } & Record<string, unknown>;

export const INDEXED_TABLES: ReadonlySet<BackupTable> = new Set<IndexedTable>(['contacts', 'organizations', 'events', 'meetings', 'agreements']);

/** Tables whose records never change once written (versions) or carry no time (topics): added when missing, else kept. */
export const UNTIMED_TABLES: ReadonlySet<BackupTable> = new Set<BackupTable>(['topics', 'agreementVersions']);

const withCleanNotes = <T extends { notes: string }>(record: T): T => ({ ...record, notes: sanitizeHtml(record.notes) });

/**
 * What a record from a file becomes before it is stored: derived keys (sort keys, an agreement's
 * organizations) computed here rather than trusted, since they depend on this build's collation
 * and a file may come from another laptop; HTML notes cleaned as anything else entering the app is.
 */
const PREPARE: Partial<Record<BackupTable, (row: BackupRow) => BackupRow>> = {
  contacts: (row) => ({ ...row, ...deriveContact(row as unknown as Contact) }),
  organizations: (row) => ({ ...row, ...deriveOrganization(row as unknown as Organization) }),
  events: (row) => {
    const event = withCleanNotes(row as unknown as EventRecord);
    return { ...event, ...deriveEvent(event) } as unknown as BackupRow;
  },
  meetings: (row) => withCleanNotes(row as unknown as Meeting) as unknown as BackupRow,
  agreements: (row) => {
    const agreement = withCleanNotes(row as unknown as Agreement);
    return { ...agreement, ...deriveAgreement(agreement) } as unknown as BackupRow;
  },
};

/**
 * The file's records of one table, ready to store, the last of any repeated id kept. A record too
 * malformed to derive from (a field missing or of the wrong type) makes the whole file refused.
 */
export function prepareRows(table: BackupTable, contents: BackupContents): BackupRow[] {
  const rows = (contents.tables[table] ?? []) as BackupRow[];
  const prepare = PREPARE[table] ?? ((row: BackupRow) => row);
  const byId = new Map<string, BackupRow>();
  for (const row of rows) {
    try {
      byId.set(row.id, prepare(row));
    } catch (error) {
      throw new AppError('backupCorrupt', { reason: 'record', table, id: row.id }, { cause: error });
    }
  }
  return [...byId.values()];
}

/** An attachment's bytes from the file, or undefined when it has none. */
export function attachmentBytesOf(contents: BackupContents, id: string): ArrayBuffer | undefined {
  const text = contents.attachmentBytes[id];
  if (typeof text !== 'string') return undefined;
  try {
    return base64ToBytes(text).buffer;
  } catch (error) {
    throw new AppError('backupCorrupt', { reason: 'attachmentBytes', id }, { cause: error });
  }
}

export async function attachmentBytesToBase64(bytes: ArrayBuffer | Blob): Promise<string> {
  // Duck-typed: bytes read back from IndexedDB may come from another realm than this ArrayBuffer.
  const buffer = typeof (bytes as Blob).arrayBuffer === 'function' ? await (bytes as Blob).arrayBuffer() : (bytes as ArrayBuffer);
  return bytesToBase64(new Uint8Array(buffer));
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The name a merge report shows for a record, in the UI language where the record has one. */
export function recordLabel(table: BackupTable, record: BackupRow, lang: UiLanguage): string {
  try {
    const label = labelOf(table, record, lang).trim();
    return label === '' ? record.id : label;
  } catch {
    // A record without the fields its label needs is still listed, by id.
    return record.id;
  }
}

function labelOf(table: BackupTable, record: BackupRow, lang: UiLanguage): string {
  switch (table) {
    case 'contacts':
      return contactDisplayName(record as unknown as Contact, lang);
    case 'organizations':
      return organizationDisplayName(record as unknown as Organization, lang);
    case 'events':
      return pickLocalized((record as unknown as EventRecord).name, lang);
    case 'meetings':
      return pickLocalized((record as unknown as Meeting).title, lang);
    case 'agreements':
      return agreementTitleIn(record as unknown as Agreement, lang);
    case 'clauseLibrary':
    case 'topics':
      return pickLocalized((record.heading ?? record.label) as EventRecord['name'], lang);
    case 'attachments':
      return text(record.fileName);
    case 'followUps':
      return text(record.what);
    case 'syncTargets':
      return text(record.name);
    case 'agreementVersions':
      return text(record.name);
  }
}
