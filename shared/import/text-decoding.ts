import { AppError } from '../errors/app-error';
import { MAX_IMPORT_BYTES } from './import-source';

/** Encodings an import reads. Windows-1251 is still what Excel writes in Ukrainian offices. */
export const IMPORT_ENCODINGS = ['utf-8', 'windows-1251'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

export interface DecodedText {
  text: string;
  encoding: ImportEncoding;
  /** The file began with a UTF-8 byte-order mark. */
  bom: boolean;
}

/**
 * Refuses what is not worth decoding, before anything is parsed: an empty file, one over the
 * size cap, and a binary one (NUL bytes in its first 8 KiB; UTF-16 files are not offered).
 */
export function checkImportBytes(bytes: Uint8Array): void {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError('importTooLarge', { size: bytes.length, limit: MAX_IMPORT_BYTES });
  }
  if (bytes.length === 0 || (bytes.length === 3 && startsWithBom(bytes))) throw new AppError('importEmpty');
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new AppError('importBinary');
}

function startsWithBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * The file's text. 'auto' takes UTF-8 when the bytes are valid UTF-8 (a BOM settles it) and
 * Windows-1251 otherwise: bytes from a Cyrillic single-byte code page are almost never valid
 * UTF-8, while valid UTF-8 is almost never meant as 1251. An explicit encoding that the bytes
 * do not fit (invalid UTF-8) is refused with 'importEncoding' rather than shown as garbage.
 */
export function decodeImportText(bytes: Uint8Array, encoding: ImportEncoding | 'auto' = 'auto'): DecodedText {
  checkImportBytes(bytes);
  const bom = startsWithBom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  if (encoding === 'windows-1251') {
    return { text: new TextDecoder('windows-1251').decode(body), encoding, bom };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    if (text.trim() === '') throw new AppError('importEmpty');
    return { text, encoding: 'utf-8', bom };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (encoding === 'utf-8' || bom) throw new AppError('importEncoding', { encoding: 'UTF-8' });
    const text = new TextDecoder('windows-1251').decode(body);
    if (text.trim() === '') throw new AppError('importEmpty');
    return { text, encoding: 'windows-1251', bom };
  }
}
