import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { MAX_IMPORT_BYTES } from './import-source';
import { isXlsxFile, readTableFile } from './read-table-file';
import { tableToImport } from './table-import';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/import/${name}`, import.meta.url)));

async function importFixture(name: string, options = {}) {
  const read = await readTableFile(fixture(name), name, options);
  return { read, parsed: tableToImport(read.table, read.mapping, name, read.format) };
}

const codeOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
  return 'no error';
};

describe('readTableFile + tableToImport on real-shaped files', () => {
  it('imports a Google Contacts export', async () => {
    const { read, parsed } = await importFixture('google-contacts.csv');
    expect(read).toMatchObject({ format: 'csv', encoding: 'utf-8', layout: 'google' });
    expect(read.table.headers).toHaveLength(36);
    expect(parsed.contacts).toHaveLength(3);
    const [lysohor, delbe, hereliuk] = parsed.contacts;
    expect(lysohor).toMatchObject({ row: 1, organizationName: 'Луганська обласна військова адміністрація' });
    expect(lysohor.contact).toMatchObject({
      givenName: { uk: 'Артем' },
      familyName: { uk: 'Лисогор' },
      honorific: { uk: 'пан' },
      position: { uk: 'Голова обласної військової адміністрації' },
      emails: ['a.lysohor@example.gov.ua'],
      phones: ['+380 50 123 45 67', '+380 66 765 43 21', '+380 44 200 00 00'],
      country: 'UA',
      city: { uk: 'Сєвєродонецьк' },
      tags: ['ReBuild Ukraine'],
    });
    expect(delbe).toMatchObject({ row: 2, organizationName: 'Région Hauts-de-France' });
    expect(delbe.contact).toMatchObject({
      givenName: { en: 'Juliette', uk: '' },
      familyName: { en: 'Delbe' },
      honorific: { en: 'Ms' },
      emails: ['juliette.delbe@example.fr', 'j.delbe@example.com'],
      country: 'FR',
      city: { en: 'Lille' },
      tags: ['ReBuild Ukraine', 'Partners'],
      notes: 'Met at ReBuild Ukraine, Warsaw.\nCybersecurity and green energy projects with Luhansk region.',
    });
    expect(hereliuk.contact).toMatchObject({ givenName: { uk: 'Олександра' }, position: { uk: 'Радниця з питань експорту' } });
    // Google keeps a number with no name as a contact; we cannot.
    expect(parsed.rejected).toEqual([{ row: 4, reason: 'noName', excerpt: '* myContacts · Mobile · +48 600 000 000' }]);
  });

  it('imports an Outlook export written with a byte-order mark', async () => {
    const { read, parsed } = await importFixture('outlook-contacts.csv');
    expect(read).toMatchObject({ format: 'csv', encoding: 'utf-8', layout: 'outlook', table: { delimiter: ',' } });
    expect(read.table.headers[0]).toBe('Title');
    expect(parsed.rejected).toEqual([]);
    expect(parsed.contacts.map((c) => [c.contact.familyName.en, c.organizationName, c.contact.country])).toEqual([
      ['Lysohor', 'Luhansk Regional Military Administration', 'UA'],
      ['Delbe', 'Région Hauts-de-France', 'FR'],
      ['Niedorf', 'European Committee of the Regions', 'BE'],
    ]);
    expect(parsed.contacts[0].contact).toMatchObject({
      honorific: { en: 'Mr' },
      position: { en: 'Head of the Regional Military Administration' },
      phones: ['+380 44 200 00 00', '+380 50 123 45 67'],
      emails: ['a.lysohor@example.gov.ua'],
      tags: ['ReBuild Ukraine', 'Partners'],
      notes: 'Preliminary talks with Hauts-de-France, 15 Nov.\r\nFollow up on green energy.',
    });
    expect(parsed.contacts[1].contact.emails).toEqual(['juliette.delbe@example.fr', 'j.delbe@example.com']);
  });

  it('imports an Excel CSV in Windows-1251 with semicolons', async () => {
    const { read, parsed } = await importFixture('excel-1251-semicolon.csv');
    expect(read).toMatchObject({ encoding: 'windows-1251', layout: 'generic', table: { delimiter: ';' } });
    expect(read.table.headers).toEqual(['Прізвище', "Ім'я", 'Посада', 'Організація', 'Телефон', 'E-mail']);
    expect(read.mapping).toEqual(['familyName', 'givenName', 'position', 'organization', 'phone', 'email']);
    expect(parsed.contacts.map((c) => [c.row, c.contact.familyName, c.contact.givenName])).toEqual([
      [1, { uk: 'Лисогор', ru: '', en: '' }, { uk: 'Артем', ru: '', en: '' }],
      [2, { uk: 'Терехов', ru: '', en: '' }, { uk: 'Ігор', ru: '', en: '' }],
      [3, { uk: 'Ґонта', ru: '', en: '' }, { uk: 'Євгенія', ru: '', en: '' }],
      [4, { uk: '', ru: 'Лысогор', en: '' }, { uk: '', ru: 'Артём', en: '' }],
    ]);
    expect(parsed.contacts[2].contact.position.uk).toBe('Радниця; перекладачка');
    expect(parsed.contacts[3].contact.position).toEqual({ uk: '', ru: 'Глава администрации', en: '' });
    expect(parsed.rejected).toEqual([{ row: 6, reason: 'noName', excerpt: 'Секретар · +380 44 000 00 00' }]);
  });

  it('reads the same file as garbage under a wrong encoding the user forces, and refuses a forced UTF-8', async () => {
    expect(await codeOf(() => readTableFile(fixture('excel-1251-semicolon.csv'), 'x.csv', { encoding: 'utf-8' }))).toBe('importEncoding');
    const forced = await readTableFile(fixture('google-contacts.csv'), 'x.csv', { encoding: 'windows-1251' });
    expect(forced.encoding).toBe('windows-1251');
    expect(forced.table.rows[0][0]).not.toBe('Артем');
  });

  it('imports a tab-separated participant list', async () => {
    const { read, parsed } = await importFixture('participants.tsv');
    expect(read).toMatchObject({ layout: 'generic', table: { delimiter: '\t' } });
    expect(read.mapping).toEqual(['fullName', 'organization', 'position', 'country', 'email', 'language']);
    expect(parsed.contacts.map((c) => [c.contact.givenName, c.contact.familyName, c.contact.country, c.contact.languages])).toEqual([
      [{ uk: '', ru: '', en: 'Juliette' }, { uk: '', ru: '', en: 'Delbe' }, 'FR', ['fr', 'en']],
      [{ uk: 'Артем', ru: '', en: '' }, { uk: 'Лисогор', ru: '', en: '' }, 'UA', ['uk', 'en']],
      [{ uk: '', ru: '', en: 'Gudrun' }, { uk: '', ru: '', en: 'Niedorf' }, 'BE', ['de', 'en']],
    ]);
  });

  it('imports a matchmaking agenda XLSX as people and meetings', async () => {
    const { read, parsed } = await importFixture('matchmaking-agenda.xlsx');
    expect(read).toMatchObject({ format: 'xlsx', encoding: null, layout: 'generic' });
    expect(read.mapping).toEqual(['meetingDate', 'meetingStart', 'meetingTable', 'organization', 'fullName', 'country']);
    expect(parsed.contacts.map((c) => [c.row, c.contact.familyName, c.organizationName])).toEqual([
      [1, { uk: '', ru: '', en: 'Delbe' }, 'Région Hauts-de-France'],
      [2, { uk: '', ru: '', en: 'Hereliuk' }, 'Business France Ukraine'],
      [3, { uk: '', ru: '', en: 'Niedorf' }, 'European Committee of the Regions'],
      [4, { uk: 'Куртєв', ru: '', en: '' }, 'Zaporizhzhia City Council'],
      [5, { uk: '', ru: '', en: 'Naida' }, 'Kalush City Council'],
    ]);
    expect(parsed.meetings.map((m) => [m.row, m.date, m.startTime, m.endTime, m.place.table, m.contactRow, m.organizationName])).toEqual([
      [1, '2023-11-15', '10:00', '', 'T-12', 1, 'Région Hauts-de-France'],
      [2, '2023-11-15', '10:30', '', 'T-14', 2, 'Business France Ukraine'],
      [3, '2023-11-14', '14:00', '14:30', 'T-3', 3, 'European Committee of the Regions'],
      [4, '2023-11-15', '11:30', '', 'T-1', 4, 'Zaporizhzhia City Council'],
      [6, '2023-11-15', '16:00', '', 'T-7', null, 'Kharkiv City Council'],
    ]);
    expect(parsed.rejected).toEqual([{ row: 5, reason: 'badDateTime', excerpt: 'TBD · 15:00 · T-2 · Kalush City Council' }]);
  });

  it('tells XLSX from CSV by the zip header or the name', () => {
    expect(isXlsxFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'agenda.csv')).toBe(true);
    expect(isXlsxFile(new TextEncoder().encode('a,b'), 'Agenda.XLSX')).toBe(true);
    expect(isXlsxFile(new TextEncoder().encode('a,b'), 'agenda.csv')).toBe(false);
  });

  it('refuses empty, oversized and unreadable files with the reason', async () => {
    expect(await codeOf(() => readTableFile(new Uint8Array(), 'a.csv'))).toBe('importEmpty');
    expect(await codeOf(() => readTableFile(new Uint8Array(), 'a.xlsx'))).toBe('importEmpty');
    expect(await codeOf(() => readTableFile(new Uint8Array(MAX_IMPORT_BYTES + 1), 'a.xlsx'))).toBe('importTooLarge');
    expect(await codeOf(() => readTableFile(new TextEncoder().encode('Name,Email\n'), 'a.csv'))).toBe('importNothing');
    expect(await codeOf(() => readTableFile(new TextEncoder().encode('not a workbook'), 'a.xlsx'))).toBe('importUnreadable');
    const agenda = fixture('matchmaking-agenda.xlsx');
    expect(await codeOf(() => readTableFile(agenda.subarray(0, 3000), 'agenda.xlsx'))).toBe('importUnreadable');
    // An old binary .xls is not text.
    expect(await codeOf(() => readTableFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'a.xls'))).toBe('importBinary');
  });
});
