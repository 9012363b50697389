/**
 * Wall-clock times in IANA time zones, with only Intl (no tz library): meetings are stored as
 * the date and time printed on the event's programme, and converted to an instant when a reader
 * in another zone, or a clash check across zones, needs one.
 *
 * Dates are 'YYYY-MM-DD', times 'HH:MM', instants epoch milliseconds.
 */

export interface WallTime {
  date: string;
  time: string;
}

/**
 * How a wall time maps onto the zone's clock:
 * - 'exact': it occurs once;
 * - 'skipped': it does not exist (spring forward, e.g. 02:30 in Warsaw on 2026-03-29). We read
 *   it with the offset in force before the jump, so it lands that much later (03:30);
 * - 'repeated': it occurs twice (fall back, e.g. 02:30 in Warsaw on 2026-10-25). We take the
 *   earlier occurrence, still on summer time.
 * Both choices are Temporal's default ('compatible') and iCalendar's (RFC 5545 §3.3.5), so other
 * calendars that receive our meetings read them the same way.
 */
export type WallTimeFit = 'exact' | 'skipped' | 'repeated';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// Building a DateTimeFormat costs far more than using one; agendas convert hundreds of times.
const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone name Intl knows, e.g. 'Europe/Kyiv' or 'UTC'. */
export function isValidTimeZone(timeZone: string): boolean {
  // Intl also takes offsets such as '+02:00'; those follow no daylight-saving rules, so a
  // meeting must name a real zone.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(timeZone)) return false;
  try {
    partFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's wall clock at an instant, as milliseconds since the epoch read as if UTC. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of partFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return utcMs(parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second);
}

function utcMs(year: number, month: number, day: number, hour: number, minute: number, second = 0): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** The zone's offset from UTC at an instant, in milliseconds (Kyiv in summer: +3 h). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const floored = Math.floor(instant / 1000) * 1000;
  return wallClockMs(floored, timeZone) - floored;
}

function parseWall({ date, time }: WallTime): number {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) throw new RangeError(`Not a wall time: ${date} ${time}`);
  return utcMs(Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2]));
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** Resolves a wall time in a zone to an instant, and says whether the clock had it once. */
export function resolveWallTime(wall: WallTime, timeZone: string): { instant: number; fit: WallTimeFit } {
  const asUtc = parseWall(wall);
  // The offsets in force a day either side cover any transition near this wall time (zones
  // change offset at most a few times a year).
  const before = zoneOffsetMs(asUtc - DAY, timeZone);
  const after = zoneOffsetMs(asUtc + DAY, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((instant) => zoneOffsetMs(instant, timeZone) === asUtc - instant)
    .sort((a, b) => a - b);
  if (matches.length === 1) return { instant: matches[0], fit: 'exact' };
  if (matches.length > 1) return { instant: matches[0], fit: 'repeated' };
  return { instant: asUtc - before, fit: 'skipped' };
}

/** The instant a wall time in a zone stands for (see WallTimeFit for the edge cases). */
export function wallTimeToInstant(wall: WallTime, timeZone: string): number {
  return resolveWallTime(wall, timeZone).instant;
}

/** The date and time (to the minute) a wall clock in the zone shows at an instant. */
export function instantToWallTime(instant: number, timeZone: string): WallTime {
  const wall = new Date(wallClockMs(instant, timeZone));
  return {
    date: `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`,
    time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`,
  };
}

/** "10:00 in Warsaw" as the clock in another zone shows it ("11:00 in Kyiv"). */
export function convertWallTime(wall: WallTime, fromZone: string, toZone: string): WallTime {
  return instantToWallTime(wallTimeToInstant(wall, fromZone), toZone);
}

/** Formats an instant for a reader in `timeZone`, in the reader's locale. */
export function formatInZone(
  instant: number,
  timeZone: string,
  locale: string,
  options: Omit<Intl.DateTimeFormatOptions, 'timeZone'> = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(instant);
}
