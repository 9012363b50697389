import type { DeskDatabase } from './db';
import { guardStorage } from './storage-error';

export interface TrashSelection {
  contactIds: readonly string[];
  organizationIds: readonly string[];
}

/**
 * Purging is final, so it happens here, across tables, in one transaction: references to a
 * purged organization are cleared rather than left dangling.
 */
export function createTrashRepository(db: DeskDatabase, now: () => number = Date.now) {
  async function purge({ contactIds, organizationIds }: TrashSelection): Promise<void> {
    await guardStorage(() =>
      db.transaction('rw', db.contacts, db.organizations, async () => {
        const at = now();
        await db.contacts.bulkDelete([...contactIds]);
        await db.organizations.bulkDelete([...organizationIds]);
        if (organizationIds.length === 0) return;
        await db.contacts
          .where('organizationId')
          .anyOf([...organizationIds])
          .modify({ organizationId: null, updatedAt: at });
        await db.organizations
          .where('parentId')
          .anyOf([...organizationIds])
          .modify({ parentId: null, updatedAt: at });
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
