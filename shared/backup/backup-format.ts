/**
 * The backup and bundle file: one file holding a workspace (or a selection of it), readable
 * back without the app that wrote it being the same version. Written and read by
 * shared/backup/backup-file.ts; filled and applied by renderer/data/backup-repository.ts.
 *
 * Layout: the ASCII line `DELEGATION-DESK-BACKUP 1\n`, then the header as one line of JSON
 * and `\n`, then the payload bytes. The payload is the gzip (fflate) of the JSON of
 * BackupContents, encrypted when the header says so. `checksum` is the SHA-256 (hex) of the
 * header line without `checksum` followed by the payload as stored, so a flipped bit anywhere
 * is found; encrypted payloads are also authenticated by AES-GCM with the header as
 * additional data.
 */

export const BACKUP_MAGIC = 'DELEGATION-DESK-BACKUP';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_FILE_EXTENSION = 'ddbackup';
export const BUNDLE_FILE_EXTENSION = 'ddbundle';

/** PBKDF2-SHA-256 iterations: at least OWASP's 600 000 (2023) for SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;

export type BackupKind = 'backup' | 'bundle';

export interface PassphraseEncryption {
  cipher: 'AES-256-GCM';
  /** The data key is random; this key, derived from the passphrase, only wraps it. */
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  /** The data key wrapped (AES-GCM) under the passphrase key: base64, and its IV. */
  wrappedKey: string;
  wrapIv: string;
  /** The payload's IV (base64). */
  iv: string;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT_VERSION;
  kind: BackupKind;
  /** The database schema version the records were written under (renderer/data/schema.ts). */
  schemaVersion: number;
  createdAt: number;
  /** Counts per table, readable without the passphrase (verify shows them). */
  counts: Record<string, number>;
  /** For a bundle: what it was made from, e.g. the event's name, for the import dialog. */
  title?: string;
  encryption: PassphraseEncryption | null;
  /** Bytes of the payload as stored. */
  payloadBytes: number;
  checksum: string;
}

/** Tables a backup holds. The outbox, import history and due notices stay on their device. */
export const BACKUP_TABLES = [
  'organizations',
  'contacts',
  'events',
  'meetings',
  'followUps',
  'topics',
  'attachments',
  'agreements',
  'agreementVersions',
  'clauseLibrary',
  'syncTargets',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface BackupContents {
  tables: Partial<Record<BackupTable, unknown[]>>;
  /** Attachment bytes by attachment id, base64. */
  attachmentBytes: Record<string, string>;
  /** Settings kept in localStorage (UI language, table layouts); never passwords. */
  settings: Record<string, string>;
}

/** What reading a file found out; `verify` stops here, restore goes on. */
export interface BackupSummary {
  header: BackupHeader;
  counts: Record<string, number>;
}

/** What a merge (restore into a non-empty workspace, or a bundle) did, per table. */
export interface MergeReport {
  added: Record<string, number>;
  updated: Record<string, number>;
  unchanged: Record<string, number>;
  /** Records both sides changed: the newer one was kept; listed for the user. */
  conflicts: MergeConflict[];
}

export interface MergeConflict {
  table: BackupTable;
  id: string;
  /** Display name of the record (in the UI language where possible). */
  label: string;
  kept: 'local' | 'incoming';
  localUpdatedAt: number;
  incomingUpdatedAt: number;
}
