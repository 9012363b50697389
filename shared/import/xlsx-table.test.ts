import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { cellText, readXlsxTable } from './xlsx-table';
import { buildAgendaWorkbook } from './xlsx-table.fixtures';

const codeOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
  return 'no error';
};

describe('readXlsxTable', () => {
  it('reads an agenda: header under a title, dates, times, rich text, formulas, hyperlinks and merged cells as text', async () => {
    const table = await readXlsxTable(await buildAgendaWorkbook());
    // The title above the table is not its header.
    expect(table.headers).toEqual(['Date', 'Time', 'Table', 'Company', 'Participant', 'Country']);
    expect(table.rows).toEqual([
      ['2023-11-15', '10:00', 'T-12', 'Région Hauts-de-France', 'Juliette Delbe', 'France'],
      ['2023-11-15', '10:30', 'T-14', 'Business France Ukraine', 'Oleksandra Hereliuk', 'FR'],
      ['2023-11-14', '14:00-14:30', 'T-3', 'European Committee of the Regions', 'Gudrun Niedorf', 'Belgium'],
      ['15.11.2023', '11:30', 'T-1', 'Zaporizhzhia City Council', 'Анатолій Куртєв', 'Україна'],
      ['TBD', '15:00', 'T-2', 'Kalush City Council', 'Andrii Naida', 'UA'],
      ['2023-11-15', '16:00', 'T-7', 'Kharkiv City Council', '', 'Ukraine'],
    ]);
  });

  it('reads the committed agenda fixture the same way', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../test/fixtures/import/matchmaking-agenda.xlsx', import.meta.url)));
    const table = await readXlsxTable(bytes);
    expect(table.rows).toEqual((await readXlsxTable(await buildAgendaWorkbook())).rows);
  });

  it('turns cell values into the text a user sees', () => {
    expect(cellText(new Date(Date.UTC(2024, 0, 31, 9, 29, 59, 999)))).toBe('2024-01-31 09:30');
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 18, 45)))).toBe('18:45');
    expect(cellText(380501234567)).toBe('380501234567');
    expect(cellText({ error: '#N/A' })).toBe('');
    expect(cellText({ formula: 'A1', result: { error: '#REF!' } })).toBe('');
    expect(cellText({ sharedFormula: 'A1', result: 'ok' } as never)).toBe('ok');
    expect(cellText({ text: { richText: [{ text: 'rich ' }, { text: 'link' }] } as never, hyperlink: 'https://x' })).toBe('rich link');
    expect(cellText(true)).toBe('TRUE');
  });

  it('refuses a truncated workbook and a zip that is not one', async () => {
    const bytes = await buildAgendaWorkbook();
    expect(await codeOf(() => readXlsxTable(bytes.subarray(0, Math.floor(bytes.length / 2))))).toBe('importUnreadable');
    const notAWorkbook = zipSync({ 'readme.txt': new TextEncoder().encode('hello') });
    expect(await codeOf(() => readXlsxTable(notAWorkbook))).toBe('importUnreadable');
    expect(await codeOf(() => readXlsxTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toBe('importUnreadable');
  });

  it('refuses a workbook with a header and no rows', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Empty');
    workbook.addWorksheet('Header only').addRow(['Name', 'Email']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await codeOf(() => readXlsxTable(bytes))).toBe('importNothing');
  });
});
