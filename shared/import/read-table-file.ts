import { AppError } from '../errors/app-error';
import type { ColumnMapping } from './column-mapping';
import { parseCsvTable, type CsvDelimiter } from './csv-table';
import { recognizeLayout, type CsvLayout } from './csv-layouts';
import { MAX_IMPORT_BYTES } from './import-source';
import type { SourceTable } from './source-table';
import { decodeImportText, type ImportEncoding } from './text-decoding';
import { readXlsxTable } from './xlsx-table';

export interface ReadTableOptions {
  /** 'auto' (the default) detects UTF-8, with or without BOM, or Windows-1251. Ignored for XLSX. */
  encoding?: ImportEncoding | 'auto';
  /** The CSV separator; absent: guessed. Ignored for XLSX. */
  delimiter?: CsvDelimiter;
}

export interface TableFile {
  format: 'csv' | 'xlsx';
  table: SourceTable;
  /** The CSV's text encoding; null for XLSX. */
  encoding: ImportEncoding | null;
  layout: CsvLayout;
  /** The recognized layout's mapping, or the guess from the headers: what the mapping step starts from. */
  mapping: ColumnMapping;
}

/** Every XLSX is a zip, and a zip begins with a local file header. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function isXlsxFile(bytes: Uint8Array, fileName: string): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte) || /\.xlsx$/iu.test(fileName.trim());
}

/** Reads a CSV or XLSX file into a table with the mapping its headers suggest. */
export async function readTableFile(bytes: Uint8Array, fileName: string, options: ReadTableOptions = {}): Promise<TableFile> {
  if (isXlsxFile(bytes, fileName)) {
    if (bytes.length > MAX_IMPORT_BYTES) throw new AppError('importTooLarge', { size: bytes.length, limit: MAX_IMPORT_BYTES });
    if (bytes.length === 0) throw new AppError('importEmpty');
    const table = await readXlsxTable(bytes);
    return { format: 'xlsx', table, encoding: null, ...recognizeLayout(table.headers) };
  }
  const decoded = decodeImportText(bytes, options.encoding ?? 'auto');
  const table = parseCsvTable(decoded.text, options.delimiter);
  return { format: 'csv', table, encoding: decoded.encoding, ...recognizeLayout(table.headers) };
}
