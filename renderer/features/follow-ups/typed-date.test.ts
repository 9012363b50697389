import { describe, expect, it } from 'vitest';
import { parseTypedDate } from './typed-date';

describe('parseTypedDate', () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    ['30.11.2026', '2026-11-30'],
    ['1.2.2027', '2027-02-01'],
    ['29/02/2028', '2028-02-29'],
    [' 31-12-2026 ', '2026-12-31'],
  ])('reads %j as %s', (typed, iso) => {
    expect(parseTypedDate(typed)).toBe(iso);
  });

  it.each(['', 'завтра', '30.11', '11/30/2026', '29.02.2027', '2026-13-01', '31.04.2026', '01.01.1800'])('rejects %j', (typed) => {
    expect(parseTypedDate(typed)).toBeNull();
  });
});
