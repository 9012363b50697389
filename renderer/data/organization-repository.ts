import { organizationInputSchema, type OrganizationDerived, type OrganizationInput } from '#shared/domain/organization';
import { localizedFrom, organizationDisplayName } from '#shared/domain/display-name';
import { collationKey } from '#shared/text/collation-key';
import { AppError } from '#shared/errors/app-error';
import type { DeskDatabase } from './db';
import { createRecordRepository } from './record-repository';
import { guardStorage } from './storage-error';

export function deriveOrganization(input: OrganizationInput): OrganizationDerived {
  return { sortKey: localizedFrom((lang) => collationKey(organizationDisplayName(input, lang))) };
}

function parentIssue(code: string): AppError {
  return new AppError('validation', { issues: [{ path: 'parentId', code }] });
}

export function createOrganizationRepository(db: DeskDatabase, now?: () => number) {
  /** The parent must exist and must not be the organization itself or one of its descendants. */
  async function checkParent(input: OrganizationInput, existing: { id: string } | undefined): Promise<void> {
    const id = existing?.id ?? null;
    let parentId = input.parentId;
    const seen = new Set<string>();
    while (parentId) {
      if (parentId === id || seen.has(parentId)) throw parentIssue('parentCycle');
      seen.add(parentId);
      const parent = await guardStorage(() => db.organizations.get(parentId as string));
      if (!parent) throw parentIssue('unknownOrganization');
      parentId = parent.parentId;
    }
  }

  const base = createRecordRepository({
    table: db.organizations,
    schema: organizationInputSchema,
    derive: deriveOrganization,
    now,
    checkReferences: checkParent,
  });

  return {
    ...base,
    listChildren: (parentId: string) =>
      guardStorage(() =>
        db.organizations
          .where('parentId')
          .equals(parentId)
          .filter((org) => org.deletedAt === null)
          .toArray(),
      ),
  };
}

export type OrganizationRepository = ReturnType<typeof createOrganizationRepository>;
