import type { Contact } from '#shared/domain/contact';
import type { EventRecord } from '#shared/domain/event';
import type { FollowUp } from '#shared/domain/follow-up';
import type { Meeting } from '#shared/domain/meeting';
import { compareDue } from '#shared/domain/follow-up-schedule';
import type { DeskDatabase } from './db';
import { compareSchedule } from './meeting-repository';
import { guardStorage } from './storage-error';

/**
 * A contact's or an organization's timeline, read so that its cost follows what is shown,
 * not how many meetings there are: one of our own staff can be in thousands of meetings,
 * each carrying 1–2 KB of notes.
 */

export type TimelineSubject = { contactId: string } | { organizationId: string };

export interface TimelineEntry {
  meeting: Meeting;
  event: EventRecord | null;
  /** Still open, soonest due first. */
  openFollowUps: FollowUp[];
}

export interface Timeline {
  /** How many live meetings the timeline has in all. */
  total: number;
  /** The newest `limit` of them, newest first. */
  entries: TimelineEntry[];
  /** The owners of the open follow-ups shown. */
  owners: Map<string, Contact>;
}

/** Up to this many times the meetings shown, reading them all beats walking the date index. */
const READ_ALL_FACTOR = 4;

/**
 * A walk of the date index (keys only, about 0.01 ms a step in Chromium) that has passed this
 * many steps per meeting of the timeline costs more than reading them all (about 0.05 ms each).
 */
const WALK_STEPS_PER_MEETING = 5;

const present = <T,>(record: T | undefined): record is T => record !== undefined;
const newestFirst = (a: Meeting, b: Meeting) => compareSchedule(b, a);

/** The ids of the subject's live meetings, from index keys alone. */
async function liveMeetingIds(db: DeskDatabase, subject: TimelineSubject): Promise<Set<string>> {
  const lookups =
    'contactId' in subject
      ? [db.meetings.where('ourParticipantIds').equals(subject.contactId), db.meetings.where('theirParticipantIds').equals(subject.contactId)]
      : [db.meetings.where('organizationIds').equals(subject.organizationId)];
  const [trashed, ...found] = await Promise.all([db.meetings.where('deletedAt').above(0).primaryKeys(), ...lookups.map((c) => c.primaryKeys())]);
  const inTrash = new Set(trashed);
  return new Set(found.flat().filter((id) => !inTrash.has(id)));
}

async function readAllNewestFirst(db: DeskDatabase, ids: ReadonlySet<string>, limit: number): Promise<Meeting[]> {
  return (await db.meetings.bulkGet([...ids])).filter(present).sort(newestFirst).slice(0, limit);
}

/**
 * The newest `limit` of the meetings `ids`, newest first. When they are many, the date index
 * is walked from its newest end with a key cursor until `limit` of them are met, and only
 * those are read, with every one on the oldest date reached: within a day the index orders
 * by id, not by start time. A walk that goes on too long (a history long past) falls back to
 * reading them all.
 */
async function newestMeetings(db: DeskDatabase, ids: ReadonlySet<string>, limit: number): Promise<Meeting[]> {
  if (ids.size <= limit * READ_ALL_FACTOR) return readAllNewestFirst(db, ids, limit);

  const picked: string[] = [];
  const maxSteps = ids.size * WALK_STEPS_PER_MEETING;
  let steps = 0;
  await db.meetings
    .orderBy('date')
    .reverse()
    .until(() => picked.length >= limit || steps >= maxSteps)
    .eachPrimaryKey((id) => {
      steps += 1;
      if (ids.has(id)) picked.push(id);
    });
  if (picked.length < limit) return readAllNewestFirst(db, ids, limit);

  const meetings = (await db.meetings.bulkGet(picked)).filter(present);
  const oldestDate = meetings.reduce((oldest, meeting) => (meeting.date < oldest ? meeting.date : oldest), meetings[0]!.date);
  const pickedSet = new Set(picked);
  const sameDay = (await db.meetings.where('date').equals(oldestDate).primaryKeys()).filter((id) => ids.has(id) && !pickedSet.has(id));
  const ties = (await db.meetings.bulkGet(sameDay)).filter(present);
  return [...meetings, ...ties].sort(newestFirst).slice(0, limit);
}

/**
 * Open follow-ups of the given meetings, soonest due first, grouped by meeting. The reads go
 * out together in one transaction, one index lookup per meeting: in Chromium that measured ten
 * times faster than Dexie's anyOf, which walks a single cursor from key to key.
 */
async function openFollowUpsOf(db: DeskDatabase, meetingIds: readonly string[]): Promise<Map<string, FollowUp[]>> {
  // Every request is issued before the transaction's callback returns, so it cannot commit early.
  const lists = await db.transaction('r', db.followUps, () =>
    Promise.all(meetingIds.map((id) => db.followUps.where('meetingId').equals(id).toArray())),
  );
  const byMeeting = new Map<string, FollowUp[]>();
  meetingIds.forEach((id, index) => {
    const open = lists[index]!.filter((f) => f.status === 'open' && f.deletedAt === null).sort(compareDue);
    if (open.length > 0) byMeeting.set(id, open);
  });
  return byMeeting;
}

/**
 * Every live meeting with a contact or an organization, newest first: the first `limit` in
 * full (the screen asks for a page at a time), and how many there are in all.
 */
export async function readTimeline(
  { db }: { db: DeskDatabase },
  subject: TimelineSubject,
  limit = Number.POSITIVE_INFINITY,
): Promise<Timeline> {
  // No transaction around it all: these helpers are native async functions, and a Dexie
  // transaction commits early when one hands back a native promise. The live query re-reads
  // on any change anyway, so one snapshot would gain nothing.
  return guardStorage(async () => {
    const ids = await liveMeetingIds(db, subject);
    const meetings = await newestMeetings(db, ids, limit);
    const eventIds = [...new Set(meetings.flatMap((m) => (m.eventId ? [m.eventId] : [])))];
    const [openByMeeting, events] = await Promise.all([openFollowUpsOf(db, meetings.map((m) => m.id)), db.events.bulkGet(eventIds)]);
    const ownerIds = [...new Set([...openByMeeting.values()].flat().map((f) => f.ownerId))];
    const owners = (await db.contacts.bulkGet(ownerIds)).filter(present);
    const eventsById = new Map(events.filter(present).map((event) => [event.id, event]));
    return {
      total: ids.size,
      entries: meetings.map((meeting) => ({
        meeting,
        event: meeting.eventId ? (eventsById.get(meeting.eventId) ?? null) : null,
        openFollowUps: openByMeeting.get(meeting.id) ?? [],
      })),
      owners: new Map(owners.map((owner) => [owner.id, owner])),
    };
  });
}
