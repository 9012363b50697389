import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactInputSchema, emptyContactInput, type ContactInput } from '../domain/contact';
import { MAX_LONG } from '../domain/fields';
import { appendNotes, mergeContactInput } from './contact-merge';

const loc = (uk: string, ru = '', en = '') => ({ uk, ru, en });
const person = (extra: Partial<ContactInput>): ContactInput => ({ ...emptyContactInput(), ...extra });
const ORG = '01HZX5W6Y7Z8A9B0C1D2E3F4G5';
const OTHER_ORG = '01HZX5W6Y7Z8A9B0C1D2E3F4G6';

describe('mergeContactInput', () => {
  const existing = person({
    givenName: loc('Артем', 'Артем', 'Artem'),
    familyName: loc('Лисогор', 'Лысогор', 'Lysohor'),
    position: loc('Голова ОДА'),
    organizationId: ORG,
    emails: ['artem@loga.gov.ua'],
    phones: ['+380 50 123 45 67'],
    languages: ['uk'],
    tags: ['ReBuild Ukraine'],
    notes: 'Met in Warsaw.',
  });

  it('fills empty fields per language and never overwrites a written one', () => {
    const incoming = person({
      givenName: loc('Артём', 'Артём', 'Artiom'),
      familyName: loc('Лисогор'),
      position: loc('Інша посада', 'Глава ОГА', 'Head of the RSA'),
      city: loc('Сєвєродонецьк'),
      country: 'UA',
      nameOriginal: 'Лисогор Артем',
      organizationId: OTHER_ORG,
    });
    const merged = mergeContactInput(existing, incoming);
    expect(merged.givenName).toEqual(existing.givenName);
    expect(merged.position).toEqual(loc('Голова ОДА', 'Глава ОГА', 'Head of the RSA'));
    expect(merged.city).toEqual(loc('Сєвєродонецьк'));
    expect(merged.country).toBe('UA');
    expect(merged.nameOriginal).toBe('Лисогор Артем');
    expect(merged.organizationId).toBe(ORG);
    expect(mergeContactInput({ ...existing, organizationId: null }, incoming).organizationId).toBe(OTHER_ORG);
  });

  it('unites emails, phones by digits, languages, tags and messengers', () => {
    const merged = mergeContactInput(
      existing,
      person({
        emails: ['ARTEM@loga.gov.ua', 'lysohor@gmail.com'],
        phones: ['0501234567', '+48 22 123 45 67'],
        languages: ['uk', 'en'],
        tags: ['rebuild ukraine', 'Luhansk'],
        messengers: [{ kind: 'telegram', handle: '@lysohor' }],
      }),
    );
    expect(merged.emails).toEqual(['artem@loga.gov.ua', 'lysohor@gmail.com']);
    expect(merged.phones).toEqual(['+380 50 123 45 67', '+48 22 123 45 67']);
    expect(merged.languages).toEqual(['uk', 'en']);
    expect(merged.tags).toEqual(['ReBuild Ukraine', 'Luhansk']);
    expect(merged.messengers).toEqual([{ kind: 'telegram', handle: '@lysohor' }]);
  });

  it('adds the incoming notes as a paragraph once, within the length limit', () => {
    expect(mergeContactInput(existing, person({ notes: 'Prefers Telegram.' })).notes).toBe('Met in Warsaw.\n\nPrefers Telegram.');
    expect(mergeContactInput(existing, person({ notes: 'Met in Warsaw.' })).notes).toBe('Met in Warsaw.');
    expect(appendNotes('x'.repeat(MAX_LONG - 3), 'more text').length).toBe(MAX_LONG);
  });

  it('keeps lists within the schema caps', () => {
    const many = (prefix: string) => Array.from({ length: 20 }, (_, i) => `${prefix}${i}@example.org`);
    const merged = mergeContactInput(person({ ...existing, emails: many('a') }), person({ emails: many('b') }));
    expect(merged.emails).toHaveLength(20);
    expect(merged.emails[0]).toBe('a0@example.org');
  });

  it('keeps a valid contact valid, changes nothing when merged with itself, and keeps what either side had', () => {
    const word = fc.string({ maxLength: 12 });
    const contact = fc.record({
      givenName: fc.record({ uk: word, ru: word, en: word }),
      familyName: fc.record({ uk: fc.constantFrom('Лисогор', ''), ru: word, en: fc.constantFrom('Lysohor', 'Delbe') }),
      emails: fc.uniqueArray(fc.constantFrom('a@x.ua', 'A@x.ua', 'b@y.fr', 'c@z.de'), { maxLength: 3 }),
      phones: fc.uniqueArray(fc.constantFrom('+380501234567', '0501234567', '+33 3 74 27 00 00', '12345'), { maxLength: 3 }),
      tags: fc.uniqueArray(fc.constantFrom('a', 'B', 'b', 'c'), { maxLength: 3 }),
      notes: word,
    });
    fc.assert(
      fc.property(contact, contact, (a, b) => {
        const left = contactInputSchema.parse(person(a));
        const right = contactInputSchema.parse(person(b));
        const merged = mergeContactInput(left, right);
        expect(contactInputSchema.safeParse(merged).success).toBe(true);
        expect(mergeContactInput(left, left)).toEqual(left);
        for (const email of left.emails) expect(merged.emails).toContain(email);
        for (const lang of ['uk', 'ru', 'en'] as const) {
          if (left.givenName[lang].trim()) expect(merged.givenName[lang]).toBe(left.givenName[lang]);
          else expect(merged.givenName[lang]).toBe(right.givenName[lang]);
        }
      }),
    );
  });
});
