import { SAMPLE_CONTACTS, SAMPLE_ORGANIZATIONS } from '#shared/sample/sample-workspace';
import type { DeskDatabase } from './db';
import type { ContactRepository } from './contact-repository';
import type { OrganizationRepository } from './organization-repository';
import { guardStorage } from './storage-error';

/** Loads the sample workspace built from the seed stories, all in one transaction. */
export function createSampleLoader(db: DeskDatabase, contacts: ContactRepository, organizations: OrganizationRepository) {
  return {
    async isWorkspaceEmpty(): Promise<boolean> {
      const [contactCount, organizationCount] = await guardStorage(() =>
        Promise.all([db.contacts.count(), db.organizations.count()]),
      );
      return contactCount === 0 && organizationCount === 0;
    },

    async load(): Promise<{ organizations: number; contacts: number }> {
      return guardStorage(() =>
        db.transaction('rw', db.contacts, db.organizations, async () => {
          const idByKey = new Map<string, string>();
          // Parents come first in the list, so a child's parent already has its id.
          for (const sample of SAMPLE_ORGANIZATIONS) {
            const parentId = sample.parentKey ? (idByKey.get(sample.parentKey) ?? null) : null;
            const created = await organizations.create({ ...sample.input, parentId });
            idByKey.set(sample.key, created.id);
          }
          for (const sample of SAMPLE_CONTACTS) {
            const organizationId = sample.organizationKey ? (idByKey.get(sample.organizationKey) ?? null) : null;
            await contacts.create({ ...sample.input, organizationId });
          }
          return { organizations: SAMPLE_ORGANIZATIONS.length, contacts: SAMPLE_CONTACTS.length };
        }),
      );
    },
  };
}
