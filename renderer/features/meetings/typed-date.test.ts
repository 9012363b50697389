import { describe, expect, it } from 'vitest';
import { parseTypedDate } from './typed-date';

describe('parseTypedDate', () => {
  it('reads ISO dates and day-first dates with any usual separator', () => {
    expect(parseTypedDate('2026-11-17')).toBe('2026-11-17');
    expect(parseTypedDate(' 17.11.2026 ')).toBe('2026-11-17');
    expect(parseTypedDate('7/3/2026')).toBe('2026-03-07');
    expect(parseTypedDate('07-03-2026')).toBe('2026-03-07');
  });

  it('refuses days the calendar does not have and half-typed dates', () => {
    expect(parseTypedDate('30.02.2026')).toBeNull();
    expect(parseTypedDate('17.11.20')).toBeNull();
    expect(parseTypedDate('17.11')).toBeNull();
    expect(parseTypedDate('November 17')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });
});
