import { describe, expect, it } from 'vitest';
import { parseTypedIsoDate } from './iso-date';

describe('parseTypedIsoDate', () => {
  it('reads ISO and day-first dates', () => {
    expect(parseTypedIsoDate('2026-11-17')).toBe('2026-11-17');
    expect(parseTypedIsoDate(' 17.11.2026 ')).toBe('2026-11-17');
    expect(parseTypedIsoDate('7/3/2027')).toBe('2027-03-07');
  });

  it('refuses days the calendar does not have and anything else', () => {
    expect(parseTypedIsoDate('30.02.2026')).toBeNull();
    expect(parseTypedIsoDate('2026-13-01')).toBeNull();
    expect(parseTypedIsoDate('11/17/2026')).toBeNull();
    expect(parseTypedIsoDate('17 листопада')).toBeNull();
    expect(parseTypedIsoDate('01.01.1899')).toBeNull();
  });
});
