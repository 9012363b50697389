import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from './column-mapping';
import { excerptOf, tableToImport } from './table-import';

const table = (headers: string[], rows: string[][]) => ({ headers, rows });

describe('tableToImport: people', () => {
  it('builds a contact per named row, with the organization as written', () => {
    const mapping: ColumnMapping = ['familyName', 'givenName', 'position', 'organization', 'phone', 'email', 'country', 'tags', 'notes', 'ignore'];
    const parsed = tableToImport(
      table(['Прізвище', "Ім'я", 'Посада', 'Організація', 'Телефон', 'E-mail', 'Країна', 'Теги', 'Примітки', 'Дата народження'], [
        ['Лисогор', 'Артем', 'Голова ОВА', 'Луганська ОВА', '+380 50 123 45 67; +380 44 200 00 00', 'a@example.ua, A@example.ua', 'Україна', 'ReBuild; Partners', 'Перша нотатка', '01.01.1980'],
      ]),
      mapping,
      'list.csv',
      'csv',
    );
    expect(parsed).toMatchObject({ format: 'csv', fileName: 'list.csv', meetings: [], rejected: [] });
    expect(parsed.contacts).toHaveLength(1);
    const [candidate] = parsed.contacts;
    expect(candidate).toMatchObject({ row: 1, organizationName: 'Луганська ОВА', photos: [] });
    expect(candidate.contact).toMatchObject({
      givenName: { uk: 'Артем', ru: '', en: '' },
      familyName: { uk: 'Лисогор', ru: '', en: '' },
      position: { uk: 'Голова ОВА', ru: '', en: '' },
      phones: ['+380 50 123 45 67', '+380 44 200 00 00'],
      emails: ['a@example.ua', 'A@example.ua'],
      country: 'UA',
      tags: ['ReBuild', 'Partners'],
      notes: 'Перша нотатка',
      organizationId: null,
      ourStaff: false,
    });
  });

  it('puts texts under their script, cuts long ones and drops Google system labels', () => {
    const long = 'x'.repeat(500);
    const parsed = tableToImport(
      table(['Name', 'Job', 'Job', 'City', 'Labels', 'Lang'], [['Juliette Delbe', 'Head of International Relations', 'Керівниця департаменту', long, '* myContacts ::: * starred ::: Partners', 'French, en']]),
      ['fullName', 'position', 'position', 'city', 'tags', 'language'],
      'x.csv',
      'csv',
    );
    expect(parsed.contacts[0].contact).toMatchObject({
      givenName: { en: 'Juliette' },
      familyName: { en: 'Delbe' },
      nameOriginal: 'Juliette Delbe',
      position: { uk: 'Керівниця департаменту', ru: '', en: 'Head of International Relations' },
      city: { en: 'x'.repeat(200) },
      tags: ['Partners'],
      languages: ['fr', 'en'],
    });
  });

  it('rejects rows without a name or organization, numbered from the first row under the header, and skips empty rows', () => {
    const parsed = tableToImport(
      table(['Name', 'Email', 'Company'], [['Delbe', '', ''], ['', '', ''], ['', 'nobody@example.org', ''], ['', '', 'Kalush City Council']]),
      ['fullName', 'email', 'organization'],
      'x.csv',
      'csv',
    );
    expect(parsed.contacts.map((c) => c.row)).toEqual([1]);
    expect(parsed.rejected).toEqual([
      { row: 3, reason: 'noName', excerpt: 'nobody@example.org' },
      // An organization alone, with no meeting, would import nothing: it says so rather than vanish.
      { row: 4, reason: 'noName', excerpt: 'Kalush City Council' },
    ]);
  });
});

describe('tableToImport: an agenda', () => {
  const headers = ['Date', 'Time', 'End', 'Table', 'Room', 'Company', 'Participant', 'Topic'];
  const mapping: ColumnMapping = ['meetingDate', 'meetingStart', 'meetingEnd', 'meetingTable', 'meetingPlace', 'organization', 'fullName', 'meetingTitle'];

  it('makes a meeting of each row with a date and a start, linked to the row’s person', () => {
    const parsed = tableToImport(
      table(headers, [
        ['15.11.2023', '10:00', '10:30', 'T-12', 'Hall B', 'Région Hauts-de-France', 'Juliette Delbe', 'Green energy'],
        ['2023-11-15', '11:00-11:20', '', 'T-3', '', 'Kalush City Council', '', ''],
        ['2023-11-15 14:00', '', '', '', '', 'Business France Ukraine', 'Oleksandra Hereliuk', ''],
      ]),
      mapping,
      'agenda.xlsx',
      'xlsx',
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.contacts.map((c) => [c.row, c.organizationName])).toEqual([[1, 'Région Hauts-de-France'], [3, 'Business France Ukraine']]);
    expect(parsed.meetings).toEqual([
      { row: 1, title: 'Green energy', date: '2023-11-15', startTime: '10:00', endTime: '10:30', place: { venue: 'Hall B', room: '', table: 'T-12', onlineUrl: '' }, contactRow: 1, organizationName: 'Région Hauts-de-France' },
      { row: 2, title: '', date: '2023-11-15', startTime: '11:00', endTime: '11:20', place: { venue: '', room: '', table: 'T-3', onlineUrl: '' }, contactRow: null, organizationName: 'Kalush City Council' },
      { row: 3, title: '', date: '2023-11-15', startTime: '14:00', endTime: '', place: { venue: '', room: '', table: '', onlineUrl: '' }, contactRow: 3, organizationName: 'Business France Ukraine' },
    ]);
  });

  it('rejects a meeting whose date or time cannot be read, and still imports the person', () => {
    const parsed = tableToImport(
      table(headers, [
        ['TBD', '10:00', '', '', '', 'Kalush City Council', 'Andrii Naida', ''],
        ['15.11.2023', 'morning', '', '', '', 'Kharkiv City Council', '', ''],
        ['15.11.2023', '', '', '', '', '', 'Ihor Terekhov', ''],
        ['', '', '', 'T-9', '', '', 'Gudrun Niedorf', ''],
      ]),
      mapping,
      'agenda.csv',
      'csv',
    );
    expect(parsed.contacts.map((c) => c.row)).toEqual([1, 3, 4]);
    expect(parsed.meetings).toEqual([]);
    expect(parsed.rejected.map((r) => [r.row, r.reason])).toEqual([[1, 'badDateTime'], [2, 'badDateTime'], [3, 'badDateTime']]);
    expect(parsed.rejected[0].excerpt).toBe('TBD · 10:00 · Kalush City Council · Andrii Naida');
  });

  it('reads a date-time column', () => {
    const parsed = tableToImport(table(['When', 'Who'], [['15.11.2023 09:30–10:00', 'Delbe']]), ['meetingDateTime', 'fullName'], 'a.csv', 'csv');
    expect(parsed.meetings[0]).toMatchObject({ date: '2023-11-15', startTime: '09:30', endTime: '10:00', contactRow: 1 });
  });
});

describe('excerptOf', () => {
  it('joins the first non-empty cells and cuts to 80 characters', () => {
    expect(excerptOf(['', 'a', ' ', 'b'])).toBe('a · b');
    const excerpt = excerptOf(['x'.repeat(100)]);
    expect(excerpt).toHaveLength(80);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});
