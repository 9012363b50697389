import { describe, expect, it } from 'vitest';
import { isStrictPrefix, sha256Hex } from './content-hash';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('sha256Hex', () => {
  it('gives the FIPS 180-2 test vectors', async () => {
    expect(await sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes only the bytes of a view, not the whole buffer behind it', async () => {
    const buffer = utf8('xxabcxx');
    expect(await sha256Hex(buffer.subarray(2, 5))).toBe(await sha256Hex(utf8('abc')));
  });
});

describe('isStrictPrefix', () => {
  it('is true only for a shorter run of the same first bytes', () => {
    const bytes = utf8('Меморандум Калуш — Запоріжжя');
    expect(isStrictPrefix(bytes.subarray(0, 10), bytes)).toBe(true);
    expect(isStrictPrefix(new Uint8Array(), bytes)).toBe(true);
    expect(isStrictPrefix(bytes, bytes)).toBe(false);
    expect(isStrictPrefix(utf8('Мемо X'), bytes)).toBe(false);
  });
});
