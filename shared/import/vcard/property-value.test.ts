import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeQuotedPrintable, listValue, structuredValue, unescapeText } from './property-value';

describe('decodeQuotedPrintable', () => {
  it('reads UTF-8 Cyrillic as Android writes it, every byte escaped', () => {
    expect(decodeQuotedPrintable('=D0=9B=D0=B8=D1=81=D0=BE=D0=B3=D0=BE=D1=80', 'UTF-8')).toBe('Лисогор');
  });

  it('reads the charset the card names, here Windows-1251', () => {
    expect(decodeQuotedPrintable('=CB=E8=F1=EE=E3=EE=F0', 'windows-1251')).toBe('Лисогор');
  });

  it('keeps literal ASCII, turns CRLF into a newline and drops a stray final "="', () => {
    expect(decodeQuotedPrintable('line one=0D=0Aline two=', 'us-ascii')).toBe('line one\nline two');
  });

  it('falls back to UTF-8 for a charset label it does not know', () => {
    expect(decodeQuotedPrintable('=D0=90', 'x-no-such-charset')).toBe('А');
  });
});

describe('unescapeText', () => {
  it('undoes the vCard escapes and Apple\'s escaped colon', () => {
    expect(unescapeText('a\\nb\\, c\\; d\\\\e http\\://x')).toBe('a\nb, c; d\\e http://x');
  });

  it('leaves other backslashes as written', () => {
    expect(unescapeText('C:\\temp')).toBe('C:\\temp');
  });
});

describe('structuredValue and listValue', () => {
  it('splits N on unescaped semicolons and its fields on commas', () => {
    expect(structuredValue('Doe;John;Richter,James;Mr.;Sr.')).toEqual([['Doe'], ['John'], ['Richter', 'James'], ['Mr.'], ['Sr.']]);
  });

  it('keeps an escaped separator inside its field', () => {
    expect(structuredValue(';;вул. Хрещатик\\, 1\\; офіс 2;Київ')).toEqual([[], [], ['вул. Хрещатик, 1; офіс 2'], ['Київ']]);
  });

  it('lists CATEGORIES without the empty ones', () => {
    expect(listValue('Партнери, ,Харків\\, область,')).toEqual(['Партнери', 'Харків, область']);
  });
});

describe('decodeBase64', () => {
  it('forgives whitespace and missing padding', () => {
    expect(decodeBase64(' /9j/\r\n 4A ')).toEqual(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
    expect(decodeBase64('QUI')).toEqual(new Uint8Array([0x41, 0x42]));
  });

  it('refuses what is not base64', () => {
    expect(decodeBase64('')).toBeNull();
    expect(decodeBase64('http://example.com/a.jpg')).toBeNull();
    expect(decodeBase64('QUJDR')).toBeNull();
  });
});

describe('decodeQuotedPrintable with literal non-ASCII', () => {
  it('keeps literal letters and emoji whole next to escapes', () => {
    expect(decodeQuotedPrintable('Київ =F0=9F=98=80 😀', 'UTF-8')).toBe('Київ 😀 😀');
  });
});
