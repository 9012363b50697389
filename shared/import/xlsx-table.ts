import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { AppError } from '../errors/app-error';
import { checkTableSize, isBlankRow, tableFromRows, type SourceTable } from './source-table';

/**
 * Reads the first worksheet that has anything in it (a conference organizer's participant list
 * or matchmaking agenda) into a table of text, its header found under any title row
 * (source-table.ts).
 * exceljs is loaded only here, on the first XLSX a user opens: it is large and most imports
 * are vCards.
 */
export async function readXlsxTable(bytes: Uint8Array): Promise<SourceTable> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    // JSZip reads a Uint8Array as well as a Node Buffer, which is all exceljs's type names.
    await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch (error) {
    // A zip that is not a workbook, a truncated one, a damaged part: the user can only try another file.
    throw new AppError('importUnreadable', undefined, { cause: error });
  }
  if (workbook.worksheets.length === 0) throw new AppError('importUnreadable');
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet);
    if (rows.some((row) => !isBlankRow(row))) return checkTableSize(tableFromRows(rows));
  }
  throw new AppError('importNothing');
}

function sheetRows(sheet: Worksheet): string[][] {
  const rows: string[][] = [];
  // rowCount is the last row with anything in it, so a sheet's trailing formatting costs nothing.
  for (let number = 1; number <= sheet.rowCount; number += 1) {
    const cells: string[] = [];
    sheet.getRow(number).eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows.push(Array.from(cells, (cell) => cell ?? ''));
  }
  return rows;
}

/**
 * A cell's value as the user sees it: rich text and hyperlinks as their text, a formula as its
 * last computed result, errors (#N/A) as nothing. exceljs turns a number shown with a date or
 * time format into a Date whose UTC fields are the wall-clock value; a time alone is a Date on
 * Excel's day zero, 1899-12-30.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((run) => run.text ?? '').join('');
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as CellValue);
  return '';
}

const MINUTE = 60_000;
const pad = (value: number) => String(value).padStart(2, '0');

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // Serial numbers in the file are floating point: 09:30 may come back as 09:29:59.999.
  const rounded = new Date(Math.round(date.getTime() / MINUTE) * MINUTE);
  const time = `${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}`;
  if (rounded.getUTCFullYear() < 1900) return time;
  const day = `${rounded.getUTCFullYear()}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  return time === '00:00' ? day : `${day} ${time}`;
}
