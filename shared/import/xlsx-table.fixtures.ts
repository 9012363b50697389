import type { Workbook } from 'exceljs';

/**
 * A conference organizer's matchmaking agenda as Excel writes one, for tests and the committed
 * fixture test/fixtures/import/matchmaking-agenda.xlsx: a title row above the header, real
 * date cells (one merged across two meetings), times stored as fractions of a day with a time
 * format, a time range typed as text, rich text, a formula, a hyperlink, and a row whose date
 * reads "TBD".
 */
export async function buildAgendaWorkbook(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('B2B agenda');
  sheet.addRow(['ReBuild Ukraine 2023 — B2B meetings of the Luhansk region delegation']);
  sheet.addRow([]);
  sheet.addRow(['Date', 'Time', 'Table', 'Company', 'Participant', 'Country']);
  const day = new Date(Date.UTC(2023, 10, 15));
  sheet.addRow([day, 10 / 24, 'T-12', 'Région Hauts-de-France', 'Juliette Delbe', 'France']);
  sheet.addRow([null, 10.5 / 24, 'T-14', 'Business France Ukraine', 'Oleksandra Hereliuk', 'FR']);
  sheet.mergeCells('A4:A5');
  sheet.addRow([new Date(Date.UTC(2023, 10, 14)), '14:00-14:30', 'T-3', { richText: [{ text: 'European Committee ' }, { text: 'of the Regions', font: { bold: true } }] }, 'Gudrun Niedorf', 'Belgium']);
  sheet.addRow(['15.11.2023', { formula: 'TIME(11,30,0)', result: 11.5 / 24 }, 'T-1', { text: 'Zaporizhzhia City Council', hyperlink: 'https://zp.gov.ua' }, 'Анатолій Куртєв', 'Україна']);
  sheet.addRow(['TBD', '15:00', 'T-2', 'Kalush City Council', 'Andrii Naida', 'UA']);
  sheet.addRow([new Date(Date.UTC(2023, 10, 15)), 16 / 24, 'T-7', 'Kharkiv City Council', '', 'Ukraine']);
  for (const cell of ['B4', 'B5', 'B9']) sheet.getCell(cell).numFmt = 'hh:mm';
  sheet.getCell('B7').numFmt = 'h:mm';
  for (const cell of ['A4', 'A6', 'A9']) sheet.getCell(cell).numFmt = 'dd.mm.yyyy';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
