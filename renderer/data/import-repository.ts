import type { Contact } from '#shared/domain/contact';
import { newRecordId } from '#shared/domain/ids';
import type { Organization } from '#shared/domain/organization';
import { AppError } from '#shared/errors/app-error';
import type { ImportBatch } from '#shared/import/import-plan';
import type { ImportFormat } from '#shared/import/import-source';
import type { ResolvedImport } from '#shared/import/resolve-import';
import type { DeskDatabase } from './db';
import { buildImportRecords, outsideReferences, type ImportRecords } from './import-repository-records';
import { logRecordChanges } from './record-changes';
import { guardStorage } from './storage-error';
import { createTrashRepository } from './trash-repository';

const live = <T extends { deletedAt: number | null }>(records: readonly T[]) => records.filter((record) => record.deletedAt === null);
const newestFirst = (a: ImportBatch, b: ImportBatch) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * Imports as batches: one transaction writes everything a file brings (new organizations,
 * contacts, their photos, meetings, and merges into existing contacts) and the batch that records
 * it, or nothing at all. Undoing a batch removes exactly what it added — by the Trash's purge
 * rules, so references the user made to those records since are cleared the same way — and puts
 * the merged contacts back as they were. Undone records are logged for the search index, which
 * cannot see a removal by its updatedAt watermark.
 */
export function createImportRepository(db: DeskDatabase, now: () => number = Date.now) {
  const trash = createTrashRepository(db, now);

  async function assertReferencesStored(records: ImportRecords, eventId: string | null): Promise<void> {
    const outside = outsideReferences(records, eventId);
    const [organizations, contacts, event] = await Promise.all([
      db.organizations.bulkGet(outside.organizationIds),
      db.contacts.bulkGet(outside.contactIds),
      outside.eventId ? db.events.get(outside.eventId) : Promise.resolve(null),
    ]);
    const issues = [
      ...outside.organizationIds.filter((_, i) => !organizations[i]).map((id) => ({ path: 'organizationId', code: 'unknownOrganization', id })),
      ...outside.contactIds.filter((_, i) => !contacts[i]).map((id) => ({ path: 'theirParticipantIds', code: 'unknownContact', id })),
      ...(event === undefined ? [{ path: 'eventId', code: 'unknownEvent', id: outside.eventId }] : []),
    ];
    if (issues.length > 0) throw new AppError('validation', { issues });
  }

  /** The merged contacts as stored now; a merge into a contact that is gone (purged since the preview) stops the import. */
  async function storedBeforeMerge(records: ImportRecords): Promise<Contact[]> {
    const ids = records.merges.map((merge) => merge.existingId);
    const stored = await db.contacts.bulkGet(ids);
    const missing = ids.find((_, i) => !stored[i]);
    if (missing) throw new AppError('notFound', { id: missing });
    return stored as Contact[];
  }

  return {
    /** The live contacts and organizations an import is compared with. */
    async loadExisting(): Promise<{ contacts: Contact[]; organizations: Organization[] }> {
      const [contacts, organizations] = await guardStorage(() => Promise.all([db.contacts.toArray(), db.organizations.toArray()]));
      return { contacts: live(contacts), organizations: live(organizations) };
    },

    /** Writes an import in one transaction, all or nothing, and returns the batch that records it. */
    async apply(write: ResolvedImport, source: { fileName: string; format: ImportFormat }): Promise<ImportBatch> {
      const at = now();
      const records = buildImportRecords(write, at);
      const tables = [db.organizations, db.contacts, db.events, db.meetings, db.attachments, db.attachmentBytes, db.importBatches];
      return guardStorage(() =>
        db.transaction('rw', tables, async () => {
          await assertReferencesStored(records, write.eventId);
          const before = await storedBeforeMerge(records);
          const merged = records.merges.map(({ record }, i) => {
            const { id, createdAt, deletedAt } = before[i]!;
            return { ...record, id, createdAt, updatedAt: at, deletedAt };
          });
          await db.organizations.bulkAdd(records.organizations);
          await db.contacts.bulkAdd(records.contacts);
          await db.contacts.bulkPut(merged);
          await db.meetings.bulkAdd(records.meetings);
          await db.attachments.bulkAdd(records.attachments);
          await db.attachmentBytes.bulkAdd(records.attachmentBytes);
          const batch: ImportBatch = {
            id: newRecordId(at),
            createdAt: at,
            fileName: source.fileName,
            format: source.format,
            added: {
              contacts: records.contacts.map((c) => c.id),
              organizations: records.organizations.map((o) => o.id),
              meetings: records.meetings.map((m) => m.id),
              attachments: records.attachments.map((a) => a.id),
            },
            mergedBefore: before,
            undoneAt: null,
          };
          await db.importBatches.add(batch);
          return batch;
        }),
      );
    },

    /**
     * Removes what the batch added and restores the contacts it merged, in one transaction. A
     * restored contact keeps the Trash state it has now, and forgets an organization purged since.
     */
    async undo(batchId: string): Promise<void> {
      const tables = [
        db.contacts, db.organizations, db.events, db.meetings, db.followUps, db.attachments, db.attachmentBytes,
        db.agreements, db.agreementVersions, db.clauseLibrary, db.importBatches, db.recordChanges,
      ];
      await guardStorage(() =>
        db.transaction('rw', tables, async () => {
          const batch = await db.importBatches.get(batchId);
          if (!batch) throw new AppError('notFound', { id: batchId });
          if (batch.undoneAt !== null) throw new AppError('importAlreadyUndone', { batchId, undoneAt: batch.undoneAt });
          const at = now();
          const { added } = batch;
          // The Trash's purge runs inside this transaction (its tables are all in this scope).
          await trash.purge({ contactIds: added.contacts, organizationIds: added.organizations, meetingIds: added.meetings, attachmentIds: added.attachments });

          const mergedIds = batch.mergedBefore.map((contact) => contact.id);
          const current = await db.contacts.bulkGet(mergedIds);
          const organizationIds = [...new Set(batch.mergedBefore.flatMap((c) => (c.organizationId ? [c.organizationId] : [])))];
          const organizations = await db.organizations.bulkGet(organizationIds);
          const stillThere = new Set(organizationIds.filter((_, i) => organizations[i]));
          const restored = batch.mergedBefore.flatMap((before, i) => {
            const stored = current[i];
            // Purged since the import: the user deleted the person for good; undo does not bring them back.
            if (!stored) return [];
            const organizationId = before.organizationId && stillThere.has(before.organizationId) ? before.organizationId : null;
            return [{ ...before, organizationId, deletedAt: stored.deletedAt, updatedAt: at }];
          });
          await db.contacts.bulkPut(restored);
          await db.importBatches.update(batchId, { undoneAt: at });

          await logRecordChanges(db, 'contacts', 'removed', added.contacts, at);
          await logRecordChanges(db, 'organizations', 'removed', added.organizations, at);
          await logRecordChanges(db, 'meetings', 'removed', added.meetings, at);
          await logRecordChanges(db, 'contacts', 'written', restored.map((c) => c.id), at);
        }),
      );
    },

    /** Every import, newest first, undone ones included. */
    listBatches: async (): Promise<ImportBatch[]> => (await guardStorage(() => db.importBatches.toArray())).sort(newestFirst),
  };
}

export type ImportRepository = ReturnType<typeof createImportRepository>;
