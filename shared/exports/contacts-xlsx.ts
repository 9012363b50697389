import ExcelJS from 'exceljs';
import type { Contact } from '../domain/contact';
import type { UiLanguage } from '../domain/lang';
import type { Organization } from '../domain/organization';
import { contactTable, type ContactHeaders } from './contact-table';
import type { Lookup } from './export-names';

/**
 * Contacts as an Excel workbook: one sheet, a bold header row that stays in view (frozen) with a
 * filter on it, columns as wide as their content (within limits), and every cell stored as text
 * with the text number format, so "+380 44 123 45 67" stays a phone number and "=…" is never a
 * formula: a written string is a string in XLSX, unlike in CSV, so nothing needs escaping.
 */

export interface XlsxOptions {
  /** The sheet's name in the chosen language (at most 31 characters, no []:*?/\). */
  sheetName?: string;
  /** When the file is made (workbook properties); now by default. */
  now?: number;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const TEXT_FORMAT = '@';

/** Excel's rules for a sheet name. */
export function safeSheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\\p{Cc}]/gu, ' ').replace(/ {2,}/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim();
  return clean || 'Sheet1';
}

/** Width in characters: the longest line of the column's cells, plus a little air. */
function columnWidth(cells: readonly string[]): number {
  const longest = Math.max(0, ...cells.flatMap((cell) => cell.split(/\r\n|\r|\n/)).map((line) => [...line].length));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

export async function contactsToXlsx(
  contacts: readonly Contact[],
  organizations: Lookup<Organization>,
  lang: UiLanguage,
  headers: ContactHeaders,
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const { header, rows } = contactTable(contacts, organizations, lang, headers);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Delegation Desk';
  workbook.created = workbook.modified = new Date(options.now ?? Date.now());
  const sheet = workbook.addWorksheet(safeSheetName(options.sheetName ?? 'Contacts'), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });

  sheet.columns = header.map((title, index) => ({
    width: columnWidth([title, ...rows.map((row) => row[index] ?? '')]),
    style: { numFmt: TEXT_FORMAT },
  }));
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row);
    added.eachCell({ includeEmpty: false }, (cell) => {
      cell.numFmt = TEXT_FORMAT;
      if (typeof cell.value === 'string' && /[\r\n]/.test(cell.value)) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };

  const buffer = await workbook.xlsx.writeBuffer();
  // A Buffer in Node, an ArrayBuffer in the browser build: either way, a plain byte array.
  return new Uint8Array(buffer as ArrayBuffer);
}
