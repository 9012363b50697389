// Tests read the fixture files from disk; the code under test stays free of Node (shared/ runs anywhere).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactInputSchema } from '../domain/contact';
import { AppError } from '../errors/app-error';
import type { ContactCandidate, ParsedImport } from './import-source';
import { parseVcards, readVcardFile } from './vcard-import';

/** Real clients' files, kept beside the repository (ez-vcard's test resources). */
const REAL = path.resolve(__dirname, '../../test/fixtures/vcard-clients');
/** Files written here from the published formats (Android 2.1, Thunderbird 4.0, Apple 3.0). */
const OURS = path.resolve(__dirname, '../../test/fixtures/import');

const read = (dir: string, name: string): ParsedImport => readVcardFile(new Uint8Array(readFileSync(path.join(dir, name))), name);
const bytes = (text: string) => new TextEncoder().encode(text);

function only(parsed: ParsedImport): ContactCandidate {
  expect(parsed.contacts).toHaveLength(1);
  return parsed.contacts[0];
}

/** Every candidate this reader produces must pass the schema the planner runs. */
function expectValid(parsed: ParsedImport): void {
  for (const candidate of parsed.contacts) {
    const result = contactInputSchema.safeParse(candidate.contact);
    expect(result.success, `row ${candidate.row}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
  }
}

describe('real clients\' files (test/fixtures/vcard-clients)', () => {
  it('Gmail: three people with their emails', () => {
    const parsed = read(REAL, 'gmail-list.vcf');
    expect(parsed.format).toBe('vcard');
    expect(parsed.fileName).toBe('gmail-list.vcf');
    expect(parsed.rejected).toEqual([]);
    expect(parsed.contacts.map((c) => [c.row, c.contact.givenName.en, c.contact.familyName.en, c.contact.emails])).toEqual([
      [1, 'Arnold', 'Smith', ['asmithk@gmail.com']],
      [2, 'Chris', 'Beatle', ['chrisy55d@yahoo.com']],
      [3, 'Doug', 'White', ['dwhite@gmail.com']],
    ]);
    expectValid(parsed);
  });

  it('Outlook 2007 (vCard 2.1): quoted-printable note, bare-typed phones without the fax, the photo', () => {
    const parsed = read(REAL, 'outlook-2007.vcf');
    const { contact, organizationName, photos } = only(parsed);
    expect(contact.givenName.en).toBe('Michael');
    expect(contact.familyName.en).toBe('Angstadt');
    expect(contact.honorific.en).toBe('Mr.');
    expect(contact.nameOriginal).toBe('Mr. Michael Angstadt Jr.');
    expect(contact.position.en).toBe('TheJobTitle');
    expect(organizationName).toBe('TheCompany');
    expect(contact.emails).toEqual(['mike.angstadt@gmail.com']);
    expect(contact.phones).toEqual(['(111) 555-1111', '(111) 555-2222', '(111) 555-4444']);
    expect(contact.city.en).toBe('New York');
    expect(contact.country).toBe('US');
    expect(contact.notes).toBe(
      'This is the NOTE field\nI assume it encodes this text inside a NOTE vCard type.\n' +
        "But I'm not sure because there's text formatting going on here.\nIt does not preserve the formatting",
    );
    expect(photos).toHaveLength(1);
    expect(photos[0]).toMatchObject({ fileName: 'Michael Angstadt.jpg', mimeType: 'image/jpeg' });
    expect([...photos[0].bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expectValid(parsed);
  });

  it('iPhone (vCard 3.0, CR CR LF line ends): grouped email, phones, address, the photo', () => {
    const parsed = read(REAL, 'John_Doe_IPHONE.vcf');
    const { contact, organizationName, photos } = only(parsed);
    expect([contact.givenName.en, contact.familyName.en, contact.honorific.en]).toEqual(['John', 'Doe', 'Mr.']);
    expect(contact.position.en).toBe('Money Counter');
    expect(organizationName).toBe('IBM');
    expect(contact.emails).toEqual(['john.doe@ibm.com']);
    expect(contact.phones).toEqual(['905-555-1234', '905-666-1234', '905-777-1234', '905-222-1234']);
    expect(contact.city.en).toBe('New York');
    expect(contact.country).toBe('US');
    expect(photos).toHaveLength(1);
    expect(photos[0]).toMatchObject({ fileName: 'John Doe.jpg', mimeType: 'image/jpeg' });
    expect(photos[0].bytes.length).toBeGreaterThan(30_000);
    expectValid(parsed);
  });

  it('RFC 6350\'s example (vCard 4.0): tel: URIs, languages by preference, country', () => {
    const parsed = read(REAL, 'rfc6350-example.vcf');
    const { contact, organizationName } = only(parsed);
    expect([contact.givenName.en, contact.familyName.en]).toEqual(['Simon', 'Perreault']);
    expect(organizationName).toBe('Viagenie');
    expect(contact.phones).toEqual(['+1-418-656-9254', '+1-418-262-6501']);
    expect(contact.emails).toEqual(['simon.perreault@viagenie.ca']);
    expect(contact.languages).toEqual(['fr', 'en']);
    expect(contact.city.en).toBe('Quebec');
    expect(contact.country).toBe('CA');
    expectValid(parsed);
  });
});

describe('files written from the published formats (test/fixtures/import)', () => {
  it('Android 2.1: quoted-printable UTF-8 Cyrillic, the photo, an empty card and an organization\'s card', () => {
    const parsed = read(OURS, 'android-2.1-cyrillic.vcf');
    expect(parsed.contacts.map((c) => c.row)).toEqual([1, 2, 3]);
    const [lysohor, rybakov, melnyk] = parsed.contacts;
    expect(lysohor.contact).toMatchObject({
      givenName: { uk: 'Артем', ru: '', en: '' },
      familyName: { uk: 'Лисогор', ru: '', en: '' },
      nameOriginal: 'Артем Лисогор',
      position: { uk: 'Заступник голови' },
      emails: ['artem.lysohor@example.com'],
      phones: ['+380501234567', '+38 (0642) 55-12-34'],
    });
    expect(lysohor.organizationName).toBe('Луганська обласна військова адміністрація');
    // Russian-only letters (ы, э) send the name to ru; an invalid phone and email go, the person stays.
    expect(rybakov.contact).toMatchObject({ givenName: { uk: '', ru: 'Эдуард' }, familyName: { ru: 'Рыбаков' }, emails: [] });
    expect(rybakov.contact.phones).toEqual(['8 (044) 123-45-67']);
    expect(rybakov.contact.notes).toBe(
      'Зустріч у Харкові, березень 2024.\nОбговорили відновлення шкіл і лікарень у громадах, що постраждали від обстрілів; домовилися про наступний візит.',
    );
    expect(melnyk.contact).toMatchObject({ givenName: { uk: 'Оксана' }, honorific: { uk: 'пані' } });
    expect(melnyk.photos).toEqual([{ fileName: 'Оксана Мельник.jpg', mimeType: 'image/jpeg', bytes: expect.any(Uint8Array) }]);
    expect(melnyk.photos[0].bytes).toHaveLength(161);
    expect(parsed.rejected).toEqual([
      { row: 4, reason: 'empty', excerpt: '' },
      { row: 5, reason: 'noName', excerpt: 'Харківська міська рада' },
    ]);
    expectValid(parsed);
  });

  it('Thunderbird 4.0: uk / ru / en names and titles by ALTID and LANGUAGE, data: photo, messengers', () => {
    const parsed = read(OURS, 'thunderbird-4.0-multilingual.vcf');
    expect(parsed.rejected).toEqual([]);
    const [terekhov, delbe] = parsed.contacts;
    expect(terekhov.contact).toMatchObject({
      givenName: { uk: 'Ігор', ru: 'Игорь', en: 'Ihor' },
      familyName: { uk: 'Терехов', ru: 'Терехов', en: 'Terekhov' },
      nameOriginal: 'Ігор Терехов',
      position: { uk: 'Міський голова', ru: 'Городской голова', en: 'Mayor' },
      city: { uk: 'Харків', ru: '', en: 'Kharkiv' },
      country: 'UA',
      languages: ['uk', 'en'],
      phones: ['+380-57-725-40-00'],
      emails: ['mayor@example.kharkiv.ua'],
      messengers: [{ kind: 'telegram', handle: 'terekhov_example' }],
      tags: ['Партнери', 'Харків'],
      notes: 'Зустрічалися в Харкові та Лілі; обговорили відновлення шкіл, лікарень і тепломереж у громадах області.',
    });
    expect(terekhov.organizationName).toBe('Kharkiv City Council');
    expect(terekhov.photos.map((p) => [p.fileName, p.mimeType])).toEqual([['Ihor Terekhov.png', 'image/png']]);
    expect(delbe.contact).toMatchObject({
      givenName: { uk: 'Жюльєтт', ru: 'Жюльетт', en: 'Juliette' },
      familyName: { uk: 'Дельб', ru: 'Дельб', en: 'Delbe' },
      honorific: { en: 'Mme' },
      nameOriginal: 'Juliette Delbe',
      country: 'FR',
      city: { en: 'Lille' },
      messengers: [{ kind: 'signal', handle: '+33612345678' }],
    });
    expect(delbe.organizationName).toBe('Région Hauts-de-France');
    expectValid(parsed);
  });

  it('Apple 3.0: grouped properties, the fax left out, Telegram and WhatsApp, the photo; a company\'s card refused', () => {
    const parsed = read(OURS, 'apple-3.0-grouped.vcf');
    const lysohor = parsed.contacts[0];
    expect(parsed.contacts).toHaveLength(1);
    expect(lysohor.contact).toMatchObject({
      givenName: { en: 'Artem' },
      familyName: { en: 'Lysohor' },
      emails: ['artem.lysohor@example.gov.ua', 'a.lysohor@example.com'],
      phones: ['+380 (50) 123-45-67'],
      city: { uk: 'Київ' },
      country: 'UA',
      messengers: [
        { kind: 'telegram', handle: 'artem_lysohor' },
        { kind: 'whatsapp', handle: '380501234567' },
      ],
      notes: 'Met at the Lille forum\nAsked about school reconstruction',
    });
    expect(lysohor.organizationName).toBe('Luhansk Regional Military Administration');
    expect(lysohor.photos.map((p) => [p.fileName, p.mimeType, p.bytes.length])).toEqual([['Artem Lysohor.jpg', 'image/jpeg', 161]]);
    expect(parsed.rejected).toEqual([{ row: 2, reason: 'noName', excerpt: 'Région Hauts-de-France' }]);
    expectValid(parsed);
  });

  it('Outlook 2.1 saved in Windows-1251: detected and read', () => {
    const parsed = read(OURS, 'outlook-2.1-windows-1251.vcf');
    const { contact, organizationName } = only(parsed);
    expect(contact).toMatchObject({
      givenName: { uk: 'Марія' },
      familyName: { uk: 'Коваленко' },
      honorific: { uk: 'пані' },
      position: { uk: 'Головна спеціалістка' },
      city: { uk: 'Полтава' },
      country: 'UA',
      phones: ['(0532) 56-01-23'],
    });
    expect(organizationName).toBe('Полтавська обласна рада');
  });

  it('a truncated file: the complete cards import, the last one is refused as malformed', () => {
    const parsed = read(OURS, 'truncated.vcf');
    expect(parsed.contacts.map((c) => c.contact.nameOriginal)).toEqual(['Arnold Smith', 'Артем Лисогор']);
    expect(parsed.rejected).toEqual([{ row: 3, reason: 'malformedCard', excerpt: 'Doug White' }]);
  });
});

describe('files that are not vCards', () => {
  const appErrorCode = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      if (error instanceof AppError) return error.code;
      throw error;
    }
    return 'no error';
  };

  it('refuses a text with no BEGIN:VCARD as unreadable', () => {
    expect(appErrorCode(() => readVcardFile(bytes('Name,Email\nArtem,a@b.example\n'), 'contacts.vcf'))).toBe('importUnreadable');
  });

  it('passes on the decoder\'s refusals: empty and binary files', () => {
    expect(appErrorCode(() => readVcardFile(new Uint8Array(), 'empty.vcf'))).toBe('importEmpty');
    expect(appErrorCode(() => readVcardFile(new Uint8Array([0x42, 0, 0x43]), 'photo.vcf'))).toBe('importBinary');
  });

  it('refuses more cards than an import takes', () => {
    const text = 'BEGIN:VCARD\nFN:A\nEND:VCARD\n'.repeat(50_001);
    expect(appErrorCode(() => parseVcards(text, 'huge.vcf'))).toBe('importTooManyRows');
  });

  it('reads an explicit Windows-1251 override', () => {
    const w1251 = new Uint8Array([...bytes('BEGIN:VCARD\nFN:'), 0xc0, 0xf0, 0xf2, 0xe5, 0xec, ...bytes('\nEND:VCARD\n')]);
    expect(readVcardFile(w1251, 'a.vcf', 'windows-1251').contacts[0].contact.givenName.uk).toBe('Артем');
  });
});
