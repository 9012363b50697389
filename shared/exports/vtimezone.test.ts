import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { instantToWallTime, wallTimeToInstant } from '../time/zoned-time';
import { joinLines } from './content-line';
import { offsetChanges, utcOffset, vtimezoneLines } from './vtimezone';

/** The VTIMEZONE as ical.js reads it, ready to convert times with. */
function icalZone(zone: string, firstYear: number, lastYear: number): ICAL.Timezone {
  const text = joinLines(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...vtimezoneLines(zone, firstYear, lastYear), 'END:VCALENDAR']);
  const vtimezone = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone')!;
  return new ICAL.Timezone(vtimezone);
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Every few hours over the span, the wall clock ical.js computes from our VTIMEZONE is the one
 * Intl shows, and a wall time resolves to the same instant both ways. ical.js converts UTC to a
 * zone approximately (it looks the offset up with the UTC time as if it were local), so that
 * direction is compared only away from the changes; around each change, wall times two hours
 * before and after it (never missing or repeated) are resolved exactly.
 */
function expectSameClock(zone: string, firstYear: number, lastYear: number) {
  const tz = icalZone(zone, firstYear, lastYear);
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear + 1, 0, 1);
  const changes = offsetChanges(zone, start, end);
  const icalInstant = (wall: { date: string; time: string }) => {
    const [y, m, d] = wall.date.split('-').map(Number);
    const [hh, mm] = wall.time.split(':').map(Number);
    return new ICAL.Time({ year: y!, month: m!, day: d!, hour: hh!, minute: mm!, second: 0, isDate: false }, tz).toUnixTime() * 1000;
  };
  let checked = 0;
  for (let t = start; t < end; t += 7 * HOUR + 17 * 60_000) {
    if (changes.some((c) => Math.abs(c.at - t) < DAY)) continue;
    const ours = instantToWallTime(t, zone);
    const theirs = ICAL.Time.fromJSDate(new Date(t), true).convertToZone(tz);
    expect(theirs.toString().slice(0, 16), `${zone} at ${new Date(t).toISOString()}`).toBe(`${ours.date}T${ours.time}`);
    expect(icalInstant(ours), `${zone}: ${ours.date} ${ours.time}`).toBe(wallTimeToInstant(ours, zone));
    checked++;
  }
  for (const change of changes) {
    for (const t of [change.at - 2 * HOUR, change.at + 2 * HOUR]) {
      const wall = instantToWallTime(t, zone);
      expect(icalInstant(wall), `${zone}: ${wall.date} ${wall.time}, near a change`).toBe(t);
    }
  }
  expect(checked).toBeGreaterThan(900);
  return changes.length;
}

describe('offsetChanges', () => {
  it('finds Warsaw’s changes of 2026 to the second', () => {
    expect(offsetChanges('Europe/Warsaw', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([
      { at: Date.UTC(2026, 2, 29, 1), from: HOUR, to: 2 * HOUR },
      { at: Date.UTC(2026, 9, 25, 1), from: 2 * HOUR, to: HOUR },
    ]);
    expect(offsetChanges('Asia/Tokyo', Date.UTC(2020, 0, 1), Date.UTC(2027, 0, 1))).toEqual([]);
  });
});

describe('utcOffset', () => {
  it('writes hours, minutes and seconds as RFC 5545 wants', () => {
    expect(utcOffset(HOUR)).toBe('+0100');
    expect(utcOffset(-3.5 * HOUR)).toBe('-0330');
    expect(utcOffset(0)).toBe('+0000');
    expect(utcOffset(5 * HOUR + 12 * 60_000 + 40_000)).toBe('+051240');
  });
});

describe('vtimezoneLines', () => {
  it('gives Warsaw yearly rules: last Sunday of March and of October', () => {
    const lines = vtimezoneLines('Europe/Warsaw', 2025, 2026);
    expect(lines).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Warsaw',
      'BEGIN:STANDARD',
      'DTSTART:20241231T010000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20250330T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20251026T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('gives New York RDATEs across its 2007 rule change, and nth-weekday rules after it', () => {
    const across = vtimezoneLines('America/New_York', 2006, 2008).join('\n');
    expect(across).toContain('DTSTART:20060402T020000');
    expect(across).toContain('RDATE:20070311T020000');
    expect(across).not.toContain('RRULE');
    const after = vtimezoneLines('America/New_York', 2010, 2012).join('\n');
    expect(after).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(after).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
  });

  it('lists changes that follow no weekday rule as RDATEs (Tehran, fixed dates, until it dropped DST in 2022)', () => {
    const text = vtimezoneLines('Asia/Tehran', 2021, 2023).join('\n');
    expect(text).not.toContain('RRULE');
    expect(text).toContain('DTSTART:20210322T000000\nTZOFFSETFROM:+0330\nTZOFFSETTO:+0430\nRDATE:20210322T000000\nRDATE:20220322T000000\n');
    expect(text).not.toContain('RDATE:2023');
  });

  it('ends a rule with UNTIL when it stops within the span', () => {
    // Volgograd moved to summer time in March 2011 and stayed on it: no return in October 2011.
    const text = vtimezoneLines('Europe/Volgograd', 2009, 2011).join('\n');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20101030T230000Z\n');
  });

  it('gives a zone without changes a single observance', () => {
    expect(vtimezoneLines('Asia/Kolkata', 2024, 2024)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kolkata',
      'BEGIN:STANDARD',
      'DTSTART:20231231T053000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it.each([
    ['Europe/Warsaw', 2023, 2026],
    ['Europe/Kyiv', 2021, 2025],
    ['Europe/Brussels', 2025, 2025],
    ['Europe/Dublin', 2024, 2025],
    ['America/New_York', 2006, 2008],
    ['America/Santiago', 2022, 2024],
    ['Australia/Sydney', 2024, 2025],
    ['Pacific/Chatham', 2024, 2025],
    ['Africa/Casablanca', 2023, 2025],
    ['Asia/Tehran', 2021, 2023],
    ['Europe/Volgograd', 2009, 2011],
    ['Asia/Tokyo', 2024, 2024],
  ] as const)('ical.js reads %s (%i–%i) from it as Intl does', (zone, firstYear, lastYear) => {
    const changes = expectSameClock(zone, firstYear, lastYear);
    if (zone !== 'Asia/Tokyo') expect(changes).toBeGreaterThan(0);
  });
});
