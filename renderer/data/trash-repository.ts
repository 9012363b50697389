import type { DeskDatabase } from './db';
import { guardStorage } from './storage-error';

export interface TrashSelection {
  contactIds: readonly string[];
  organizationIds: readonly string[];
}

const without = (ids: readonly string[], gone: ReadonlySet<string>) => ids.filter((id) => !gone.has(id));

/**
 * Purging is final, so it happens here, across tables, in one transaction: references to a
 * purged record are cleared rather than left dangling. A follow-up keeps its owner's id (an
 * owner is required), which its repository accepts as held before.
 */
export function createTrashRepository(db: DeskDatabase, now: () => number = Date.now) {
  async function clearContactReferences(contactIds: readonly string[], at: number): Promise<void> {
    if (contactIds.length === 0) return;
    const gone = new Set(contactIds);
    await db.meetings
      .where('ourParticipantIds')
      .anyOf([...contactIds])
      .or('theirParticipantIds')
      .anyOf([...contactIds])
      .modify((meeting) => {
        meeting.ourParticipantIds = without(meeting.ourParticipantIds, gone);
        meeting.theirParticipantIds = without(meeting.theirParticipantIds, gone);
        meeting.updatedAt = at;
      });
    await db.events
      .filter((event) => event.delegation.some((id) => gone.has(id)))
      .modify((event) => {
        event.delegation = without(event.delegation, gone);
        event.updatedAt = at;
      });
    await db.followUps.where('contactId').anyOf([...contactIds]).modify({ contactId: null, updatedAt: at });
  }

  async function clearOrganizationReferences(organizationIds: readonly string[], at: number): Promise<void> {
    if (organizationIds.length === 0) return;
    const gone = new Set(organizationIds);
    await db.contacts.where('organizationId').anyOf([...organizationIds]).modify({ organizationId: null, updatedAt: at });
    await db.organizations.where('parentId').anyOf([...organizationIds]).modify({ parentId: null, updatedAt: at });
    await db.meetings
      .where('organizationIds')
      .anyOf([...organizationIds])
      .modify((meeting) => {
        meeting.organizationIds = without(meeting.organizationIds, gone);
        meeting.updatedAt = at;
      });
  }

  async function purge({ contactIds, organizationIds }: TrashSelection): Promise<void> {
    await guardStorage(() =>
      db.transaction('rw', [db.contacts, db.organizations, db.meetings, db.events, db.followUps], async () => {
        const at = now();
        await db.contacts.bulkDelete([...contactIds]);
        await db.organizations.bulkDelete([...organizationIds]);
        await clearContactReferences(contactIds, at);
        await clearOrganizationReferences(organizationIds, at);
      }),
    );
  }

  return {
    purge,
    async emptyTrash(): Promise<void> {
      const [contactIds, organizationIds] = await guardStorage(() =>
        Promise.all([
          db.contacts.where('deletedAt').above(0).primaryKeys(),
          db.organizations.where('deletedAt').above(0).primaryKeys(),
        ]),
      );
      await purge({ contactIds, organizationIds });
    },
  };
}

export type TrashRepository = ReturnType<typeof createTrashRepository>;
