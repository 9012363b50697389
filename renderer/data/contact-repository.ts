import { contactInputSchema, type ContactDerived, type ContactInput } from '#shared/domain/contact';
import { contactSortName, localizedFrom } from '#shared/domain/display-name';
import { collationKey } from '#shared/text/collation-key';
import { AppError } from '#shared/errors/app-error';
import type { DeskDatabase } from './db';
import { createRecordRepository } from './record-repository';
import { guardStorage } from './storage-error';

export function deriveContact(input: ContactInput): ContactDerived {
  return { sortKey: localizedFrom((lang) => collationKey(contactSortName(input, lang))) };
}

export function createContactRepository(db: DeskDatabase, now?: () => number) {
  /** A contact may only point at an organization that exists (in the Trash or not). */
  async function checkOrganization({ organizationId }: ContactInput): Promise<void> {
    if (!organizationId) return;
    const organization = await guardStorage(() => db.organizations.get(organizationId));
    if (!organization) {
      throw new AppError('validation', { issues: [{ path: 'organizationId', code: 'unknownOrganization' }] });
    }
  }

  const base = createRecordRepository({
    table: db.contacts,
    schema: contactInputSchema,
    derive: deriveContact,
    now,
    checkReferences: checkOrganization,
  });

  return {
    ...base,
    listByOrganization: (organizationId: string) =>
      guardStorage(() =>
        db.contacts
          .where('organizationId')
          .equals(organizationId)
          .filter((contact) => contact.deletedAt === null)
          .toArray(),
      ),
  };
}

export type ContactRepository = ReturnType<typeof createContactRepository>;
