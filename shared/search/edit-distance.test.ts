import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from './edit-distance';

describe('editDistanceWithin', () => {
  it('counts insertions, deletions and substitutions up to the bound', () => {
    expect(editDistanceWithin('terekov', 'terekhov', 1)).toBe(1);
    expect(editDistanceWithin('lysohor', 'lysohor', 1)).toBe(0);
    expect(editDistanceWithin('kitten', 'sitting', 3)).toBe(3);
  });

  it('gives null past the bound, also when the lengths alone rule it out', () => {
    expect(editDistanceWithin('kitten', 'sitting', 2)).toBeNull();
    expect(editDistanceWithin('abc', 'abcdef', 2)).toBeNull();
    expect(editDistanceWithin('ab', 'ba', 1)).toBeNull(); // a swap costs two
  });
});
