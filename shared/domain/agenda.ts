import { meetingTimeZone, type Meeting, type MeetingStatus } from './meeting';
import { isValidTimeZone, wallTimeToInstant } from '../time/zoned-time';

/**
 * An event's agenda: its meetings grouped into days, and the clashes of our people between
 * meetings that overlap in time. Times are compared as instants, so a meeting timed in Warsaw
 * and one timed in Kyiv clash exactly when they overlap in the world, whatever the clocks say.
 */

/** Meetings that will not take place (or not then) hold nobody's time. */
const NOT_TAKING_PLACE: ReadonlySet<MeetingStatus> = new Set(['cancelled', 'postponed']);

/** An event's span beyond which only days with meetings are listed: a months-long online series would otherwise be pages of empty days. */
export const MAX_LISTED_DAYS = 31;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface EventDates {
  startDate: string;
  endDate: string;
}

/** A meeting with the instants it starts and ends. */
export interface TimedMeeting {
  meeting: Meeting;
  start: number;
  end: number;
}

export interface AgendaDay {
  /** 'YYYY-MM-DD' */
  date: string;
  /** False for a day outside the event's dates that a meeting of it falls on. */
  inEvent: boolean;
  /** In programme order: start, then end time, then id. */
  meetings: Meeting[];
}

/** Two meetings that overlap in time with some of our people in both. */
export interface Clash {
  /** The one that starts first (ties: the one with the smaller id) comes first. */
  meetings: [TimedMeeting, TimedMeeting];
  /** Our people in both, in the order the first meeting lists them. */
  personIds: string[];
}

/** What one meeting's clash notes say: who is also where. */
export interface ClashNote {
  other: TimedMeeting;
  personIds: string[];
}

export function isTakingPlace(meeting: Pick<Meeting, 'status'>): boolean {
  return !NOT_TAKING_PLACE.has(meeting.status);
}

/** 'YYYY-MM-DD' plus `days` calendar days. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every calendar date from `start` to `end`, both included; none if end comes first. */
export function datesBetween(start: string, end: string): string[] {
  const dates: string[] = [];
  for (let date = start; date <= end; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/**
 * When a meeting starts and ends, as instants, in its own zone or else its event's; null if
 * neither names a usable zone or the times are unreadable (nothing to compare then).
 */
export function timeMeeting(meeting: Meeting, event: { timeZone: string } | null | undefined): TimedMeeting | null {
  const zone = meetingTimeZone(meeting, event);
  if (!zone || !isValidTimeZone(zone)) return null;
  try {
    const start = wallTimeToInstant({ date: meeting.date, time: meeting.startTime }, zone);
    const end = wallTimeToInstant({ date: meeting.date, time: meeting.endTime }, zone);
    return { meeting, start, end };
  } catch {
    return null;
  }
}

/** When a meeting starts and ends in the world, if known (see timeMeeting). */
type TimeOf = (meeting: Meeting) => Pick<TimedMeeting, 'start' | 'end'> | undefined;

/** By start, then end, then id; a meeting with no known instants is placed by its wall times read as UTC. */
function programmeOrder(timeOf: TimeOf) {
  const keys = (meeting: Meeting) =>
    timeOf(meeting) ?? {
      start: Date.parse(`${meeting.date}T${meeting.startTime}:00Z`),
      end: Date.parse(`${meeting.date}T${meeting.endTime}:00Z`),
    };
  return (a: Meeting, b: Meeting): number => {
    const [ka, kb] = [keys(a), keys(b)];
    return ka.start - kb.start || ka.end - kb.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/**
 * The event's days, each with its meetings: every day of the event (up to MAX_LISTED_DAYS of
 * them, so an empty day can still be planned), and any other day one of its meetings falls on.
 * Meetings run in the order they start in the world (`timeOf`, e.g. from timeMeeting), so a
 * call timed 12:00 in Kyiv comes before a meeting at 11:30 in Warsaw.
 */
export function agendaDays(event: EventDates, meetings: readonly Meeting[], timeOf: TimeOf = () => undefined): AgendaDay[] {
  const byDate = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const list = byDate.get(meeting.date);
    if (list) list.push(meeting);
    else byDate.set(meeting.date, [meeting]);
  }
  const eventDates = event.startDate && event.endDate ? datesBetween(event.startDate, event.endDate) : [];
  const dates = new Set(eventDates.length <= MAX_LISTED_DAYS ? eventDates : []);
  for (const date of byDate.keys()) dates.add(date);
  return [...dates].sort().map((date) => ({
    date,
    inEvent: date >= event.startDate && date <= event.endDate,
    meetings: (byDate.get(date) ?? []).sort(programmeOrder(timeOf)),
  }));
}

function compareTimed(a: TimedMeeting, b: TimedMeeting): number {
  if (a.start !== b.start) return a.start - b.start;
  return a.meeting.id < b.meeting.id ? -1 : a.meeting.id > b.meeting.id ? 1 : 0;
}

/**
 * Every pair of meetings taking place that overlap in time and share one of ours. Meetings
 * that only touch (one ends at 11:00, the next starts at 11:00) do not clash. Per person the
 * meetings are swept in start order, keeping those still running, so three meetings at once
 * give three pairs and the work stays close to linear for a normal programme.
 */
export function findClashes(timed: readonly TimedMeeting[]): Clash[] {
  const byPerson = new Map<string, TimedMeeting[]>();
  for (const item of timed) {
    if (!isTakingPlace(item.meeting) || item.end <= item.start) continue;
    for (const personId of new Set(item.meeting.ourParticipantIds)) {
      const list = byPerson.get(personId);
      if (list) list.push(item);
      else byPerson.set(personId, [item]);
    }
  }

  const pairs = new Map<string, Clash>();
  for (const [personId, list] of byPerson) {
    list.sort(compareTimed);
    let running: TimedMeeting[] = [];
    for (const current of list) {
      running = running.filter((earlier) => earlier.end > current.start);
      for (const earlier of running) {
        const key = `${earlier.meeting.id}|${current.meeting.id}`;
        const clash = pairs.get(key);
        if (clash) clash.personIds.push(personId);
        else pairs.set(key, { meetings: [earlier, current], personIds: [personId] });
      }
      running.push(current);
    }
  }

  const clashes = [...pairs.values()];
  for (const clash of clashes) {
    const order = clash.meetings[0].meeting.ourParticipantIds;
    clash.personIds.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  return clashes.sort((a, b) => compareTimed(a.meetings[0], b.meetings[0]) || compareTimed(a.meetings[1], b.meetings[1]));
}

/** For each meeting in a clash, what it clashes with and over whom, the other meetings in start order. */
export function clashNotesByMeeting(clashes: readonly Clash[]): Map<string, ClashNote[]> {
  const notes = new Map<string, ClashNote[]>();
  const add = (meetingId: string, note: ClashNote) => {
    const list = notes.get(meetingId);
    if (list) list.push(note);
    else notes.set(meetingId, [note]);
  };
  for (const { meetings: [first, second], personIds } of clashes) {
    add(first.meeting.id, { other: second, personIds });
    add(second.meeting.id, { other: first, personIds });
  }
  for (const list of notes.values()) list.sort((a, b) => compareTimed(a.other, b.other));
  return notes;
}
