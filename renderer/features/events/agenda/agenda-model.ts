import type { EventRecord } from '#shared/domain/event';
import { meetingTimeZone, type Meeting } from '#shared/domain/meeting';
import { agendaDays, clashNotesByMeeting, findClashes, timeMeeting, type AgendaDay, type ClashNote, type TimedMeeting } from '#shared/domain/agenda';
import type { EventAgendaData } from '../../../data/event-queries';

export interface AgendaModel {
  days: AgendaDay[];
  /** The event's meetings with their instants, by id (meetings with no usable zone are absent). */
  timed: Map<string, TimedMeeting>;
  clashNotes: Map<string, ClashNote[]>;
  /** Pairs of meetings in a clash with at least one of them this event's. */
  clashCount: number;
  /** The zone a meeting of the agenda (or one it clashes with) is timed in. */
  zoneOf: (meeting: Meeting) => string;
}

const timedOnly = (items: (TimedMeeting | null)[]) => items.filter((item): item is TimedMeeting => item !== null);

/** The agenda's days and clashes; clashes with other events' meetings count, clashes among those alone do not. */
export function buildAgendaModel(event: EventRecord, data: EventAgendaData): AgendaModel {
  const eventOf = (meeting: Meeting) => (meeting.eventId === event.id ? event : meeting.eventId ? data.otherEvents.get(meeting.eventId) : null);
  const own = timedOnly(data.meetings.map((meeting) => timeMeeting(meeting, event)));
  const others = timedOnly(data.otherMeetings.map((meeting) => timeMeeting(meeting, eventOf(meeting))));
  const clashes = findClashes([...own, ...others]).filter(({ meetings }) => meetings.some((item) => item.meeting.eventId === event.id));
  const timed = new Map(own.map((item) => [item.meeting.id, item]));
  return {
    days: agendaDays(event, data.meetings, (meeting) => timed.get(meeting.id)),
    timed,
    clashNotes: clashNotesByMeeting(clashes),
    clashCount: clashes.length,
    zoneOf: (meeting) => meetingTimeZone(meeting, eventOf(meeting)),
  };
}

/** Clashes that involve the meetings of one day (each pair once). */
export function clashCountOn(day: AgendaDay, model: AgendaModel): number {
  const pairs = new Set<string>();
  for (const meeting of day.meetings) {
    for (const note of model.clashNotes.get(meeting.id) ?? []) {
      pairs.add([meeting.id, note.other.meeting.id].sort().join('|'));
    }
  }
  return pairs.size;
}

/**
 * The first `count` meetings of the programme, day by day. Until every meeting is in, days
 * after the last one shown are left out, so no day reads "no meetings" while its meetings are
 * still being drawn; empty days before it stay, as they do in the full agenda.
 */
export function revealDays(days: readonly AgendaDay[], count: number): AgendaDay[] {
  if (count >= meetingCount(days)) return [...days];
  const shown: AgendaDay[] = [];
  let left = count;
  for (const day of days) {
    if (left <= 0) break;
    shown.push(day.meetings.length <= left ? day : { ...day, meetings: day.meetings.slice(0, left) });
    left -= day.meetings.length;
  }
  return shown;
}

export const meetingCount = (days: readonly AgendaDay[]) => days.reduce((sum, day) => sum + day.meetings.length, 0);
