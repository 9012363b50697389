import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('base64', () => {
  it('agrees with Node for any bytes, across chunk boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(bytes);
      }),
      { numRuns: 30 },
    );
  });

  it('encodes a megabyte', () => {
    const bytes = new Uint8Array(1024 * 1024).map((_, i) => i % 251);
    expect(Buffer.compare(base64ToBytes(bytesToBase64(bytes)), bytes)).toBe(0);
  });

  it('throws on text that is not base64', () => {
    expect(() => base64ToBytes('not base64!')).toThrow();
  });
});
