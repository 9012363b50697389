import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/contact';
import { CONTACT_COLUMNS } from './contact-table';
import { EN_HEADERS, UK_HEADERS } from './contact-test-headers';
import { contactsToXlsx, safeSheetName } from './contacts-xlsx';
import { SAMPLE } from './export-test-records';

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

const col = (name: (typeof CONTACT_COLUMNS)[number]) => CONTACT_COLUMNS.indexOf(name) + 1;

const withPhones: Contact = {
  ...SAMPLE.contact('lysohor'),
  phones: ['+380 44 123 45 67', '0501234567'],
  emails: ['press@loga.gov.ua'],
  notes: '=HYPERLINK("http://evil.example","click")\nsecond line',
  tags: ['2023-11-15', '00123'],
};

describe('contactsToXlsx, read back with exceljs', () => {
  it('writes a sheet with a bold, frozen, filtered header row in the chosen language', async () => {
    const bytes = await contactsToXlsx([withPhones, SAMPLE.contact('delbe')], SAMPLE.organizations, 'uk', UK_HEADERS, {
      sheetName: 'Контакти',
      now: Date.UTC(2024, 0, 2),
    });
    expect(bytes).toBeInstanceOf(Uint8Array);
    const workbook = await readWorkbook(bytes);
    const sheet = workbook.getWorksheet('Контакти')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).values).toEqual([undefined, ...CONTACT_COLUMNS.map((c) => UK_HEADERS[c])]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(workbook.creator).toBe('Delegation Desk');
  });

  it('keeps every cell as text: phones, leading zeros, date-like tags and formula-like notes', async () => {
    const workbook = await readWorkbook(await contactsToXlsx([withPhones], SAMPLE.organizations, 'en', EN_HEADERS));
    const row = workbook.worksheets[0]!.getRow(2);
    const phones = row.getCell(col('phones'));
    expect(phones.type).toBe(ExcelJS.ValueType.String);
    expect(phones.value).toBe('+380 44 123 45 67; 0501234567');
    expect(phones.numFmt).toBe('@');
    expect(row.getCell(col('tags')).value).toBe('2023-11-15; 00123');
    const notes = row.getCell(col('notes'));
    expect(notes.type).toBe(ExcelJS.ValueType.String);
    expect(notes.value).toBe(withPhones.notes);
    expect(notes.alignment?.wrapText).toBe(true);
    expect(row.getCell(col('familyName.uk')).value).toBe('Лисогор');
    expect(row.getCell(col('givenName.en')).value).toBe('Artem');
  });

  it('stores no formula anywhere in the sheet', async () => {
    const bytes = await contactsToXlsx([withPhones], SAMPLE.organizations, 'en', EN_HEADERS);
    const files = unzipSync(bytes);
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).not.toMatch(/<f[ >]/);
    expect(sheetXml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  });

  it('sizes columns to their content within limits', async () => {
    const workbook = await readWorkbook(await contactsToXlsx([withPhones, SAMPLE.contact('niedorf')], SAMPLE.organizations, 'en', EN_HEADERS));
    const sheet = workbook.worksheets[0]!;
    const width = (name: (typeof CONTACT_COLUMNS)[number]) => sheet.getColumn(col(name)).width!;
    expect(width('givenName.en')).toBeGreaterThanOrEqual('Given name (en)'.length);
    expect(width('organization.en')).toBe(60);
    expect(width('honorific')).toBeLessThan(width('position'));
  });

  it('makes a sheet name Excel accepts', () => {
    expect(safeSheetName('Контакти: ReBuild [2023]/Warsaw?')).toBe('Контакти ReBuild 2023 Warsaw');
    expect(safeSheetName("'''")).toBe('Sheet1');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
  });
});
