import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import type { ParsedImport } from './import-source';
import { readTableFile } from './read-table-file';
import { tableToImport } from './table-import';

/**
 * Whatever a user opens, reading and mapping a table either gives candidates the planner can
 * work with or fails with an AppError the UI can translate; never a TypeError, never a nameless
 * person, never a meeting with a date or time the schema would have to untangle.
 */
async function importOrAppError(bytes: Uint8Array, fileName: string): Promise<ParsedImport | AppError> {
  try {
    const read = await readTableFile(bytes, fileName);
    return tableToImport(read.table, read.mapping, fileName, read.format);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

function checkParsed(parsed: ParsedImport): void {
  for (const { contact } of parsed.contacts) {
    const names = [...Object.values(contact.givenName), ...Object.values(contact.familyName), contact.nameOriginal];
    expect(names.some((name) => name.trim() !== '')).toBe(true);
    for (const text of [...names, ...Object.values(contact.position), ...Object.values(contact.city), ...Object.values(contact.honorific)]) {
      expect(text.length).toBeLessThanOrEqual(200);
    }
  }
  for (const meeting of parsed.meetings) {
    expect(meeting.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meeting.startTime).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    expect(meeting.endTime).toMatch(/^(([01]\d|2[0-3]):[0-5]\d)?$/);
  }
  const rows = [...parsed.contacts, ...parsed.meetings, ...parsed.rejected].map((item) => item.row);
  expect(rows.every((row) => Number.isInteger(row) && row >= 1)).toBe(true);
}

const HEADERS = [
  'First Name', 'Last Name', 'Name', 'E-mail 1 - Value', 'Phone 1 - Value', 'Labels', 'File As', 'Organization Name', 'Company',
  'Job Title', 'E-mail Address', 'Mobile Phone', 'Business Country/Region', 'Прізвище', "Ім'я", 'Посада', 'Організація', 'Телефон',
  'Країна', 'Date', 'Time', 'End', 'Дата і час', 'Table', 'Participant', 'Мова', 'Notes',
];
const CELL_CHARS = ['a', 'Z', 'é', 'Л', 'ы', 'ї', ' ', ',', ';', '\t', '"', '\n', '\r', ':', '.', '-', '@', '+', '0', '9', '/', '*', '\u0000', '\uFEFF'];
const cell = fc.oneof(
  fc.constantFrom('', 'Лисогор Артем', 'Juliette Delbe', '15.11.2023', '2023-11-15 10:00', '10:00-10:30', '0.375', 'TBD', 'UA', 'Україна', 'a@b.c ::: d@e.f', '* myContacts ::: x', '31.02.2024', '25:99'),
  fc.array(fc.constantFrom(...CELL_CHARS), { maxLength: 12 }).map((chars) => chars.join('')),
);
const quote = (text: string) => (/[",;\t\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const csvText = fc
  .record({
    headers: fc.array(fc.oneof(fc.constantFrom(...HEADERS), cell), { minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }),
    separator: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ headers, rows, separator, newline }) => [headers, ...rows].map((row) => row.map(quote).join(separator)).join(newline));

/** Text with a few characters inserted, deleted or replaced, as a damaged file would have. */
const mutatedCsv = fc
  .tuple(csvText, fc.array(fc.tuple(fc.nat(), fc.nat(2), fc.constantFrom(...CELL_CHARS)), { maxLength: 6 }))
  .map(([text, edits]) => {
    let result = text;
    for (const [at, kind, char] of edits) {
      const index = result.length === 0 ? 0 : at % result.length;
      result = kind === 0 ? result.slice(0, index) + char + result.slice(index) : kind === 1 ? result.slice(0, index) + result.slice(index + 1) : result.slice(0, index) + char + result.slice(index + 1);
    }
    return result;
  });

describe('reading tables never fails but with an AppError', () => {
  it('random and mutated CSV text, with and without a byte-order mark', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvText, mutatedCsv), fc.boolean(), async (text, bom) => {
        const utf8 = new TextEncoder().encode(text);
        const bytes = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]) : utf8;
        const result = await importOrAppError(bytes, 'contacts.csv');
        if (!(result instanceof AppError)) checkParsed(result);
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('a.csv', 'a.tsv', 'a.txt'), async (bytes, name) => {
        const result = await importOrAppError(bytes, name);
        if (!(result instanceof AppError)) checkParsed(result);
      }),
      { numRuns: 300 },
    );
  });

  it('damaged XLSX', async () => {
    const agenda = new Uint8Array(readFileSync(new URL('../../test/fixtures/import/matchmaking-agenda.xlsx', import.meta.url)));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(agenda.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), fc.nat(agenda.length), async (flips, cut) => {
        const bytes = agenda.slice(0, Math.max(cut, 4));
        for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
        const result = await importOrAppError(bytes, 'agenda.xlsx');
        if (!(result instanceof AppError)) checkParsed(result);
      }),
      { numRuns: 12 },
    );
  }, 15_000);
});
