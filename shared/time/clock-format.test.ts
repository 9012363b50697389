import { describe, expect, it } from 'vitest';
import { meetingClock } from './meeting-clock';
import { formatClockSpan, timeZoneDisplayName } from './clock-format';

const slot = (date: string, startTime: string, endTime: string) => ({ date, startTime, endTime });
// ICU puts thin or no-break spaces in some patterns; the tests compare the visible text.
const plain = (text: string) => text.replace(/[\u202f\u00a0\u2009]/g, ' ');

describe('formatClockSpan', () => {
  const warsawToKyiv = meetingClock(slot('2026-11-17', '10:00', '11:00'), 'Europe/Warsaw', 'Europe/Kyiv')!;

  it('writes a span as a time range in the locale', () => {
    expect(plain(formatClockSpan(warsawToKyiv.meeting, 'uk-UA', '2026-11-17'))).toBe('10:00–11:00');
    expect(plain(formatClockSpan(warsawToKyiv.local!, 'en-GB', '2026-11-17'))).toBe('11:00–12:00');
  });

  it('names the day when the local side falls on another one', () => {
    const late = meetingClock(slot('2026-11-17', '23:30', '23:59'), 'Europe/Warsaw', 'Asia/Tokyo')!;
    expect(plain(formatClockSpan(late.local!, 'en-GB', '2026-11-17'))).toBe('18 Nov, 07:30–07:59');
    expect(plain(formatClockSpan(late.local!, 'uk-UA', '2026-11-17'))).toBe('18 лист., 07:30–07:59');
  });

  it('names both days when the local side runs past midnight', () => {
    const evening = meetingClock(slot('2026-11-17', '22:30', '23:30'), 'Europe/Warsaw', 'Europe/Kyiv')!;
    expect(plain(formatClockSpan(evening.local!, 'en-GB', '2026-11-17'))).toBe('17 Nov, 23:30 – 18 Nov, 00:30');
  });
});

describe('formatClockSpan within one day', () => {
  it('writes exactly what Intl formatRange writes, in every UI locale and in zones east and west', () => {
    const cases = [
      ['2026-11-17', '10:00', '11:00'],
      ['2026-03-29', '01:30', '04:00'], // Warsaw springs forward in between
      ['2026-07-01', '00:00', '23:59'],
      ['2026-11-17', '09:05', '09:06'],
    ] as const;
    for (const locale of ['uk-UA', 'ru-RU', 'en-GB', 'en-US', 'fr-FR', 'pl-PL']) {
      for (const zone of ['Europe/Warsaw', 'Europe/Kyiv', 'America/New_York', 'Asia/Tokyo']) {
        for (const [date, start, end] of cases) {
          const span = meetingClock(slot(date, start, end), zone, zone)!.meeting;
          const expected = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).formatRange(span.startInstant, span.endInstant);
          expect(formatClockSpan(span, locale, date), `${locale} ${zone} ${date} ${start}–${end}`).toBe(expected);
        }
      }
    }
  });
});

describe('timeZoneDisplayName', () => {
  const at = Date.UTC(2026, 10, 17, 9);

  it('names the zone by its country, in the reader’s language', () => {
    expect(timeZoneDisplayName('Europe/Warsaw', 'en', at)).toBe('Poland');
    expect(timeZoneDisplayName('Europe/Warsaw', 'ru', at)).toBe('Польша');
    expect(timeZoneDisplayName('Europe/Warsaw', 'uk', at)).toBe('Польща');
    expect(timeZoneDisplayName('Europe/Kyiv', 'uk', at)).toBe('Україна');
  });

  it('names the city where a country has several zones', () => {
    expect(timeZoneDisplayName('America/New_York', 'uk', at)).toBe('Нью-Йорк');
    expect(timeZoneDisplayName('Europe/Moscow', 'en', at)).toBe('Moscow');
  });

  it('falls back to the zone’s own name where Intl knows only an offset', () => {
    expect(timeZoneDisplayName('UTC', 'en', at)).toBe('UTC');
    expect(timeZoneDisplayName('Mars/Olympus_Mons', 'en', at)).toBe('Olympus Mons');
  });
});
