import type { FollowUp } from '#shared/domain/follow-up';
import type { Meeting } from '#shared/domain/meeting';
import { DATABASE_NAME } from '../../../renderer/data/db';
import { loadEventAgenda } from '../../../renderer/data/event-queries';
import { readTimeline } from '../../../renderer/data/follow-up-reads';
import type { Workspace } from '../../../renderer/data/workspace';
import type { OpenQuery, OpenQueryMethod, OpenQueryResult } from './meetings-api';

/**
 * The data behind a contact's timeline and an event's agenda, three ways, on the seeded app
 * database: the screens' own reads, a naive scan of whole tables, and plain IndexedDB reads of
 * the same indexes (the floor under any screen). Each reads all the subject's meetings and
 * the open follow-ups of those shown on opening. The agenda's naive and raw reads leave out
 * the clash candidates from other events that the screen also loads.
 */

export interface Probes {
  contactId: string;
  eventId: string;
}

const byScheduleDesc = (a: Meeting, b: Meeting) =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.startTime !== b.startTime ? (a.startTime < b.startTime ? 1 : -1) : a.id < b.id ? 1 : -1;
const bySchedule = (a: Meeting, b: Meeting) => byScheduleDesc(b, a);
const isOpen = (f: FollowUp) => f.deletedAt === null && f.status === 'open';
const people = (meetings: readonly Meeting[]) => [...new Set(meetings.flatMap((m) => [...m.ourParticipantIds, ...m.theirParticipantIds]))];

/** What the screens themselves read: readTimeline (MeetingTimeline), the event then loadEventAgenda (EventDetailPage). */
async function app(workspace: Workspace, query: OpenQuery, probes: Probes, shown: number): Promise<Omit<OpenQueryResult, 'ms'>> {
  if (query === 'timeline') {
    const timeline = await readTimeline(workspace, { contactId: probes.contactId }, shown);
    return { meetings: timeline.total, related: timeline.entries.reduce((sum, entry) => sum + entry.openFollowUps.length, 0) };
  }
  const event = await workspace.events.get(probes.eventId);
  if (!event) throw new Error('the probe event is missing');
  const agenda = await loadEventAgenda(workspace, event);
  return { meetings: agenda.meetings.length, related: agenda.contacts.size };
}

async function naive(workspace: Workspace, query: OpenQuery, probes: Probes, shown: number): Promise<Omit<OpenQueryResult, 'ms'>> {
  const { db } = workspace;
  const all = await db.meetings.toArray();
  if (query === 'timeline') {
    const id = probes.contactId;
    const meetings = all
      .filter((m) => m.deletedAt === null && (m.ourParticipantIds.includes(id) || m.theirParticipantIds.includes(id)))
      .sort(byScheduleDesc);
    const ids = new Set(meetings.slice(0, shown).map((m) => m.id));
    const followUps = (await db.followUps.toArray()).filter((f) => isOpen(f) && ids.has(f.meetingId));
    return { meetings: meetings.length, related: followUps.length };
  }
  const meetings = all.filter((m) => m.deletedAt === null && m.eventId === probes.eventId).sort(bySchedule);
  await db.events.get(probes.eventId);
  const contacts = await db.contacts.bulkGet(people(meetings));
  return { meetings: meetings.length, related: contacts.length };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

let rawDb: IDBDatabase | null = null;

function openRaw(): Promise<IDBDatabase> {
  if (rawDb) return Promise.resolve(rawDb);
  return request(indexedDB.open(DATABASE_NAME)).then((db) => (rawDb = db));
}

export function closeRaw(): void {
  rawDb?.close();
  rawDb = null;
}

async function raw(query: OpenQuery, probes: Probes, shown: number): Promise<Omit<OpenQueryResult, 'ms'>> {
  const db = await openRaw();
  const tx = db.transaction(['meetings', 'followUps', 'contacts', 'events'], 'readonly');
  const meetings = tx.objectStore('meetings');
  if (query === 'timeline') {
    const [ours, theirs] = await Promise.all([
      request(meetings.index('ourParticipantIds').getAll(probes.contactId)) as Promise<Meeting[]>,
      request(meetings.index('theirParticipantIds').getAll(probes.contactId)) as Promise<Meeting[]>,
    ]);
    const byId = new Map([...ours, ...theirs].filter((m) => m.deletedAt === null).map((m) => [m.id, m]));
    const list = [...byId.values()].sort(byScheduleDesc);
    const byMeeting = tx.objectStore('followUps').index('meetingId');
    const followUps = (await Promise.all(list.slice(0, shown).map((m) => request(byMeeting.getAll(m.id)) as Promise<FollowUp[]>))).flat().filter(isOpen);
    return { meetings: list.length, related: followUps.length };
  }
  const [, found] = await Promise.all([
    request(tx.objectStore('events').get(probes.eventId)),
    request(meetings.index('eventId').getAll(probes.eventId)) as Promise<Meeting[]>,
  ]);
  const list = found.filter((m) => m.deletedAt === null).sort(bySchedule);
  const contactStore = tx.objectStore('contacts');
  const contacts = await Promise.all(people(list).map((id) => request(contactStore.get(id))));
  return { meetings: list.length, related: contacts.length };
}

/** `shown`: how many meetings the screen shows on opening (the timeline's first page); their follow-ups are read. */
export async function measureOpenQuery(workspace: Workspace, probes: Probes, query: OpenQuery, method: OpenQueryMethod, shown: number): Promise<OpenQueryResult> {
  if (method === 'raw') await openRaw();
  const start = performance.now();
  const result =
    method === 'app' ? await app(workspace, query, probes, shown) : method === 'naive' ? await naive(workspace, query, probes, shown) : await raw(query, probes, shown);
  return { ms: performance.now() - start, ...result };
}

