import { zoneOffsetMs } from '../time/zoned-time';
import { contentLine } from './content-line';

/**
 * VTIMEZONE components (RFC 5545 §3.6.5) built from the runtime's IANA data through Intl, so a
 * calendar that receives our meetings reads "10:00 Europe/Warsaw" as the same instant we do, even
 * if its own zone data differ, and so Outlook, which needs the definition in the file, can place them.
 *
 * The zone's offset changes are found by sampling the offset once a day over the whole years the
 * meetings fall in, and narrowing each change down to the second. Changes of the same kind (same
 * offsets before and after) become one observance:
 * - with a yearly RRULE when they fall every year of the span on the same weekday of the same
 *   month at the same local time ("last Sunday of March at 02:00"), ending with UNTIL if they
 *   stop before the span does — Outlook reads rules better than lists;
 * - else with RDATEs, one per change (the first one repeating DTSTART).
 * The first observance holds the offset in force at the start of the span, so every meeting is
 * covered. Two changes less than a day apart would be seen as one; no zone has had that since 1970.
 */

export interface OffsetChange {
  /** The instant of the change (epoch ms). */
  at: number;
  /** Offsets from UTC before and after, in ms. */
  from: number;
  to: number;
}

const SECOND = 1000;
const DAY = 86_400_000;

/** Every change of the zone's UTC offset in [start, end). */
export function offsetChanges(timeZone: string, start: number, end: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let before = zoneOffsetMs(start, timeZone);
  for (let t = start; t < end; t += DAY) {
    const next = Math.min(t + DAY, end);
    const after = zoneOffsetMs(next, timeZone);
    if (after === before) continue;
    // The offset is `before` at lo and `after` at hi: narrow down to the second it changes.
    let lo = t;
    let hi = next;
    while (hi - lo > SECOND) {
      const mid = lo + Math.floor((hi - lo) / 2 / SECOND) * SECOND;
      if (zoneOffsetMs(mid, timeZone) === before) lo = mid;
      else hi = mid;
    }
    changes.push({ at: hi, from: before, to: after });
    before = after;
  }
  return changes;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** An offset as RFC 5545 writes it: +0100, -0330, +051240 (seconds only when there are any). */
export function utcOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const total = Math.round(Math.abs(ms) / SECOND);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  return `${sign}${pad(h)}${pad(m)}${s ? pad(s) : ''}`;
}

/** The wall clock at `instant` under `offset`, as fields (read from a Date in UTC). */
function wall(instant: number, offset: number): Date {
  return new Date(instant + offset);
}

function localDateTime(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

function utcDateTime(instant: number): string {
  return `${localDateTime(new Date(instant))}Z`;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The yearly rule a set of changes follows, or null if they follow none. */
function yearlyRule(changes: readonly OffsetChange[], lastYear: number): string | null {
  const walls = changes.map((c) => wall(c.at, c.from));
  const years = walls.map((d) => d.getUTCFullYear());
  if (years.some((year, i) => i > 0 && year !== years[i - 1]! + 1)) return null;
  const key = (d: Date) => `${d.getUTCMonth()}|${d.getUTCDay()}|${d.getUTCHours()}:${d.getUTCMinutes()}:${d.getUTCSeconds()}`;
  if (walls.some((d) => key(d) !== key(walls[0]!))) return null;
  const monthLength = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  const isLast = walls.every((d) => d.getUTCDate() + 7 > monthLength(d));
  const ordinals = new Set(walls.map((d) => Math.ceil(d.getUTCDate() / 7)));
  if (!isLast && ordinals.size !== 1) return null;
  const first = walls[0]!;
  const byDay = `${isLast ? -1 : [...ordinals][0]}${WEEKDAYS[first.getUTCDay()]}`;
  let rule = `FREQ=YEARLY;BYMONTH=${first.getUTCMonth() + 1};BYDAY=${byDay}`;
  // A rule that stopped inside the span must not be read as going on; one that runs to the end of the span is left open.
  if (years.at(-1)! < lastYear) rule += `;UNTIL=${utcDateTime(changes.at(-1)!.at)}`;
  return rule;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: Date, from: number, to: number, extra: string[]): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localDateTime(start)}`,
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    ...extra,
    `END:${kind}`,
  ];
}

/**
 * The VTIMEZONE for `timeZone`, correct for every instant of the years `firstYear`…`lastYear`
 * (take them from the earliest and latest meeting dates).
 */
export function vtimezoneLines(timeZone: string, firstYear: number, lastYear: number): string[] {
  // A day either side, so a change on the night of 1 January is not missed in any zone.
  const start = Date.UTC(firstYear, 0, 1) - DAY;
  const end = Date.UTC(lastYear + 1, 0, 1) + DAY;
  const changes = offsetChanges(timeZone, start, end);
  const initial = zoneOffsetMs(start, timeZone);
  // Of two offsets the zone moves between, the larger is its daylight (summer) time.
  const initialKind = changes[0] && changes[0].to < changes[0].from ? 'DAYLIGHT' : 'STANDARD';
  const lines = ['BEGIN:VTIMEZONE', contentLine('TZID', [], timeZone)];
  lines.push(...observance(initialKind, wall(start, initial), initial, initial, []));

  const groups = new Map<string, OffsetChange[]>();
  for (const change of changes) {
    const key = `${change.from}|${change.to}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  for (const group of groups.values()) {
    const [first] = group as [OffsetChange, ...OffsetChange[]];
    const kind = first.to > first.from ? 'DAYLIGHT' : 'STANDARD';
    const rule = yearlyRule(group, lastYear);
    // The RDATEs repeat DTSTART: it is part of the set by RFC 5545 anyway, and ical.js reads an
    // observance with RDATEs as only those dates.
    const extra = rule ? [`RRULE:${rule}`] : group.map((c) => `RDATE:${localDateTime(wall(c.at, c.from))}`);
    lines.push(...observance(kind, wall(first.at, first.from), first.from, first.to, extra));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
