import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKeys } from '../text/match-key';
import { emptyContactInput, type ContactInput } from '../domain/contact';
import { contactKeys, DuplicateIndex, emailKey, nameSignatures, organizationKey, phoneKey } from './duplicate-index';

const person = (extra: Partial<ContactInput>): ContactInput => ({ ...emptyContactInput(), ...extra });
const loc = (uk: string, ru = '', en = '') => ({ uk, ru, en });

describe('match keys of a contact', () => {
  it('compares emails trimmed and case-insensitively', () => {
    expect(emailKey('  Juliette.Delbe@HautsDeFrance.fr ')).toBe(emailKey('juliette.delbe@hautsdefrance.fr'));
  });

  it('takes one phone number with +380, 380 or 0 in front for the same number, short numbers by all their digits', () => {
    expect(phoneKey('+380 (50) 123-45-67')).toBe(phoneKey('050 123 45 67'));
    expect(phoneKey('380501234567')).toBe(phoneKey('0501234567'));
    expect(phoneKey('+33 3 74 27 00 00')).not.toBe(phoneKey('+380 3 74 27 00 01'));
    expect(phoneKey('12-34')).toBe('1234');
    expect(phoneKey('12345')).not.toBe(phoneKey('012345'));
    expect(phoneKey('ext.')).toBe('');
  });

  it('gives one name signature to the Ukrainian, Russian and Latin spellings, in either order', () => {
    const sample = nameSignatures(person({ givenName: loc('Артем', 'Артем', 'Artem'), familyName: loc('Лисогор', 'Лысогор', 'Lysohor') }));
    const incoming = nameSignatures(person({ nameOriginal: 'Лисогор Артем' }));
    const russian = nameSignatures(person({ givenName: loc('', 'Артем'), familyName: loc('', 'Лысогор') }));
    expect(sample).toHaveLength(1);
    expect(incoming).toEqual(sample);
    expect(russian).toEqual(sample);
  });

  it('reads the words of a name as matchKeys does', () => {
    const words = fc.array(fc.constantFrom('Лисогор', 'Артем', "О'Коннор", 'Jean-Luc', 'Łukasz', '  ', '—', '2', 'Ёж'), { maxLength: 4 });
    fc.assert(
      fc.property(words, (parts) => {
        const text = parts.join(' ');
        const keys = matchKeys(text);
        expect(nameSignatures(person({ nameOriginal: text }))).toEqual(keys.length >= 2 ? [keys.sort().join(' ')] : []);
      }),
    );
  });

  it('gives a one-word name no signature, and two different people different ones', () => {
    expect(nameSignatures(person({ givenName: loc('Олена') }))).toEqual([]);
    expect(nameSignatures(person({ givenName: loc('Артем'), familyName: loc('Лисогор') }))).not.toEqual(
      nameSignatures(person({ givenName: loc('Ігор'), familyName: loc('Терехов') })),
    );
  });

  it('matches organization names across scripts and ignores spacing and case', () => {
    expect(organizationKey('Харківська міська рада')).toBe(organizationKey('  харківська   МІСЬКА рада'));
    expect(organizationKey('---')).toBe('---');
  });
});

describe('DuplicateIndex', () => {
  const artem = { id: 'artem', updatedAt: 1 };
  const older = { id: 'older', updatedAt: 0 };
  const index = new DuplicateIndex<{ id: string; updatedAt: number }>();
  index.add(artem, contactKeys(person({ givenName: loc('Артем'), familyName: loc('Лисогор'), emails: ['artem@loga.gov.ua'], phones: ['+380501234567'] })));
  index.add(older, contactKeys(person({ givenName: loc('Артем'), familyName: loc('Лисогор') })));
  const recentFirst = (a: { updatedAt: number }, b: { updatedAt: number }) => b.updatedAt - a.updatedAt;

  it('finds every match with its reasons, in the preview order', () => {
    const keys = contactKeys(person({ nameOriginal: 'Artem Lysohor', phones: ['0501234567'], emails: ['ARTEM@loga.gov.ua'] }));
    const matches = index.matches(keys);
    expect(matches.find((m) => m.item === artem)?.reasons).toEqual(['name', 'email', 'phone']);
    expect(matches.find((m) => m.item === older)?.reasons).toEqual(['name']);
    expect(index.best(keys, recentFirst)?.item).toBe(artem);
  });

  it('breaks a tie by the given preference', () => {
    const keys = contactKeys(person({ nameOriginal: 'Artem Lysohor' }));
    expect(index.best(keys, recentFirst)?.item).toBe(artem);
    expect(index.best(keys, (a, b) => a.updatedAt - b.updatedAt)?.item).toBe(older);
  });

  it('finds nothing for a stranger', () => {
    expect(index.best(contactKeys(person({ nameOriginal: 'Juliette Delbe', emails: ['j@x.fr'] })), recentFirst)).toBeNull();
  });
});
