import { describe, expect, it } from 'vitest';
import { parseTypedDate } from './typed-date';

describe('parseTypedDate', () => {
  it.each([
    ['2026-11-17', '2026-11-17'],
    ['2026-1-5', '2026-01-05'],
    [' 17.11.2026 ', '2026-11-17'],
    ['1.2.2027', '2027-02-01'],
    ['7/3/2027', '2027-03-07'],
    ['29/02/2028', '2028-02-29'],
    ['07-03-2026', '2026-03-07'],
    [' 31-12-2026 ', '2026-12-31'],
  ])('reads %j as %s', (typed, iso) => {
    expect(parseTypedDate(typed)).toBe(iso);
  });

  it.each([
    // Half-typed or not a date at all.
    '',
    '17.11',
    '17.11.20',
    'November 17',
    '17 листопада',
    'завтра',
    // Month first, as US English writes it, is not one of ours.
    '11/17/2026',
    // Days the calendar does not have.
    '30.02.2026',
    '29.02.2027',
    '31.04.2026',
    '2026-13-01',
    // Too early to be a typing slip worth keeping.
    '01.01.1899',
    '01.01.1800',
  ])('refuses %j', (typed) => {
    expect(parseTypedDate(typed)).toBeNull();
  });
});
