import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { decodeImportText } from './text-decoding';
import { MAX_IMPORT_BYTES } from './import-source';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1251 bytes of a Cyrillic text (А..я are 0xC0..0xFF; і, І, ї, є, ґ apart). */
function cp1251(text: string): Uint8Array {
  const special: Record<string, number> = { і: 0xb3, І: 0xb2, ї: 0xbf, Ї: 0xaf, є: 0xba, Є: 0xaa, ґ: 0xb4, Ґ: 0xa5, ё: 0xb8, Ё: 0xa8 };
  return Uint8Array.from([...text].map((ch) => {
    if (special[ch] !== undefined) return special[ch];
    const code = ch.codePointAt(0)!;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code < 0x80) return code;
    throw new Error(`no 1251 byte for ${ch}`);
  }));
}
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
  return 'no error';
};

describe('decodeImportText', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeImportText(utf8('Прізвище;Ім’я\nЛисогор;Артем'))).toMatchObject({ encoding: 'utf-8', bom: false, text: 'Прізвище;Ім’я\nЛисогор;Артем' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Їжак')]);
    expect(decodeImportText(withBom)).toMatchObject({ encoding: 'utf-8', bom: true, text: 'Їжак' });
  });

  it('detects Windows-1251 when the bytes are not UTF-8', () => {
    const text = 'Прізвище;Ім\'я;Посада\nЛисогор;Артем;Голова обласної адміністрації\nҐонта;Євгенія;Радниця';
    expect(decodeImportText(cp1251(text))).toEqual({ text, encoding: 'windows-1251', bom: false });
  });

  it('takes an explicit encoding and refuses UTF-8 that is not', () => {
    expect(decodeImportText(cp1251('Харків'), 'windows-1251').text).toBe('Харків');
    expect(codeOf(() => decodeImportText(cp1251('Харків'), 'utf-8'))).toBe('importEncoding');
  });

  it('refuses empty, binary and oversized files', () => {
    expect(codeOf(() => decodeImportText(new Uint8Array()))).toBe('importEmpty');
    expect(codeOf(() => decodeImportText(utf8('  \n\r\n')))).toBe('importEmpty');
    expect(codeOf(() => decodeImportText(new Uint8Array([0xef, 0xbb, 0xbf])))).toBe('importEmpty');
    expect(codeOf(() => decodeImportText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2])))).toBe('importBinary');
    expect(codeOf(() => decodeImportText(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41)))).toBe('importTooLarge');
  });
});
