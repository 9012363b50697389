import { instantToWallTime, isValidTimeZone, wallTimeToInstant, type WallTime } from './zoned-time';

/** A stretch of time as one zone's clock shows it. */
export interface ClockSpan {
  timeZone: string;
  start: WallTime;
  end: WallTime;
  startInstant: number;
  endInstant: number;
}

export interface MeetingClock {
  /** The meeting's own clock: its date and times as the programme prints them. */
  meeting: ClockSpan;
  /** The same stretch on the reader's clock, or null when that clock reads the same. */
  local: ClockSpan | null;
}

export interface MeetingSlot {
  date: string;
  startTime: string;
  endTime: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A meeting's times in its zone and on the reader's clock. Null while the slot is incomplete
 * (a form being filled in) or the zone is unknown, so callers show what they have instead.
 *
 * "Differs" is judged by what the two clocks show, not by zone names: a reader in Berlin sees
 * the same 10:00 as Warsaw, and 'Europe/Kiev' is the same clock as 'Europe/Kyiv'.
 */
export function meetingClock(slot: MeetingSlot, timeZone: string, readerZone: string): MeetingClock | null {
  if (!DATE.test(slot.date) || !TIME.test(slot.startTime) || !TIME.test(slot.endTime)) return null;
  if (!isValidTimeZone(timeZone)) return null;
  const start: WallTime = { date: slot.date, time: slot.startTime };
  const end: WallTime = { date: slot.date, time: slot.endTime };
  const meeting: ClockSpan = {
    timeZone,
    start,
    end,
    startInstant: wallTimeToInstant(start, timeZone),
    endInstant: wallTimeToInstant(end, timeZone),
  };
  if (!isValidTimeZone(readerZone)) return { meeting, local: null };
  const local: ClockSpan = {
    timeZone: readerZone,
    start: instantToWallTime(meeting.startInstant, readerZone),
    end: instantToWallTime(meeting.endInstant, readerZone),
    startInstant: meeting.startInstant,
    endInstant: meeting.endInstant,
  };
  const same = sameWall(local.start, instantToWallTime(meeting.startInstant, timeZone)) && sameWall(local.end, instantToWallTime(meeting.endInstant, timeZone));
  return { meeting, local: same ? null : local };
}

function sameWall(a: WallTime, b: WallTime): boolean {
  return a.date === b.date && a.time === b.time;
}
