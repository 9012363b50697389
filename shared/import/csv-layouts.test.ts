import { describe, expect, it } from 'vitest';
import { recognizeLayout } from './csv-layouts';
import { guessField } from './csv-layouts-generic';
import type { ColumnMapping, ImportField } from './column-mapping';

/** The columns a mapping sends somewhere, as "header → field". */
const mapped = (headers: string[], mapping: ColumnMapping) =>
  Object.fromEntries(headers.map((header, index) => [header, mapping[index]] as const).filter(([, field]) => field !== 'ignore'));

const GOOGLE_CURRENT =
  'First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,Website 1 - Value,Custom Field 1 - Label,Custom Field 1 - Value'.split(',');

const GOOGLE_OLDER =
  'Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description'.split(',');

const OUTLOOK = [
  'Title', 'First Name', 'Middle Name', 'Last Name', 'Suffix', 'Company', 'Department', 'Job Title', 'Business Street', 'Business Street 2', 'Business Street 3', 'Business City', 'Business State', 'Business Postal Code', 'Business Country/Region', 'Home Street', 'Home Street 2', 'Home Street 3', 'Home City', 'Home State', 'Home Postal Code', 'Home Country/Region', 'Other Street', 'Other Street 2', 'Other Street 3', 'Other City', 'Other State', 'Other Postal Code', 'Other Country/Region', "Assistant's Phone", 'Business Fax', 'Business Phone', 'Business Phone 2', 'Callback', 'Car Phone', 'Company Main Phone', 'Home Fax', 'Home Phone', 'Home Phone 2', 'ISDN', 'Mobile Phone', 'Other Fax', 'Other Phone', 'Pager', 'Primary Phone', 'Radio Phone', 'TTY/TDD Phone', 'Telex', 'Account', 'Anniversary', "Assistant's Name", 'Billing Information', 'Birthday', 'Business Address PO Box', 'Categories', 'Children', 'Directory Server', 'E-mail Address', 'E-mail Type', 'E-mail Display Name', 'E-mail 2 Address', 'E-mail 2 Type', 'E-mail 2 Display Name', 'E-mail 3 Address', 'E-mail 3 Type', 'E-mail 3 Display Name', 'Gender', 'Government ID Number', 'Hobby', 'Home Address PO Box', 'Initials', 'Internet Free Busy', 'Keywords', 'Language', 'Location', "Manager's Name", 'Mileage', 'Notes', 'Office Location', 'Organizational ID Number', 'Other Address PO Box', 'Priority', 'Private', 'Profession', 'Referred By', 'Sensitivity', 'Spouse', 'User 1', 'User 2', 'User 3', 'User 4', 'Web Page',
];

describe('recognizeLayout', () => {
  it("recognizes Google Contacts' current export", () => {
    const { layout, mapping } = recognizeLayout(GOOGLE_CURRENT);
    expect(layout).toBe('google');
    expect(mapped(GOOGLE_CURRENT, mapping)).toEqual({
      'First Name': 'givenName', 'Last Name': 'familyName', 'Name Prefix': 'honorific', 'Organization Name': 'organization',
      'Organization Title': 'position', Notes: 'notes', Labels: 'tags', 'E-mail 1 - Value': 'email', 'E-mail 2 - Value': 'email',
      'Phone 1 - Value': 'phone', 'Phone 2 - Value': 'phone', 'Address 1 - City': 'city', 'Address 1 - Country': 'country',
    });
  });

  it("recognizes Google Contacts' older export", () => {
    const { layout, mapping } = recognizeLayout(GOOGLE_OLDER);
    expect(layout).toBe('google');
    expect(mapped(GOOGLE_OLDER, mapping)).toEqual({
      Name: 'fullName', 'Given Name': 'givenName', 'Family Name': 'familyName', 'Name Prefix': 'honorific', Notes: 'notes',
      Language: 'language', 'Group Membership': 'tags', 'E-mail 1 - Value': 'email', 'E-mail 2 - Value': 'email',
      'Phone 1 - Value': 'phone', 'Phone 2 - Value': 'phone', 'Address 1 - City': 'city', 'Address 1 - Country': 'country',
      'Organization 1 - Name': 'organization', 'Organization 1 - Title': 'position',
    });
  });

  it("recognizes Outlook's export", () => {
    const { layout, mapping } = recognizeLayout(OUTLOOK);
    expect(layout).toBe('outlook');
    expect(mapped(OUTLOOK, mapping)).toEqual({
      Title: 'honorific', 'First Name': 'givenName', 'Last Name': 'familyName', Company: 'organization', 'Job Title': 'position',
      'Business City': 'city', 'Home City': 'city', 'Other City': 'city', 'Business Country/Region': 'country',
      'Home Country/Region': 'country', 'Other Country/Region': 'country', 'Business Phone': 'phone', 'Business Phone 2': 'phone',
      'Car Phone': 'phone', 'Home Phone': 'phone', 'Home Phone 2': 'phone', 'Mobile Phone': 'phone', 'Other Phone': 'phone',
      'Primary Phone': 'phone', Categories: 'tags', 'E-mail Address': 'email', 'E-mail 2 Address': 'email',
      'E-mail 3 Address': 'email', Language: 'language', Notes: 'notes',
    });
  });

  it('guesses the columns of any other file', () => {
    const headers = ['№', 'Прізвище', "Ім'я", 'Посада', 'Організація', 'Телефон', 'E-mail', 'Дата народження'];
    expect(recognizeLayout(headers)).toEqual({
      layout: 'generic',
      mapping: ['ignore', 'familyName', 'givenName', 'position', 'organization', 'phone', 'email', 'ignore'],
    });
    // A list that happens to have two of Outlook's names is still not Outlook's export without its name columns.
    expect(recognizeLayout(['Participant', 'Company', 'Mobile Phone', 'Job Title']).layout).toBe('generic');
  });
});

describe('guessField', () => {
  it('reads Ukrainian, Russian and English headers', () => {
    const cases: [string, ImportField][] = [
      ['Прізвище', 'familyName'], ['Фамилия', 'familyName'], ['Last name', 'familyName'], ['Surname', 'familyName'],
      ["Ім'я", 'givenName'], ['Ім’я', 'givenName'], ['Имя', 'givenName'], ['First Name', 'givenName'],
      ['Name', 'fullName'], ['ПІБ', 'fullName'], ['ФИО', 'fullName'], ["Прізвище, ім'я, по батькові", 'fullName'],
      ['Имя и фамилия', 'fullName'], ['Participant', 'fullName'], ['Учасник', 'fullName'], ['Contact person', 'fullName'],
      ['E-mail', 'email'], ['Email', 'email'], ['Ел. пошта', 'email'], ['Електронна адреса', 'email'],
      ['Телефон', 'phone'], ['Phone', 'phone'], ['Тел./факс', 'phone'], ['Mobile', 'phone'],
      ['Організація', 'organization'], ['Организация', 'organization'], ['Company', 'organization'], ['Company name', 'organization'],
      ['Місце роботи', 'organization'], ['Посада', 'position'], ['Должность', 'position'], ['Position', 'position'], ['Job title', 'position'],
      ['Країна', 'country'], ['Country', 'country'], ['Страна', 'country'], ['Місто', 'city'], ['City', 'city'],
      ['Дата', 'meetingDate'], ['Date', 'meetingDate'], ['Meeting date', 'meetingDate'], ['Час', 'meetingStart'], ['Time', 'meetingStart'],
      ['Время', 'meetingStart'], ['Початок', 'meetingStart'], ['Start', 'meetingStart'], ['Start time', 'meetingStart'], ['From', 'meetingStart'],
      ['Кінець', 'meetingEnd'], ['End', 'meetingEnd'], ['End time', 'meetingEnd'], ['To', 'meetingEnd'],
      ['Дата і час', 'meetingDateTime'], ['Date/Time', 'meetingDateTime'], ['Місце', 'meetingPlace'], ['Room', 'meetingPlace'],
      ['Venue', 'meetingPlace'], ['Стіл', 'meetingTable'], ['Table', 'meetingTable'], ['Table No.', 'meetingTable'], ['Стол №', 'meetingTable'],
      ['Тема', 'meetingTitle'], ['Topic', 'meetingTitle'], ['Примітки', 'notes'], ['Notes', 'notes'], ['Комментарий', 'notes'],
      ['Мова', 'language'], ['Languages', 'language'], ['Теги', 'tags'], ['Звернення', 'honorific'], ['Salutation', 'honorific'],
      ['Дата народження', 'ignore'], ['Birthday', 'ignore'], ['Fax', 'ignore'], ['Адреса', 'ignore'], ['Street', 'ignore'],
      ['', 'ignore'], ['Column 7', 'ignore'], ['Zzz', 'ignore'],
    ];
    for (const [header, field] of cases) expect([header, guessField(header)]).toEqual([header, field]);
  });
});
