import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '#shared/domain/contact';
import type { EventRecord } from '#shared/domain/event';
import type { Meeting } from '#shared/domain/meeting';
import type { Organization } from '#shared/domain/organization';
import type { Topic } from '#shared/domain/topics';
import { addDays } from '#shared/domain/agenda';
import { guardStorage } from './storage-error';
import { useWorkspace } from './workspace-context';
import type { Workspace } from './workspace';

/** Everything an event's agenda shows, read in one pass so it renders at once. */
export interface EventAgendaData {
  /** The event's live meetings. */
  meetings: Meeting[];
  /**
   * Live meetings outside this event (another event's, or none) on the same days that one of
   * ours in this event's meetings also attends: a clash with them is a clash all the same.
   */
  otherMeetings: Meeting[];
  /** The events of `otherMeetings`, for the zones they are timed in. */
  otherEvents: Map<string, EventRecord>;
  /** The delegation and everyone in the event's meetings, trashed ones included (names stay readable). */
  contacts: Map<string, Contact>;
  organizations: Map<string, Organization>;
  topics: Topic[];
  /**
   * Whether `otherMeetings` has been read. The agenda draws its first screen from the event's
   * own meetings, and clashes with other events join a moment later.
   */
  outsideChecked: boolean;
}

type EventProgramme = Omit<EventAgendaData, 'otherMeetings' | 'otherEvents' | 'outsideChecked'>;
type OutsideMeetings = Pick<EventAgendaData, 'otherMeetings' | 'otherEvents'>;

const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((record) => [record.id, record]));
const live = (meeting: Meeting) => meeting.deletedAt === null;

/**
 * Meetings of other events that could clash with this one's: those with one of `ourIds`
 * dated within a day of `from`–`to` (a day either side, since zones shift a meeting's date).
 * Both conditions are answered from indexes, reading only the keys; just the matches are
 * loaded.
 */
async function loadOtherMeetings(workspace: Workspace, eventId: string, ourIds: readonly string[], from: string, to: string): Promise<Meeting[]> {
  if (ourIds.length === 0) return [];
  const { meetings } = workspace.db;
  // One index lookup per person, all issued at once: Dexie's anyOf walks a single cursor key by
  // key, a round trip to the browser process per step (thousands for a busy delegation).
  const [inWindow, ...withOurs] = await guardStorage(() =>
    Promise.all([
      meetings.where('date').between(addDays(from, -1), addDays(to, 1), true, true).primaryKeys(),
      ...ourIds.map((id) => meetings.where('ourParticipantIds').equals(id).primaryKeys()),
    ]),
  );
  const window = new Set(inWindow);
  const candidates = [...new Set(withOurs.flat())].filter((id) => window.has(id));
  const found = await workspace.meetings.getMany(candidates);
  return found.filter((meeting) => live(meeting) && meeting.eventId !== eventId);
}

/** The event's own meetings and everyone in them: what the agenda's first screen needs. */
export async function loadEventProgramme(workspace: Workspace, event: EventRecord): Promise<EventProgramme> {
  const meetings = await workspace.meetings.listByEvent(event.id);
  const contactIds = new Set([...event.delegation, ...meetings.flatMap((meeting) => [...meeting.ourParticipantIds, ...meeting.theirParticipantIds])]);
  const organizationIds = new Set(meetings.flatMap((meeting) => meeting.organizationIds));
  const [contacts, organizations, topics] = await Promise.all([
    workspace.contacts.getMany([...contactIds]),
    workspace.organizations.getMany([...organizationIds]),
    workspace.topics.list(),
  ]);
  return { meetings, contacts: byId(contacts), organizations: byId(organizations), topics };
}

/** Meetings outside the event that one of ours also attends on its days, with their events. */
export async function loadOutsideMeetings(workspace: Workspace, event: EventRecord, meetings: readonly Meeting[]): Promise<OutsideMeetings> {
  const dates = [event.startDate, event.endDate, ...meetings.map((meeting) => meeting.date)].filter(Boolean).sort();
  const ourIds = [...new Set(meetings.flatMap((meeting) => meeting.ourParticipantIds))];
  const otherMeetings = dates.length ? await loadOtherMeetings(workspace, event.id, ourIds, dates[0], dates[dates.length - 1]) : [];
  const otherEventIds = new Set(otherMeetings.flatMap((meeting) => (meeting.eventId ? [meeting.eventId] : [])));
  return { otherMeetings, otherEvents: byId(await workspace.events.getMany([...otherEventIds])) };
}

export async function loadEventAgenda(workspace: Workspace, event: EventRecord): Promise<EventAgendaData> {
  const programme = await loadEventProgramme(workspace, event);
  return { ...programme, ...(await loadOutsideMeetings(workspace, event, programme.meetings)), outsideChecked: true };
}

/**
 * Live meetings per event id. Counts come from the eventId index's keys, without reading a
 * meeting; only trashed meetings (few) are read, to take them off.
 */
export async function countMeetingsByEvent(workspace: Workspace): Promise<Map<string, number>> {
  const { meetings } = workspace.db;
  const [eventIds, trashed] = await guardStorage(() =>
    Promise.all([meetings.orderBy('eventId').keys(), meetings.where('deletedAt').above(0).toArray()]),
  );
  const counts = new Map<string, number>();
  for (const id of eventIds) counts.set(String(id), (counts.get(String(id)) ?? 0) + 1);
  for (const meeting of trashed) {
    if (meeting.eventId) counts.set(meeting.eventId, (counts.get(meeting.eventId) ?? 1) - 1);
  }
  return counts;
}

export function useEvent(id: string | undefined): EventRecord | null | undefined {
  const { events } = useWorkspace();
  return useLiveQuery(async () => (id ? ((await events.get(id)) ?? null) : null), [events, id]);
}

/** Every live event, by start date. */
export function useLiveEvents(): EventRecord[] | undefined {
  const { events } = useWorkspace();
  return useLiveQuery(() => events.listLive('startDate'), [events]);
}

/** The events list: live events with how many live meetings each has. */
export function useEventList(): { events: EventRecord[]; meetingCounts: Map<string, number> } | undefined {
  const workspace = useWorkspace();
  return useLiveQuery(async () => {
    const [events, meetingCounts] = await Promise.all([workspace.events.listLive('startDate'), countMeetingsByEvent(workspace)]);
    return { events, meetingCounts };
  }, [workspace]);
}

/**
 * The agenda of an event, following every change to its meetings and the people in them. The
 * event's own programme comes first; meetings elsewhere that could clash are read after it, so
 * they never hold up the first screen.
 */
export function useEventAgenda(event: EventRecord | null | undefined): EventAgendaData | undefined {
  const workspace = useWorkspace();
  const programme = useLiveQuery(async () => (event ? loadEventProgramme(workspace, event) : undefined), [workspace, event]);
  const outside = useLiveQuery(
    async () => (event && programme ? loadOutsideMeetings(workspace, event, programme.meetings) : undefined),
    [workspace, event, programme],
  );
  return useMemo(() => {
    if (!programme) return undefined;
    return outside
      ? { ...programme, ...outside, outsideChecked: true }
      : { ...programme, otherMeetings: [], otherEvents: new Map(), outsideChecked: false };
  }, [programme, outside]);
}
