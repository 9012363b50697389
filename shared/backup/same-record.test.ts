import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameRecord } from './same-record';

describe('sameRecord', () => {
  it('ignores key order and keys set to undefined', () => {
    expect(sameRecord({ a: 1, b: { c: [1, 'x'] } }, { b: { c: [1, 'x'] }, a: 1 })).toBe(true);
    expect(sameRecord({ a: 1, title: undefined }, { a: 1 })).toBe(true);
  });

  it('tells apart what differs, however deep', () => {
    expect(sameRecord({ a: { b: [1, 2] } }, { a: { b: [1, 3] } })).toBe(false);
    expect(sameRecord({ a: null }, { a: {} })).toBe(false);
    expect(sameRecord({ a: [] }, { a: {} })).toBe(false);
    expect(sameRecord({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameRecord({ a: 1, b: undefined }, { a: 1, c: 2 })).toBe(false);
    expect(sameRecord({ a: '1' }, { a: 1 })).toBe(false);
  });

  it('agrees with a JSON round trip: a record equals its copy, and not a changed copy', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameRecord(a, JSON.parse(JSON.stringify(a)))).toBe(true);
        if (JSON.stringify(a) !== JSON.stringify(b) && sameRecord(a, b)) {
          // Only key order (or -0 vs 0) may make two equal values print differently.
          expect(JSON.stringify(sortKeys(a))).toBe(JSON.stringify(sortKeys(b)));
        }
      }),
    );
  });
});

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  return value;
}
