import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { BACKUP_FORMAT_VERSION, BACKUP_MAGIC, type BackupHeader } from './backup-format';
import { sha256Hex } from './backup-checksum';

/**
 * The first two lines of a backup file: the magic line and the header, and the checksum that
 * binds the header to the payload. The header is hashed as the exact bytes written (its JSON
 * without the checksum, which is then appended as the last key), so a reader checks what is in
 * the file rather than a re-serialization of it.
 */

const encoder = new TextEncoder();
const NEWLINE = 0x0a;
/** A header holds counts and a title: far below this. Bounds the search for its end in a large or foreign file. */
const MAX_HEADER_BYTES = 64 * 1024;
/** Readers refuse absurd derivation costs a damaged or hostile header could ask for. */
const MAX_ITERATIONS = 10_000_000;
export const MAX_TITLE_LENGTH = 2000;

const base64Text = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(1024);

const headerSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT_VERSION),
  kind: z.enum(['backup', 'bundle']),
  schemaVersion: z.number().int().min(1),
  createdAt: z.number().int().min(0),
  counts: z.record(z.string().max(100), z.number().int().min(0)),
  title: z.string().max(MAX_TITLE_LENGTH).optional(),
  encryption: z
    .strictObject({
      cipher: z.literal('AES-256-GCM'),
      kdf: z.strictObject({
        name: z.literal('PBKDF2'),
        hash: z.literal('SHA-256'),
        iterations: z.number().int().min(1).max(MAX_ITERATIONS),
        salt: base64Text,
      }),
      wrappedKey: base64Text,
      wrapIv: base64Text,
      iv: base64Text,
    })
    .nullable(),
  payloadBytes: z.number().int().min(0),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});

export const magicLine = (format: number = BACKUP_FORMAT_VERSION) => `${BACKUP_MAGIC} ${format}\n`;

/** The header's JSON without the checksum, as hashed and as the payload's additional data. */
export function unsignedHeaderBytes(header: Omit<BackupHeader, 'checksum'>): Uint8Array<ArrayBuffer> {
  const { format, kind, schemaVersion, createdAt, counts, title, encryption, payloadBytes } = header;
  const ordered = { format, kind, schemaVersion, createdAt, counts, ...(title === undefined ? {} : { title }), encryption, payloadBytes };
  return encoder.encode(JSON.stringify(ordered));
}

/** Magic line, header line (the unsigned header with the checksum appended) and payload, as one file. */
export async function assembleFile(unsigned: Uint8Array<ArrayBuffer>, payload: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const checksum = await sha256Hex(unsigned, payload);
  const magic = encoder.encode(magicLine());
  const withoutBrace = unsigned.subarray(0, unsigned.length - 1);
  const tail = encoder.encode(`,"checksum":"${checksum}"}\n`);
  const file = new Uint8Array(magic.length + withoutBrace.length + tail.length + payload.length);
  let offset = 0;
  for (const part of [magic, withoutBrace, tail, payload]) {
    file.set(part, offset);
    offset += part.length;
  }
  return file;
}

const corrupt = (reason: string) => new AppError('backupCorrupt', { reason });

export interface ParsedFile {
  header: BackupHeader;
  /** The bytes the checksum and GCM cover, besides the payload. */
  unsigned: Uint8Array<ArrayBuffer>;
  payload: Uint8Array<ArrayBuffer>;
}

/** The format the magic line names; not our magic → backupNotABackup, a newer format → backupNewerSchema. */
function readMagic(bytes: Uint8Array): number {
  const prefix = encoder.encode(`${BACKUP_MAGIC} `);
  if (bytes.length < prefix.length || prefix.some((byte, i) => bytes[i] !== byte)) throw new AppError('backupNotABackup');
  let end = prefix.length;
  while (end < bytes.length && end < prefix.length + 8 && bytes[end] !== NEWLINE) end += 1;
  const digits = new TextDecoder().decode(bytes.subarray(prefix.length, end));
  if (bytes[end] !== NEWLINE || !/^[1-9][0-9]{0,5}$/.test(digits)) throw corrupt('magic');
  const format = Number(digits);
  if (format > BACKUP_FORMAT_VERSION) throw new AppError('backupNewerSchema', { found: format, supported: BACKUP_FORMAT_VERSION });
  return format;
}

/**
 * Splits and checks a file: magic, header (shape, declared payload length) and the checksum over
 * header and payload. Any damage that leaves the magic intact comes out as backupCorrupt.
 */
export async function parseFile(bytes: Uint8Array): Promise<ParsedFile> {
  const format = readMagic(bytes);
  const headerStart = magicLine(format).length;
  const searchEnd = Math.min(bytes.length, headerStart + MAX_HEADER_BYTES);
  let headerEnd = headerStart;
  while (headerEnd < searchEnd && bytes[headerEnd] !== NEWLINE) headerEnd += 1;
  if (headerEnd >= searchEnd) throw corrupt('headerEnd');

  let lineText: string;
  try {
    lineText = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(headerStart, headerEnd));
  } catch {
    throw corrupt('headerEncoding');
  }
  const signed = /^(\{.*),"checksum":"([0-9a-f]{64})"\}$/s.exec(lineText);
  if (!signed) throw corrupt('checksumMissing');
  let parsed: unknown;
  try {
    parsed = JSON.parse(lineText);
  } catch {
    throw corrupt('headerJson');
  }
  const declaredFormat = (parsed as { format?: unknown } | null)?.format;
  if (typeof declaredFormat === 'number' && declaredFormat > BACKUP_FORMAT_VERSION) {
    throw new AppError('backupNewerSchema', { found: declaredFormat, supported: BACKUP_FORMAT_VERSION });
  }
  const result = headerSchema.safeParse(parsed);
  if (!result.success || result.data.format !== format) throw corrupt('headerShape');
  const header = result.data;

  const payload = bytes.slice(headerEnd + 1);
  if (payload.length !== header.payloadBytes) throw corrupt('payloadLength');
  const unsigned = encoder.encode(`${signed[1]}}`);
  if ((await sha256Hex(unsigned, payload)) !== header.checksum) throw corrupt('checksum');
  return { header, unsigned, payload };
}
