import { describe, expect, it } from 'vitest';
import { hasType, isBase64, isQuotedPrintable, languageParamOf, parsePropertyLine, textOf } from './property-line';

describe('parsePropertyLine', () => {
  it('reads vCard 2.1 bare parameters as types and encodings', () => {
    const tel = parsePropertyLine('TEL;WORK;VOICE:(111) 555-1111')!;
    expect(tel).toMatchObject({ name: 'TEL', rawValue: '(111) 555-1111' });
    expect(hasType(tel, 'work') && hasType(tel, 'voice')).toBe(true);
    const photo = parsePropertyLine('PHOTO;ENCODING=BASE64;JPEG:/9j/')!;
    expect(isBase64(photo) && hasType(photo, 'jpeg')).toBe(true);
    expect(isQuotedPrintable(parsePropertyLine('NOTE;QUOTED-PRINTABLE:a=3Db')!)).toBe(true);
  });

  it('keeps Apple\'s group apart from the name, lower-cased', () => {
    expect(parsePropertyLine('item1.EMAIL;type=INTERNET;type=pref:a@b.example')).toMatchObject({
      group: 'item1',
      name: 'EMAIL',
      params: { TYPE: ['INTERNET', 'pref'] },
    });
  });

  it('reads quoted parameter values holding commas and colons, and the value after them', () => {
    const tel = parsePropertyLine('TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102')!;
    expect(tel.params).toEqual({ VALUE: ['uri'], TYPE: ['work', 'voice'], PREF: ['1'] });
    expect(tel.rawValue).toBe('tel:+1-418-656-9254;ext=102');
    expect(parsePropertyLine('X-A;LABEL="a:b;c":v')!.rawValue).toBe('v');
  });

  it('returns null for a line that is not a property', () => {
    expect(parsePropertyLine('I assume it encodes this text')).toBeNull();
    expect(parsePropertyLine(':value')).toBeNull();
    expect(parsePropertyLine('NOTE;X="unclosed:value')).toBeNull();
    expect(parsePropertyLine('NOTE')).toBeNull();
  });

  it('decodes quoted-printable in its charset and says the language', () => {
    const n = parsePropertyLine('N;LANGUAGE=uk-UA;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9B=D0=B8;=D0=90')!;
    expect(textOf(n)).toBe('Ли;А');
    expect(languageParamOf(n)).toBe('uk');
  });
});
