import { followUpInputSchema, type FollowUp, type FollowUpInput } from '#shared/domain/follow-up';
import type { DeskDatabase } from './db';
import { createRecordRepository } from './record-repository';
import { assertReferencesExist, heldBefore } from './reference-checks';
import { guardStorage } from './storage-error';

/** Soonest due first; undated items after every dated one; creation order breaks ties. */
export function compareDue(a: FollowUp, b: FollowUp): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const live = (followUp: FollowUp) => followUp.deletedAt === null;

export function createFollowUpRepository(db: DeskDatabase, now?: () => number) {
  /** The meeting, the owner and the linked contact must exist (in the Trash or not). */
  async function checkReferences({ meetingId, ownerId, contactId }: FollowUpInput, existing?: FollowUp): Promise<void> {
    await assertReferencesExist([
      { path: 'meetingId', ids: meetingId, table: db.meetings, code: 'unknownMeeting', accepted: heldBefore(existing?.meetingId) },
      { path: 'ownerId', ids: ownerId, table: db.contacts, code: 'unknownContact', accepted: heldBefore(existing?.ownerId) },
      { path: 'contactId', ids: contactId, table: db.contacts, code: 'unknownContact', accepted: heldBefore(existing?.contactId) },
    ]);
  }

  const base = createRecordRepository({ table: db.followUps, schema: followUpInputSchema, derive: () => ({}), now, checkReferences });

  return {
    ...base,

    /** A meeting's action items in the order they were written down (ids are ULIDs). */
    listByMeeting: (meetingId: string) =>
      guardStorage(() => db.followUps.where('meetingId').equals(meetingId).toArray()).then((rows) => rows.filter(live)),

    /** What is still to do, soonest due first. */
    listOpenByDueDate: async () =>
      (await guardStorage(() => db.followUps.where('status').equals('open').toArray())).filter(live).sort(compareDue),
  };
}

export type FollowUpRepository = ReturnType<typeof createFollowUpRepository>;
