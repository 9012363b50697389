import { describe, expect, it } from 'vitest';
import { parseImportDate, parseImportDateTime, parseImportTime, parseTimeRange } from './table-import-datetime';

describe('parseImportDate', () => {
  it('reads ISO and day-first dates', () => {
    expect(parseImportDate('2023-11-15')).toBe('2023-11-15');
    expect(parseImportDate('2023.11.5')).toBe('2023-11-05');
    expect(parseImportDate('15.11.2023')).toBe('2023-11-15');
    expect(parseImportDate('5.3.24')).toBe('2024-03-05');
    expect(parseImportDate('03/04/2024')).toBe('2024-04-03');
    expect(parseImportDate('15-11-2023')).toBe('2023-11-15');
  });

  it('reads a month-first date only where the day settles it', () => {
    expect(parseImportDate('11/15/2023')).toBe('2023-11-15');
    expect(parseImportDate('15/11/2023')).toBe('2023-11-15');
    expect(parseImportDate('11.15.2023')).toBeNull();
  });

  it('refuses what is not a date', () => {
    for (const text of ['TBD', '', '2023-02-30', '31.04.2024', '2023-13-01', '15.11', '1.1.1850', '2023-11-15x']) {
      expect([text, parseImportDate(text)]).toEqual([text, null]);
    }
  });
});

describe('parseImportTime', () => {
  it('reads the ways times are written', () => {
    const cases: [string, string][] = [
      ['9:30', '09:30'], ['09:30', '09:30'], ['14:05:59', '14:05'], ['9.30', '09:30'], ['9h30', '09:30'],
      ['10:00 AM', '10:00'], ['12:15 pm', '12:15'], ['12 am', '00:00'], ['3 p.m.', '15:00'],
      ['0.375', '09:00'], ['0,5', '12:00'], ['.75', '18:00'],
    ];
    for (const [text, time] of cases) expect([text, parseImportTime(text)]).toEqual([text, time]);
  });

  it('refuses what is not a time', () => {
    for (const text of ['', '9', '24:00', '12:60', '13 pm', 'noon', '1.5', '9:5']) expect([text, parseImportTime(text)]).toEqual([text, null]);
  });
});

describe('parseTimeRange and parseImportDateTime', () => {
  it('reads a start with an optional end', () => {
    expect(parseTimeRange('10:00')).toEqual({ start: '10:00', end: '' });
    expect(parseTimeRange('10.00 – 10.30')).toEqual({ start: '10:00', end: '10:30' });
    expect(parseTimeRange('10:00 to 10:30')).toEqual({ start: '10:00', end: '10:30' });
    expect(parseTimeRange('10:00 - later')).toBeNull();
  });

  it('reads a date with a time after it, or alone', () => {
    expect(parseImportDateTime('2023-11-15 10:00')).toEqual({ date: '2023-11-15', time: { start: '10:00', end: '' } });
    expect(parseImportDateTime('2023-11-15T10:00')).toEqual({ date: '2023-11-15', time: { start: '10:00', end: '' } });
    expect(parseImportDateTime('15.11.2023, 10:00-10:30')).toEqual({ date: '2023-11-15', time: { start: '10:00', end: '10:30' } });
    expect(parseImportDateTime('15.11.2023')).toEqual({ date: '2023-11-15', time: null });
    expect(parseImportDateTime('15.11.2023 soon')).toBeNull();
    expect(parseImportDateTime('soon')).toBeNull();
  });
});
