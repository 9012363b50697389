import { describe, expect, it } from 'vitest';
import { phone } from '../../domain/fields';
import { emailsOf, messengersOf, phoneOf, phonesOf } from './contact-points';
import { parsePropertyLine, type VcardProperty } from './property-line';

const props = (...lines: string[]): VcardProperty[] => lines.map((line) => parsePropertyLine(line)!);

describe('phoneOf', () => {
  it.each([
    ['+380501234567', '+380501234567'],
    ['(111) 555-1111', '(111) 555-1111'],
    ['tel:+1-418-656-9254;ext=102', '+1-418-656-9254'],
    ['8 (044) 123-45-67 доб. 204', '8 (044) 123-45-67'],
    ['+33 6 12 34 56 78 (mobile)', '+33 6 12 34 56 78'],
    ['044/123 45 67', '044 123 45 67'],
    ['+ 380 50 123 45 67', '+380 50 123 45 67'],
  ])('%s → %s, which the phone field accepts', (raw, expected) => {
    expect(phoneOf(raw)).toBe(expected);
    expect(phone.safeParse(expected).success).toBe(true);
  });

  it.each(['12', '', 'ask the secretary', '1'.repeat(21)])('drops %j, which cannot be a phone', (raw) => {
    expect(phoneOf(raw)).toBeNull();
  });

  it('keeps each number once (by digits) and leaves fax and pager out', () => {
    const phones = phonesOf(props('TEL;CELL:+380 50 123 45 67', 'TEL:+380501234567', 'TEL;WORK;FAX:+380642551235', 'TEL;TYPE=PAGER:905-111-1234'));
    expect(phones).toEqual(['+380 50 123 45 67']);
  });
});

describe('emailsOf', () => {
  it('keeps valid addresses once, without mailto:, and drops the rest', () => {
    expect(emailsOf(props('EMAIL:mailto:a@b.example', 'EMAIL:A@B.example', 'EMAIL:not-an-email', 'EMAIL;PREF;INTERNET: c@d.example '))).toEqual([
      'a@b.example',
      'c@d.example',
    ]);
  });
});

describe('messengersOf', () => {
  it('recognizes Telegram, Signal and WhatsApp where the card says so plainly', () => {
    expect(
      messengersOf(
        props(
          'IMPP;X-SERVICE-TYPE=Telegram;type=pref:x-apple:artem_l',
          'X-SOCIALPROFILE;TYPE=telegram:https://t.me/terekhov',
          'IMPP:signal:+33612345678',
          'X-SOCIALPROFILE;type=whatsapp;x-user=380501234567:https://wa.me/380501234567',
          'IMPP:xmpp:someone@jabber.example',
          'X-SOCIALPROFILE;type=twitter:https://twitter.com/someone',
        ),
      ),
    ).toEqual([
      { kind: 'telegram', handle: 'artem_l' },
      { kind: 'telegram', handle: 'terekhov' },
      { kind: 'signal', handle: '+33612345678' },
      { kind: 'whatsapp', handle: '380501234567' },
    ]);
  });
});
