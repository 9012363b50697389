import Papa from 'papaparse';
import { checkTableSize, tableFromRows, type SourceTable } from './source-table';

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Rows looked at to guess the separator. */
const GUESS_ROWS = 30;

/**
 * The separator that splits the first rows most consistently: for each candidate, the most
 * common field count of the non-blank rows (quotes respected), and how many rows have it. One
 * field is no split at all, so a title line above the table counts for no one. papaparse's own
 * guess prefers a comma when values hold commas in a semicolon file ("Голова, начальник ОВА"),
 * which is exactly what Excel writes in Ukraine, so we count ourselves.
 */
export function guessDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; rows: number; fields: number } = { delimiter: ',', rows: 0, fields: 0 };
  for (const delimiter of CSV_DELIMITERS) {
    const { data } = Papa.parse<string[]>(text, { delimiter, preview: GUESS_ROWS, skipEmptyLines: 'greedy' });
    const rowsWithCount = new Map<number, number>();
    for (const row of data) rowsWithCount.set(row.length, (rowsWithCount.get(row.length) ?? 0) + 1);
    for (const [fields, rows] of rowsWithCount) {
      if (fields < 2) continue;
      if (rows > best.rows || (rows === best.rows && fields > best.fields)) best = { delimiter, rows, fields };
    }
  }
  return best.delimiter;
}

/**
 * Reads CSV text into a table, with the separator given or guessed among comma, semicolon
 * (what Excel writes where the decimal mark is a comma, as in Ukraine) and tab. Quoted fields
 * may hold separators, doubled quotes and newlines. A field left open by a truncated file runs
 * to the end: papaparse keeps it, and so do we, since the rows before it are still good.
 */
export function parseCsvTable(text: string, delimiter?: CsvDelimiter): SourceTable {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const used = delimiter ?? guessDelimiter(body);
  const result = Papa.parse<string[]>(body, { header: false, delimiter: used, skipEmptyLines: false });
  return checkTableSize(tableFromRows(result.data, used));
}
