import type { z } from 'zod';
import { attachmentInputSchema, MAX_ATTACHMENT_BYTES, type Attachment, type AttachmentBytes } from '#shared/domain/attachment';
import { contactInputSchema, type Contact } from '#shared/domain/contact';
import { newRecordId } from '#shared/domain/ids';
import { meetingInputSchema, type Meeting } from '#shared/domain/meeting';
import { organizationInputSchema, type Organization } from '#shared/domain/organization';
import type { RecordMeta } from '#shared/domain/record';
import { fieldIssues } from '#shared/domain/validation';
import { AppError } from '#shared/errors/app-error';
import type { ImportedPhoto } from '#shared/import/import-source';
import type { ResolvedImport } from '#shared/import/resolve-import';
import { meetingInputFromCandidate, organizationInputFromName } from '#shared/import/resolve-import-records';
import { deriveContact } from './contact-repository';
import { deriveOrganization } from './organization-repository';

/**
 * The stored records of an import, built and validated before its transaction opens, with the same
 * schemas and derived fields (sort keys) as the repositories use: a record that would not save
 * stops the import before anything is written, naming where (`contacts.3.emails.0`).
 */

export interface ImportRecords {
  organizations: Organization[];
  contacts: Contact[];
  /** Merged contacts without their stored meta yet (it comes from the stored record, read in the transaction). */
  merges: { existingId: string; record: Omit<Contact, keyof RecordMeta> }[];
  meetings: Meeting[];
  attachments: Attachment[];
  attachmentBytes: AttachmentBytes[];
}

function validated<T>(schema: z.ZodType<T>, input: unknown, path: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError('validation', { issues: fieldIssues(result.error).map((issue) => ({ path: `${path}.${issue.path}`, code: issue.code })) });
}

const fresh = (id: string, at: number): RecordMeta => ({ id, createdAt: at, updatedAt: at, deletedAt: null });

/**
 * A contact's photos as attachments. A photo over the attachment cap, or one whose name or type the
 * attachment schema refuses, is left out rather than failing the import: the person matters more.
 */
function photoAttachments(ownerId: string, photos: readonly ImportedPhoto[], at: number, into: ImportRecords): void {
  for (const photo of photos) {
    if (photo.bytes.byteLength > MAX_ATTACHMENT_BYTES) continue;
    const metadata = { ownerType: 'contact', ownerId, fileName: photo.fileName.trim() || 'photo', mimeType: photo.mimeType, size: photo.bytes.byteLength };
    const parsed = attachmentInputSchema.safeParse(metadata);
    if (!parsed.success) continue;
    const id = newRecordId(at);
    into.attachments.push({ ...parsed.data, ...fresh(id, at) });
    // A copy of exactly these bytes: the photo's view may be a window on a larger buffer.
    into.attachmentBytes.push({ id, bytes: photo.bytes.slice().buffer });
  }
}

export function buildImportRecords(write: ResolvedImport, at: number): ImportRecords {
  const records: ImportRecords = { organizations: [], contacts: [], merges: [], meetings: [], attachments: [], attachmentBytes: [] };
  write.organizations.forEach(({ id, name }, i) => {
    const input = validated(organizationInputSchema, organizationInputFromName(name), `organizations.${i}`);
    records.organizations.push({ ...input, ...deriveOrganization(input), ...fresh(id, at) });
  });
  write.contacts.forEach(({ id, input: raw, photos }, i) => {
    const input = validated(contactInputSchema, raw, `contacts.${i}`);
    records.contacts.push({ ...input, ...deriveContact(input), ...fresh(id, at) });
    photoAttachments(id, photos, at, records);
  });
  write.merges.forEach(({ existingId, merged, photos }, i) => {
    const input = validated(contactInputSchema, merged, `merges.${i}`);
    records.merges.push({ existingId, record: { ...input, ...deriveContact(input) } });
    photoAttachments(existingId, photos, at, records);
  });
  write.meetings.forEach(({ id, candidate, contactId, organizationId }, i) => {
    const raw = meetingInputFromCandidate(candidate, { eventId: write.eventId, contactId, organizationId });
    // Imported meetings carry no notes, so there is no HTML to sanitize (and no DOM in the import worker to do it).
    const input = validated(meetingInputSchema, raw, `meetings.${i}`);
    records.meetings.push({ ...input, ...fresh(id, at) });
  });
  return records;
}

/** Ids the import's records point at outside the import itself, which must already be stored. */
export function outsideReferences(records: ImportRecords, eventId: string | null) {
  const newOrganizations = new Set(records.organizations.map((org) => org.id));
  const newContacts = new Set(records.contacts.map((contact) => contact.id));
  const organizationIds = new Set<string>();
  const contactIds = new Set<string>();
  const addOrganization = (id: string | null) => {
    if (id && !newOrganizations.has(id)) organizationIds.add(id);
  };
  for (const contact of records.contacts) addOrganization(contact.organizationId);
  for (const { record } of records.merges) addOrganization(record.organizationId);
  for (const meeting of records.meetings) {
    meeting.organizationIds.forEach(addOrganization);
    for (const id of meeting.theirParticipantIds) if (!newContacts.has(id)) contactIds.add(id);
  }
  return { organizationIds: [...organizationIds], contactIds: [...contactIds], eventId: records.meetings.length > 0 ? eventId : null };
}
