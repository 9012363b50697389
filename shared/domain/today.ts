import { instantToWallTime, isValidTimeZone } from '../time/zoned-time';
import { isTakingPlace, type AgendaDay, type TimedMeeting } from './agenda';

/**
 * What the "today" screen shows: the event the delegation is at now (or going to next), the
 * day of its programme to show, and which meetings are running and which comes next.
 */

export interface DatedEvent {
  id: string;
  startDate: string;
  endDate: string;
  timeZone: string;
}

export interface CurrentEvent<E extends DatedEvent> {
  event: E;
  /** 'current': today falls within its dates; 'upcoming': it is the next to start. */
  status: 'current' | 'upcoming';
  /** Today's date on the event's clock. */
  today: string;
}

/** The date a wall clock in `timeZone` shows at `now`; the reader's own zone if the event has none usable. */
export function dateInZone(now: number, timeZone: string, fallbackZone: string): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : fallbackZone;
  return instantToWallTime(now, zone).date;
}

/**
 * The event whose dates contain today on its own clock (the latest to start if several: a
 * side visit inside a longer forum is where the delegation is that day); else the next event
 * to start; else null.
 */
export function pickCurrentEvent<E extends DatedEvent>(events: readonly E[], now: number, localZone: string): CurrentEvent<E> | null {
  let current: CurrentEvent<E> | null = null;
  let upcoming: CurrentEvent<E> | null = null;
  for (const event of events) {
    if (!event.startDate || !event.endDate) continue;
    const today = dateInZone(now, event.timeZone, localZone);
    if (event.startDate <= today && today <= event.endDate) {
      if (!current || isLater(event, current.event)) current = { event, status: 'current', today };
    } else if (event.startDate > today) {
      if (!upcoming || isLater(upcoming.event, event)) upcoming = { event, status: 'upcoming', today };
    }
  }
  return current ?? upcoming;
}

/** Starts later, or on the same day and ends sooner (the narrower event), or has the larger id. */
function isLater(a: DatedEvent, b: DatedEvent): boolean {
  if (a.startDate !== b.startDate) return a.startDate > b.startDate;
  if (a.endDate !== b.endDate) return a.endDate < b.endDate;
  return a.id > b.id;
}

/**
 * The programme day to show: today's if a meeting takes place on it; otherwise the first later
 * day on which one does (null if none does). Cancelled and postponed meetings alone do not
 * make a day worth showing.
 */
export function dayToShow(days: readonly AgendaDay[], today: string): { day: AgendaDay; isToday: boolean } | null {
  const busy = (day: AgendaDay) => day.meetings.some(isTakingPlace);
  const todays = days.find((day) => day.date === today);
  if (todays && busy(todays)) return { day: todays, isToday: true };
  const next = days.find((day) => day.date > today && busy(day));
  return next ? { day: next, isToday: false } : null;
}

/**
 * The meetings under way at `now` (started, not yet ended) and the ones starting next (all
 * those sharing the earliest start still ahead). Cancelled and postponed meetings are neither.
 */
export function nowAndNext(timed: readonly TimedMeeting[], now: number): { nowIds: Set<string>; nextIds: Set<string> } {
  const nowIds = new Set<string>();
  let nextStart = Infinity;
  for (const { meeting, start, end } of timed) {
    if (!isTakingPlace(meeting)) continue;
    if (start <= now && now < end) nowIds.add(meeting.id);
    else if (start > now && start < nextStart) nextStart = start;
  }
  const nextIds = new Set(timed.filter(({ meeting, start }) => isTakingPlace(meeting) && start === nextStart).map(({ meeting }) => meeting.id));
  return { nowIds, nextIds };
}
