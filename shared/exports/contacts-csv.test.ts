import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/contact';
import { CONTACT_COLUMNS } from './contact-table';
import { EN_HEADERS, UK_HEADERS } from './contact-test-headers';
import { CSV_BOM, contactsToCsv } from './contacts-csv';
import { SAMPLE } from './export-test-records';

/** The CSV as a spreadsheet reads it: BOM off, rows of cells. */
function readCsv(csv: string, delimiter = ','): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { delimiter, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

const column = (name: (typeof CONTACT_COLUMNS)[number]) => CONTACT_COLUMNS.indexOf(name);
const PEOPLE = ['lysohor', 'delbe', 'niedorf', 'terekhov'].map((key) => SAMPLE.contact(key));

describe('contactsToCsv', () => {
  it('starts with a BOM, ends rows with CRLF and has the header in the chosen language', () => {
    const csv = contactsToCsv(PEOPLE, SAMPLE.organizations, 'uk', UK_HEADERS);
    expect(csv.startsWith('\uFEFFПрізвище (укр.),Ім’я (укр.),')).toBe(true);
    expect(csv.match(/\r\n/g)).toHaveLength(PEOPLE.length + 1);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(readCsv(csv)[0]).toEqual(CONTACT_COLUMNS.map((c) => UK_HEADERS[c]));
  });

  it('gives the names in every language as separate columns, the rest in the chosen one', () => {
    const [, lysohor, delbe, niedorf] = readCsv(contactsToCsv(PEOPLE, SAMPLE.organizations, 'en', EN_HEADERS));
    expect(lysohor!.slice(0, 7)).toEqual(['Лисогор', 'Артем', 'Лысогор', 'Артем', 'Lysohor', 'Artem', 'Артем Лисогор']);
    expect(delbe!.slice(0, 7)).toEqual(['Дельб', 'Жюльєт', 'Дельб', 'Жюльет', 'Delbe', 'Juliette', 'Juliette Delbe']);
    expect(delbe![column('position')]).toBe('Head of International Relations');
    expect(delbe![column('organization.uk')]).toBe('Регіон О-де-Франс');
    expect(delbe![column('organization.en')]).toBe('Hauts-de-France Region');
    expect(delbe![column('country')]).toBe('France');
    expect(delbe![column('city')]).toBe('Lille');
    expect(niedorf![column('organization.en')]).toMatch(/^European Committee of the Regions \/ Secretariat of the Commission/);
    expect(lysohor![column('languages')]).toBe('Ukrainian');
    const [, inUk] = readCsv(contactsToCsv(PEOPLE, SAMPLE.organizations, 'uk', UK_HEADERS));
    expect(inUk![column('languages')]).toBe('українська');
    expect(inUk![column('honorific')]).toBe('пан');
  });

  it('reads back cell for cell, with commas, quotes, line breaks and emoji', () => {
    const tricky: Contact = {
      ...SAMPLE.contact('delbe'),
      notes: 'Line one, with "quotes"\r\nline two; 😀🇺🇦',
      tags: ['a,b', 'c'],
    };
    const [, row] = readCsv(contactsToCsv([tricky], SAMPLE.organizations, 'en', EN_HEADERS));
    expect(row![column('notes')]).toBe('Line one, with "quotes"\r\nline two; 😀🇺🇦');
    expect(row![column('tags')]).toBe('a,b; c');
  });

  it('escapes every cell that a spreadsheet would run as a formula', () => {
    const hostile: Contact = {
      ...SAMPLE.contact('delbe'),
      givenName: { uk: '=HYPERLINK("http://evil.example","click")', ru: '+cmd|\' /C calc\'!A0', en: '-2+3' },
      familyName: { uk: '@SUM(A1:A9)', ru: 'Tab', en: '=1+1\nsecond line' },
      nameOriginal: 'CR',
      phones: ['+380 44 123 45 67'],
      emails: ['\rCR'],
      notes: '＝1+1',
      tags: ['\tTab'],
    };
    const [, row] = readCsv(contactsToCsv([hostile], SAMPLE.organizations, 'en', EN_HEADERS));
    expect(row!.slice(0, 7)).toEqual([
      "'@SUM(A1:A9)",
      '\'=HYPERLINK("http://evil.example","click")',
      'Tab',
      "'+cmd|' /C calc'!A0",
      "'=1+1\nsecond line",
      "'-2+3",
      'CR',
    ]);
    // Names are trimmed; a tab or CR can still lead a cell of several values.
    expect(row![column('tags')]).toBe("'\tTab");
    expect(row![column('emails')]).toBe("'\rCR");
    expect(row![column('phones')]).toBe("'+380 44 123 45 67");
    expect(row![column('notes')]).toBe("'＝1+1");
    for (const cell of row!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes semicolon-separated files on request', () => {
    const csv = contactsToCsv([SAMPLE.contact('lysohor')], SAMPLE.organizations, 'ru', UK_HEADERS, { delimiter: ';' });
    const [header, row] = readCsv(csv, ';');
    expect(header).toHaveLength(CONTACT_COLUMNS.length);
    expect(row![column('position')]).toMatch(/^Глава Луганской областной/);
  });

  it('leaves out contacts in the Trash', () => {
    expect(readCsv(contactsToCsv([{ ...SAMPLE.contact('delbe'), deletedAt: 1 }], SAMPLE.organizations, 'en', EN_HEADERS))).toHaveLength(1);
  });
});
