import { describe, expect, it } from 'vitest';
import { addHour } from './wall-time-math';

describe('addHour', () => {
  it('adds an hour, stopping at the end of the day', () => {
    expect(addHour('10:00')).toBe('11:00');
    expect(addHour('09:45')).toBe('10:45');
    expect(addHour('23:30')).toBe('23:59');
  });

  it('gives nothing for a time not fully typed', () => {
    expect(addHour('')).toBe('');
    expect(addHour('1:0')).toBe('');
  });
});
