import { AppError } from '../errors/app-error';
import { MAX_IMPORT_ROWS } from './import-source';

/**
 * A spreadsheet as read from a CSV or XLSX file, before its columns mean anything: the header
 * row and the data rows, every cell as text. Rows keep their place in the file (an empty row
 * in the middle stays, as an empty array of cells) so that a rejected row's number is the one
 * the user sees in their spreadsheet, counting from the first row under the header.
 */
export interface SourceTable {
  headers: string[];
  /** Each row has exactly `headers.length` cells. */
  rows: string[][];
  /** The separator a CSV file used (',', ';' or '\t'); absent for XLSX. */
  delimiter?: string;
}

/** More columns than this are not a table someone maps by hand; the rest are dropped. */
export const MAX_IMPORT_COLUMNS = 256;

export const isBlankRow = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/** How far down a header row is looked for, under a title and a blank line or two. */
const HEADER_SEARCH_ROWS = 10;

const filledCount = (cells: readonly string[]) => cells.filter((cell) => cell.trim() !== '').length;

/**
 * Where the header is: the first row with at least two filled cells among the first rows, so a
 * title line an organizer puts above the table ("ReBuild Ukraine 2023 — B2B meetings") is not
 * taken for it; else, in a one-column file, the first non-blank row.
 */
function headerIndex(rawRows: readonly string[][]): number {
  let first = -1;
  let seen = 0;
  for (let index = 0; index < rawRows.length && seen < HEADER_SEARCH_ROWS; index += 1) {
    const filled = filledCount(rawRows[index]);
    if (filled === 0) continue;
    if (first < 0) first = index;
    if (filled >= 2) return index;
    seen += 1;
  }
  return first < 0 ? rawRows.length : first;
}

/**
 * Builds a table from raw rows: what is above the header goes (see headerIndex), trailing blank
 * rows go, and every row is padded or cut to one width (the widest row, so a value in a column
 * without a header is still offered for mapping).
 */
export function tableFromRows(rawRows: string[][], delimiter?: string): SourceTable {
  const start = headerIndex(rawRows);
  let end = rawRows.length;
  while (end > start && isBlankRow(rawRows[end - 1])) end -= 1;
  if (start >= end) return { headers: [], rows: [], ...(delimiter ? { delimiter } : {}) };
  const body = rawRows.slice(start, end);
  let width = 0;
  for (const row of body) width = Math.max(width, lastFilledIndex(row) + 1);
  width = Math.min(width, MAX_IMPORT_COLUMNS);
  const fit = (row: string[]) => Array.from({ length: width }, (_, index) => (row[index] ?? '').trim());
  const [header, ...rows] = body.map(fit);
  return { headers: header, rows, ...(delimiter ? { delimiter } : {}) };
}

function lastFilledIndex(row: readonly string[]): number {
  for (let index = row.length - 1; index >= 0; index -= 1) if ((row[index] ?? '').trim() !== '') return index;
  return -1;
}

/**
 * Refuses a table there is nothing to import from (no header, or a header and no rows) and one
 * too long to import in one go.
 */
export function checkTableSize(table: SourceTable): SourceTable {
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('importTooManyRows', { rows: table.rows.length, limit: MAX_IMPORT_ROWS });
  }
  if (table.headers.length === 0 || table.rows.every(isBlankRow)) throw new AppError('importNothing');
  return table;
}
