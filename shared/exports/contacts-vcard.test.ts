import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/contact';
import { contactsToVCard } from './contacts-vcard';
import { SAMPLE } from './export-test-records';

type Card = InstanceType<typeof ICAL.Component>;

/** The file as ical.js reads it: one component per VCARD. */
function parseCards(vcf: string): Card[] {
  const parsed = ICAL.parse(vcf) as unknown;
  const list = (Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[];
  return list.map((jcard) => new ICAL.Component(jcard as ConstructorParameters<typeof ICAL.Component>[0]));
}

/** The values of a property per LANGUAGE parameter ('' for none). */
function byLanguage(card: Card, name: string): Record<string, unknown> {
  return Object.fromEntries(card.getAllProperties(name).map((p) => [String(p.getParameter('language') ?? ''), p.getFirstValue()]));
}

const LYSOHOR = SAMPLE.contact('lysohor');
const DELBE = SAMPLE.contact('delbe');
const NIEDORF = SAMPLE.contact('niedorf');

describe('contactsToVCard: the sample people, read back with ical.js', () => {
  const vcf = contactsToVCard([LYSOHOR, DELBE, NIEDORF], SAMPLE.organizations);
  const [lysohor, delbe, niedorf] = parseCards(vcf);

  it('writes one VCARD 4.0 per contact, with CRLF line ends and no line over 75 octets', () => {
    expect(vcf.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(3);
    expect(vcf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of vcf.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lysohor!.getFirstPropertyValue('version')).toBe('4.0');
  });

  it('gives FN in every language with ALTID, after the name as the person writes it', () => {
    expect(lysohor!.getAllProperties('fn')[0]!.getParameter('altid')).toBeUndefined();
    expect(byLanguage(lysohor!, 'fn')).toEqual({ '': 'Артем Лисогор', uk: 'Артем Лисогор', ru: 'Артем Лысогор', en: 'Artem Lysohor' });
    expect(byLanguage(delbe!, 'fn')).toEqual({ '': 'Juliette Delbe', uk: 'Жюльєт Дельб', ru: 'Жюльет Дельб', en: 'Juliette Delbe' });
    for (const fn of lysohor!.getAllProperties('fn').slice(1)) expect(fn.getParameter('altid')).toBe('1');
  });

  it('gives N per language with the honorific as prefix, all sharing one ALTID', () => {
    expect(byLanguage(lysohor!, 'n')).toEqual({
      uk: ['Лисогор', 'Артем', '', 'пан', ''],
      ru: ['Лысогор', 'Артем', '', 'г-н', ''],
      en: ['Lysohor', 'Artem', '', 'Mr', ''],
    });
    expect(new Set(delbe!.getAllProperties('n').map((p) => p.getParameter('altid')))).toEqual(new Set(['1']));
  });

  it('gives ORG (with the body above as the first unit) and TITLE per language', () => {
    // ical.js gives a one-field structured value as a plain string.
    expect(byLanguage(lysohor!, 'org')).toEqual({
      uk: 'Луганська обласна військова адміністрація',
      ru: 'Луганская областная военная администрация',
      en: 'Luhansk Regional Military Administration',
    });
    const civex = byLanguage(niedorf!, 'org').en as string[];
    expect(civex[0]).toBe('European Committee of the Regions');
    expect(civex[1]).toMatch(/^Secretariat of the Commission for Citizenship, Governance/);
    expect(byLanguage(delbe!, 'title')).toEqual({
      uk: 'Керівниця департаменту міжнародних зв’язків',
      ru: 'Руководитель департамента международных связей',
      en: 'Head of International Relations',
    });
  });

  it('gives a stable urn:uuid UID from the record id, REV, tags and the city', () => {
    const again = parseCards(contactsToVCard([LYSOHOR], SAMPLE.organizations))[0]!;
    expect(lysohor!.getFirstPropertyValue('uid')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(again.getFirstPropertyValue('uid')).toBe(lysohor!.getFirstPropertyValue('uid'));
    expect(delbe!.getFirstPropertyValue('uid')).not.toBe(lysohor!.getFirstPropertyValue('uid'));
    expect(String(lysohor!.getFirstPropertyValue('rev'))).toBe('2024-01-01T00:00:00Z');
    expect(lysohor!.getFirstProperty('categories')!.getValues()).toEqual(['ReBuild Ukraine']);
    expect((byLanguage(delbe!, 'adr').uk as string[])[3]).toBe('Лілль');
    expect((byLanguage(delbe!, 'adr').en as string[])[6]).toBe('France');
    expect(lysohor!.getFirstPropertyValue('lang')).toBe('uk');
  });
});

describe('contactsToVCard: escaping', () => {
  const tricky: Contact = {
    ...DELBE,
    id: '01HZZZZZZZZZZZZZZZZZZZZZZZ',
    givenName: { uk: 'Жюльєт; "Жужу"', ru: '', en: 'Juliette, Jr.' },
    familyName: { uk: 'Дельб\\Дельбе', ru: '', en: 'Delbe;Test' },
    nameOriginal: 'Juliette Delbe 🇫🇷',
    position: { uk: '', ru: '', en: 'Head, International; Relations' },
    notes: 'Ціни; умови, строки\nдругий рядок\r\nтретій \\ кінець 😀🇺🇦 ' + 'довгий текст '.repeat(12),
    tags: ['ReBuild Ukraine', 'a,b', 'x;y'],
    emails: ['juliette.delbe@hautsdefrance.fr'],
    phones: ['+33 3 74 27 00 00', '(044) 123-45-67'],
    messengers: [
      { kind: 'telegram', handle: '@jdelbe' },
      { kind: 'whatsapp', handle: '+33 6 12 34 56 78' },
    ],
  };
  const [card] = parseCards(contactsToVCard([tricky], SAMPLE.organizations));

  it('keeps commas, semicolons, backslashes, newlines, Cyrillic and emoji through a round trip', () => {
    expect(card!.getFirstPropertyValue('note')).toBe(tricky.notes.trim().replace(/\r\n/g, '\n'));
    expect(byLanguage(card!, 'fn')).toEqual({ '': 'Juliette Delbe 🇫🇷', uk: 'Жюльєт; "Жужу" Дельб\\Дельбе', en: 'Juliette, Jr. Delbe;Test' });
    expect(byLanguage(card!, 'n')).toEqual({ uk: ['Дельб\\Дельбе', 'Жюльєт; "Жужу"', '', 'пані', ''], en: ['Delbe;Test', 'Juliette, Jr.', '', 'Ms', ''] });
    expect(byLanguage(card!, 'title')).toEqual({ en: 'Head, International; Relations' });
    expect(card!.getFirstProperty('categories')!.getValues()).toEqual(['ReBuild Ukraine', 'a,b', 'x;y']);
  });

  it('writes e-mails, phones as tel: URIs or text, and messengers as IMPP', () => {
    expect(card!.getFirstPropertyValue('email')).toBe('juliette.delbe@hautsdefrance.fr');
    expect(card!.getAllProperties('tel').map((p) => [p.type, p.getFirstValue()])).toEqual([
      ['uri', 'tel:+33-3-74-27-00-00'],
      ['text', '(044) 123-45-67'],
    ]);
    expect(card!.getAllProperties('impp').map((p) => [p.getParameter('x-service-type'), p.getFirstValue()])).toEqual([
      ['Telegram', 'https://t.me/jdelbe'],
      ['WhatsApp', 'tel:+33612345678'],
    ]);
  });

  it('leaves out contacts in the Trash', () => {
    expect(contactsToVCard([{ ...DELBE, deletedAt: 1 }], SAMPLE.organizations)).toBe('');
  });
});
