import { meetingInputSchema, type Meeting, type MeetingInput } from '#shared/domain/meeting';
import { SEEDED_TOPIC_IDS } from '#shared/domain/topics';
import type { DeskDatabase } from './db';
import { createRecordRepository } from './record-repository';
import { sanitizeHtml } from '../security/sanitize-html';
import { assertReferencesExist, heldBefore } from './reference-checks';
import { guardStorage } from './storage-error';

/** Programme order: by date, then start time; the id keeps equal slots stable. */
export function compareSchedule(a: Meeting, b: Meeting): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.startTime !== b.startTime) return a.startTime < b.startTime ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const newestFirst = (a: Meeting, b: Meeting) => compareSchedule(b, a);
const live = (meeting: Meeting) => meeting.deletedAt === null;

export function createMeetingRepository(db: DeskDatabase, now?: () => number) {
  /** Every event, person, organization and topic a meeting names must exist (in the Trash or not). */
  async function checkReferences(meeting: MeetingInput, existing?: Meeting): Promise<void> {
    const held = (field: 'eventId' | 'ourParticipantIds' | 'theirParticipantIds' | 'organizationIds' | 'topics') =>
      heldBefore(existing?.[field]);
    const heldTopic = held('topics');
    await assertReferencesExist([
      { path: 'eventId', ids: meeting.eventId, table: db.events, code: 'unknownEvent', accepted: held('eventId') },
      { path: 'ourParticipantIds', ids: meeting.ourParticipantIds, table: db.contacts, code: 'unknownContact', accepted: held('ourParticipantIds') },
      { path: 'theirParticipantIds', ids: meeting.theirParticipantIds, table: db.contacts, code: 'unknownContact', accepted: held('theirParticipantIds') },
      { path: 'organizationIds', ids: meeting.organizationIds, table: db.organizations, code: 'unknownOrganization', accepted: held('organizationIds') },
      // Seeded topics need no row: the table holds only user topics and relabelled seeded ones.
      { path: 'topics', ids: meeting.topics, table: db.topics, code: 'unknownTopic', accepted: (id) => SEEDED_TOPIC_IDS.has(id) || heldTopic(id) },
    ]);
  }

  const base = createRecordRepository({ table: db.meetings, schema: meetingInputSchema, derive: () => ({}), now, checkReferences, clean: (input) => ({ ...input, notes: sanitizeHtml(input.notes) }) });

  /** Live meetings whose multi-entry index `index` holds `id`. */
  const liveWhere = (index: string, id: string) => guardStorage(() => db.meetings.where(index).equals(id).toArray()).then((rows) => rows.filter(live));

  return {
    ...base,

    /** An event's agenda: its live meetings by date and start time. */
    listByEvent: async (eventId: string) => (await liveWhere('eventId', eventId)).sort(compareSchedule),

    /** A contact's timeline: meetings they took part in on either side, newest first. */
    async listWithContact(contactId: string): Promise<Meeting[]> {
      const [ours, theirs] = await Promise.all([liveWhere('ourParticipantIds', contactId), liveWhere('theirParticipantIds', contactId)]);
      const byId = new Map([...ours, ...theirs].map((meeting) => [meeting.id, meeting]));
      return [...byId.values()].sort(newestFirst);
    },

    /** An organization's timeline: meetings it was represented at, newest first. */
    listWithOrganization: async (organizationId: string) => (await liveWhere('organizationIds', organizationId)).sort(newestFirst),
  };
}

export type MeetingRepository = ReturnType<typeof createMeetingRepository>;
