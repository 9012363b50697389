import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatIsoDateRange, formatTimeInZone } from './format';

describe('calendar dates in the UI language', () => {
  it('prints a stored date the same whatever zone the reader is in', () => {
    // Read at noon UTC and printed in UTC: no zone from −12 to +14 can move it a day.
    expect(formatIsoDate('2026-05-20', 'en', 'long')).toBe('20 May 2026');
    expect(formatIsoDate('2026-05-20', 'uk', 'long')).toBe('20 травня 2026 р.');
    expect(formatIsoDate('2026-05-20', 'ru', 'long')).toBe('20 мая 2026 г.');
  });

  it('names the weekday in the full style', () => {
    expect(formatIsoDate('2026-05-20', 'uk', 'full')).toMatch(/^середа/);
    expect(formatIsoDate('2026-05-20', 'en', 'full')).toMatch(/^Wednesday/);
  });

  it('writes a range as Intl does and a one-day range as a date', () => {
    expect(formatIsoDateRange('2026-05-20', '2026-05-21', 'en')).toMatch(/^20\s?–\s?21 May 2026$/);
    expect(formatIsoDateRange('2026-05-20', '2026-05-20', 'en')).toBe(formatIsoDate('2026-05-20', 'en'));
  });

  it('leaves anything that is not a date alone rather than printing "Invalid Date"', () => {
    expect(formatIsoDate('', 'uk')).toBe('');
  });

  it('shows an instant on another zone’s clock: 10:00 in Warsaw is 11:00 in Kyiv', () => {
    const tenInWarsaw = Date.UTC(2026, 4, 20, 8, 0); // summer time: Warsaw UTC+2, Kyiv UTC+3
    expect(formatTimeInZone(tenInWarsaw, 'Europe/Warsaw', 'uk')).toBe('10:00');
    expect(formatTimeInZone(tenInWarsaw, 'Europe/Kyiv', 'uk')).toBe('11:00');
  });
});
