/**
 * Dates and times as spreadsheets write them, read into our 'YYYY-MM-DD' and 'HH:MM'.
 * Dates: ISO ('2023-11-15', also with a time after it), 'DD.MM.YYYY' (how Ukraine, Poland and
 * most of Europe write them; also with '/' or '-'), two-digit years as 20xx. Month-first US
 * dates are not guessed: '11/15/2023' reads only because 15 cannot be a month, and '03/04/2024'
 * is the 3rd of April. Times: 'H:MM', 'HH:MM', 'HH:MM:SS', '9.30', '9h30', '10:00 AM', and a
 * fraction of a day ('0.375' = 09:00) as a spreadsheet stores one.
 */

const pad = (value: number) => String(value).padStart(2, '0');

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

/** 'YYYY-MM-DD', or null when the text is not a date we can read without guessing. */
export function parseImportDate(text: string): string | null {
  const value = text.trim();
  let match = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/u.exec(value);
  if (match) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/u.exec(value);
  if (!match) return null;
  const [first, second, year] = [Number(match[1]), Number(match[3]), fullYear(match[4])];
  // Day first, as everywhere our users work; a second number over 12 can only be a day.
  if (match[2] === '/' && second > 12 && first <= 12) return isoDay(year, first, second);
  return isoDay(year, second, first);
}

/** 'HH:MM', or null. */
export function parseImportTime(text: string): string | null {
  const value = text.trim().toLowerCase();
  let match = /^(\d{1,2})(?:[:.h](\d{2}))?(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/u.exec(value);
  if (match && (match[2] !== undefined || match[4] !== undefined)) {
    let hours = Number(match[1]);
    const minutes = Number(match[2] ?? '0');
    const meridiem = match[4]?.replace(/\./gu, '');
    if (meridiem) {
      if (hours < 1 || hours > 12) return null;
      hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
    }
    return hours <= 23 && minutes <= 59 ? `${pad(hours)}:${pad(minutes)}` : null;
  }
  // A fraction of a day, as a time cell's raw value reads ('0.30' was read above as 00:30).
  match = /^0?[.,](\d+)$/u.exec(value);
  if (match) {
    const minutes = Math.round(Number(`0.${match[1]}`) * 24 * 60);
    return minutes < 24 * 60 ? `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` : null;
  }
  return null;
}

/** A start and an optional end: '10:00', '10:00-10:30', '10.00 – 10.30'. */
export function parseTimeRange(text: string): { start: string; end: string } | null {
  const parts = text.split(/\s*[-–—]\s*|\s+(?:to|до|по)\s+/u);
  if (parts.length > 2) return null;
  const start = parseImportTime(parts[0]);
  if (start === null) return null;
  if (parts.length === 1) return { start, end: '' };
  const end = parseImportTime(parts[1]);
  return end === null ? null : { start, end };
}

/**
 * A date with an optional time or time range after it: '2023-11-15 10:00', '15.11.2023 10:00-10:30',
 * '2023-11-15T10:00'. `time` is null when the text has a date only.
 */
export function parseImportDateTime(text: string): { date: string; time: { start: string; end: string } | null } | null {
  const value = text.trim();
  const match = /^(\S+?)(?:[T\s,]+(.+))?$/u.exec(value);
  if (!match) return null;
  const date = parseImportDate(match[1]);
  if (date === null) return null;
  if (match[2] === undefined) return { date, time: null };
  const time = parseTimeRange(match[2]);
  return time === null ? null : { date, time };
}
