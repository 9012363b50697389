import { AppError, BugError } from '../errors/app-error';
import { BACKUP_FORMAT_VERSION, type BackupContents, type BackupHeader, type BackupKind } from './backup-format';
import { parseContents, countContents } from './backup-contents-schema';
import { GCM_TAG_BYTES, OpenFailure, newPassphraseEncryption, openPayload, sealPayload } from './backup-crypto';
import { MAX_TITLE_LENGTH, assembleFile, parseFile, unsignedHeaderBytes } from './backup-header';
import { compress, decompress } from './backup-gzip';
import { upgradeContents } from './upgrade-contents';

export interface BackupFileMeta {
  kind: BackupKind;
  /** The schema the records were written under (renderer/data/schema-version.ts). */
  schemaVersion: number;
  createdAt: number;
  title?: string;
  /** Encrypts the file when given; an empty passphrase is a caller's bug, not "no encryption". */
  passphrase?: string;
  /** Tests only: a cheaper key derivation. Files for users always use PBKDF2_ITERATIONS. */
  testIterations?: number;
}

/** The file's bytes: magic line, header, and the gzipped (and, with a passphrase, sealed) contents. */
export async function writeBackupFile(contents: BackupContents, meta: BackupFileMeta): Promise<Uint8Array<ArrayBuffer>> {
  if (meta.passphrase === '') throw new BugError('writeBackupFile: empty passphrase');
  const packed = await compress(new TextEncoder().encode(JSON.stringify(contents)));
  const sealing = meta.passphrase === undefined ? null : await newPassphraseEncryption(meta.passphrase, meta.testIterations);
  const unsigned = unsignedHeaderBytes({
    format: BACKUP_FORMAT_VERSION,
    kind: meta.kind,
    schemaVersion: meta.schemaVersion,
    createdAt: meta.createdAt,
    counts: countContents(contents),
    // Readers bound the header's size; a title is a name, never near that.
    ...(meta.title === undefined ? {} : { title: meta.title.slice(0, MAX_TITLE_LENGTH) }),
    encryption: sealing?.encryption ?? null,
    // AES-GCM adds its tag and nothing else, so the sealed length is known before sealing.
    payloadBytes: packed.length + (sealing ? GCM_TAG_BYTES : 0),
  });
  const payload = sealing ? await sealPayload(sealing.dataKey, sealing.encryption, new Uint8Array(packed), unsigned) : packed;
  return assembleFile(unsigned, payload);
}

/** Runs a read step; anything it throws that is not already an AppError means the file is damaged. */
async function orCorrupt<T>(reason: string, step: () => Promise<T> | T): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('backupCorrupt', { reason }, { cause: error });
  }
}

/**
 * The header, once the file is known to be whole (magic, shape, length and checksum), without
 * the passphrase: what "verify" shows. Refusals are AppErrors: backupNotABackup, backupCorrupt,
 * backupNewerSchema (a newer file format).
 */
export async function readBackupHeader(bytes: Uint8Array): Promise<BackupHeader> {
  return (await orCorrupt('header', () => parseFile(bytes))).header;
}

/**
 * The file's contents in the shape of `supportedSchemaVersion`. A file from a newer schema is
 * refused before anything is decrypted; every failure is an AppError and nothing half-read is
 * ever returned.
 */
export async function readBackupFile(
  bytes: Uint8Array,
  passphrase: string | undefined,
  supportedSchemaVersion: number,
): Promise<{ header: BackupHeader; contents: BackupContents }> {
  const { header, unsigned, payload } = await orCorrupt('header', () => parseFile(bytes));
  if (header.schemaVersion > supportedSchemaVersion) {
    throw new AppError('backupNewerSchema', { found: header.schemaVersion, supported: supportedSchemaVersion });
  }
  let packed: Uint8Array = payload;
  if (header.encryption) {
    if (!passphrase) throw new AppError('backupNeedsPassphrase');
    const encryption = header.encryption;
    packed = await orCorrupt('decrypt', async () => {
      try {
        return await openPayload(passphrase, encryption, payload, unsigned);
      } catch (error) {
        if (error instanceof OpenFailure) throw new AppError('backupWrongPassphrase', undefined, { cause: error });
        throw error;
      }
    });
  }
  const json = await orCorrupt('gzip', async () => new TextDecoder('utf-8', { fatal: true }).decode(await decompress(packed)));
  const contents = await orCorrupt('json', () => parseContents(JSON.parse(json)));
  if (!contents) throw new AppError('backupCorrupt', { reason: 'contents' });
  const counts = countContents(contents);
  const countsAgree = Object.keys({ ...counts, ...header.counts }).every((table) => (counts[table] ?? 0) === (header.counts[table] ?? 0));
  if (!countsAgree) throw new AppError('backupCorrupt', { reason: 'counts' });
  return { header, contents: upgradeContents(contents, header.schemaVersion, supportedSchemaVersion) };
}
