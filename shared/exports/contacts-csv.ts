import Papa from 'papaparse';
import type { Contact } from '../domain/contact';
import type { UiLanguage } from '../domain/lang';
import type { Organization } from '../domain/organization';
import { contactTable, type ContactHeaders } from './contact-table';
import type { Lookup } from './export-names';

/**
 * Contacts as CSV for Excel, LibreOffice and Google Sheets: UTF-8 with a byte-order mark (without
 * it Excel reads UTF-8 as the system's code page and Cyrillic turns to mojibake), CRLF, quotes as
 * RFC 4180 needs them.
 *
 * A cell that starts with = + - @, a tab or a carriage return (or their full-width forms, which
 * some spreadsheets also accept) would run as a formula when the file is opened: such a cell gets
 * a leading apostrophe, as OWASP's "CSV injection" advice says. papaparse does this itself
 * (escapeFormulae), but its default pattern misses a formula followed by a line break in the same
 * cell, so ours is passed in.
 */

export const CSV_BOM = '\uFEFF';

/** Anything a spreadsheet could take for the start of a formula. */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export interface CsvOptions {
  /**
   * ',' (the default) or ';', which Excel expects where the decimal separator is a comma
   * (Ukrainian and Russian regional settings) when a file is opened by double-click.
   */
  delimiter?: ',' | ';';
}

export function contactsToCsv(
  contacts: readonly Contact[],
  organizations: Lookup<Organization>,
  lang: UiLanguage,
  headers: ContactHeaders,
  options: CsvOptions = {},
): string {
  const { header, rows } = contactTable(contacts, organizations, lang, headers);
  const csv = Papa.unparse(
    { fields: header, data: rows },
    { delimiter: options.delimiter ?? ',', newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START, header: true },
  );
  // A final line break, so the last row is a complete line as RFC 4180 allows and tools expect.
  return `${CSV_BOM}${csv}\r\n`;
}
