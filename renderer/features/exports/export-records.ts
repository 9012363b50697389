import type { Contact } from '#shared/domain/contact';
import type { EventRecord } from '#shared/domain/event';
import type { FollowUp } from '#shared/domain/follow-up';
import type { Meeting } from '#shared/domain/meeting';
import type { Organization } from '#shared/domain/organization';
import type { Topic } from '#shared/domain/topics';
import type { Workspace } from '../../data/workspace';
import type { ReportSource } from './report-source';

/**
 * Everything the meeting documents (report, calendar, press post) name, read through the
 * repositories at the moment of export, so a file always holds the records as they are now.
 */
export interface MeetingRecords {
  meetings: Meeting[];
  events: Map<string, EventRecord>;
  contacts: Map<string, Contact>;
  organizations: Map<string, Organization>;
  topics: Topic[];
  followUps: FollowUp[];
}

type Readers = Pick<Workspace, 'meetings' | 'events' | 'contacts' | 'organizations' | 'topics' | 'followUps'>;

const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((record) => [record.id, record]));
const unique = (ids: Iterable<string | null>) => [...new Set([...ids].filter((id): id is string => Boolean(id)))];

/** The live meetings a report source covers. */
export async function meetingsOf(workspace: Readers, source: ReportSource): Promise<Meeting[]> {
  if (source.kind === 'meeting') {
    const meeting = await workspace.meetings.get(source.id);
    return meeting && meeting.deletedAt === null ? [meeting] : [];
  }
  if (source.kind === 'event') return workspace.meetings.listByEvent(source.id);
  // 'date' is indexed, so the meetings come back in date order; the range is inclusive.
  const all = await workspace.meetings.listLive('date');
  return all.filter((meeting) => meeting.date >= source.from && meeting.date <= source.to);
}

/** The meetings with the events, people, organizations, topics and follow-ups they name. */
export async function readMeetingRecords(workspace: Readers, meetings: readonly Meeting[]): Promise<MeetingRecords> {
  const [followUpLists, topics, events] = await Promise.all([
    Promise.all(meetings.map((meeting) => workspace.followUps.listByMeeting(meeting.id))),
    workspace.topics.list(),
    workspace.events.getMany(unique(meetings.map((m) => m.eventId))),
  ]);
  const followUps = followUpLists.flat();
  const contactIds = unique([
    ...meetings.flatMap((m) => [...m.ourParticipantIds, ...m.theirParticipantIds]),
    ...followUps.flatMap((f) => [f.ownerId, f.contactId]),
  ]);
  const contacts = await workspace.contacts.getMany(contactIds);
  const organizations = await workspace.organizations.getMany(unique([...meetings.flatMap((m) => m.organizationIds), ...contacts.map((c) => c.organizationId)]));
  return { meetings: [...meetings], events: byId(events), contacts: byId(contacts), organizations: byId(organizations), topics, followUps };
}

export interface ContactRecords {
  contacts: Contact[];
  /** Every organization: a contact's organization is named with the bodies above it. */
  organizations: Map<string, Organization>;
}

/** Live contacts (all, or those with the given ids) in name order for the document's language. */
export async function readContactRecords(workspace: Pick<Readers, 'contacts' | 'organizations'>, order: string, ids?: ReadonlySet<string>): Promise<ContactRecords> {
  const [contacts, organizations] = await Promise.all([workspace.contacts.listLive(order), workspace.organizations.listLive()]);
  return { contacts: ids ? contacts.filter((c) => ids.has(c.id)) : contacts, organizations: byId(organizations) };
}
