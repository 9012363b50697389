/**
 * What every export hands to delivery: a named file with its type and bytes. The same value
 * goes to a save dialog (or a download) and to the outbox, so both get the same name and bytes.
 */

export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'html', 'txt', 'vcf', 'csv', 'xlsx', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MIME_TYPES: Readonly<Record<ExportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  vcf: 'text/vcard;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar;charset=utf-8',
};

export interface ExportFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

/** A text file in UTF-8 (a BOM, where one is wanted, is part of `text`). */
export function textFile(name: string, format: ExportFormat, text: string): ExportFile {
  return { name, mimeType: MIME_TYPES[format], bytes: encoder.encode(text) };
}

export function binaryFile(name: string, format: ExportFormat, bytes: Uint8Array): ExportFile {
  return { name, mimeType: MIME_TYPES[format], bytes };
}

/** The bytes as an ArrayBuffer of their own (a view may sit inside a larger buffer). */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Thrown when a selection has nothing in it to export; the dialog says so instead of saving an empty file. */
export class NothingToExport extends Error {
  constructor(readonly what: 'meetings' | 'contacts') {
    super(`nothing to export: ${what}`);
    this.name = 'NothingToExport';
  }
}
