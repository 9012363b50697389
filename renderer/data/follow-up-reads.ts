import type { Contact } from '#shared/domain/contact';
import type { FollowUp } from '#shared/domain/follow-up';
import type { Meeting } from '#shared/domain/meeting';
import { guardStorage } from './storage-error';
import type { Workspace } from './workspace';

/**
 * The reads behind the follow-ups screens, each a few batched queries whatever the number of
 * meetings: the list, a meeting's panel and the contact and organization timelines.
 */

const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((record) => [record.id, record]));
const unique = (ids: Iterable<string | null>) => [...new Set([...ids].filter((id): id is string => id !== null && id !== ''))];

export interface FollowUpBoard {
  /** Live follow-ups whose meeting is not in the Trash; open ones only unless asked. */
  followUps: FollowUp[];
  /** Their owners, to name and group by. */
  owners: Map<string, Contact>;
}

export async function readFollowUpBoard({ db, contacts }: Workspace, includeClosed: boolean): Promise<FollowUpBoard> {
  const [rows, trashedMeetingIds] = await guardStorage(() =>
    Promise.all([
      includeClosed ? db.followUps.toArray() : db.followUps.where('status').equals('open').toArray(),
      // Only the keys: meetings carry their notes and are the heaviest records there are.
      db.meetings.where('deletedAt').above(0).primaryKeys(),
    ]),
  );
  const trashed = new Set(trashedMeetingIds);
  const followUps = rows.filter((f) => f.deletedAt === null && !trashed.has(f.meetingId));
  const owners = byId(await contacts.getMany(unique(followUps.map((f) => f.ownerId))));
  return { followUps, owners };
}

export interface FollowUpRefs {
  meetings: Map<string, Meeting>;
  contacts: Map<string, Contact>;
}

/** The meetings and people that the rows on screen name, and nothing more. */
export async function readFollowUpRefs({ meetings, contacts }: Workspace, meetingIds: readonly string[], contactIds: readonly string[]): Promise<FollowUpRefs> {
  const [foundMeetings, foundContacts] = await Promise.all([meetings.getMany(unique(meetingIds)), contacts.getMany(unique(contactIds))]);
  return { meetings: byId(foundMeetings), contacts: byId(foundContacts) };
}

export interface MeetingFollowUps {
  /** In the order they were written down. */
  followUps: FollowUp[];
  /** Owners, linked contacts and the meeting's participants on their side. */
  people: Map<string, Contact>;
}

export async function readMeetingFollowUps({ followUps, contacts }: Workspace, meeting: Pick<Meeting, 'id' | 'theirParticipantIds'>): Promise<MeetingFollowUps> {
  const items = await followUps.listByMeeting(meeting.id);
  const people = await contacts.getMany(unique([...items.flatMap((f) => [f.ownerId, f.contactId]), ...meeting.theirParticipantIds]));
  return { followUps: items, people: byId(people) };
}

// The timeline's reads live apart; re-exported so every follow-up read is found here.
export { readTimeline, type Timeline, type TimelineEntry, type TimelineSubject } from './timeline-reads';
