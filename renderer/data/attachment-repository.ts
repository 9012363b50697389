import { attachmentInputSchema, MAX_ATTACHMENT_BYTES, type Attachment, type AttachmentOwnerType } from '#shared/domain/attachment';
import { newRecordId } from '#shared/domain/ids';
import { parseOrThrow } from '#shared/domain/validation';
import { AppError } from '#shared/errors/app-error';
import type { DeskDatabase } from './db';
import { createRecordRepository } from './record-repository';
import { assertReferencesExist } from './reference-checks';
import { guardStorage } from './storage-error';

export interface NewAttachment {
  ownerType: AttachmentOwnerType;
  ownerId: string;
  fileName: string;
  mimeType: string;
  /** The content; a File or Blob is read only once its size has passed the cap. */
  bytes: ArrayBuffer | Blob;
}

/** Details of the AppError('validation') for a file over the cap, enough to name it to the user. */
export interface FileTooLargeDetails {
  issues: [{ path: 'size'; code: 'fileTooLarge' }];
  fileName: string;
  size: number;
  limit: number;
}

export function isFileTooLarge(error: unknown): error is AppError & { details: FileTooLargeDetails } {
  if (!(error instanceof AppError) || error.code !== 'validation') return false;
  const issues = error.details?.issues;
  return Array.isArray(issues) && issues.some((issue: { code?: unknown }) => issue.code === 'fileTooLarge');
}

/** Throws the validation error for a file over the cap, naming the file, its size and the limit. */
function assertAttachmentSize(fileName: string, size: number): void {
  if (size <= MAX_ATTACHMENT_BYTES) return;
  const details: FileTooLargeDetails = { issues: [{ path: 'size', code: 'fileTooLarge' }], fileName, size, limit: MAX_ATTACHMENT_BYTES };
  throw new AppError('validation', { ...details });
}

const sizeOf = (bytes: ArrayBuffer | Blob) => (bytes instanceof ArrayBuffer ? bytes.byteLength : bytes.size);
const newestFirst = (a: Attachment, b: Attachment) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * Files on contacts and meetings. The metadata row and the bytes are written together and
 * deleted together; moving to the Trash touches only the metadata, so Undo is instant and the
 * bytes go only when the Trash is emptied (`purge`).
 */
export function createAttachmentRepository(db: DeskDatabase, now: () => number = Date.now) {
  const base = createRecordRepository({ table: db.attachments, schema: attachmentInputSchema, derive: () => ({}), now });

  async function checkOwner(ownerType: AttachmentOwnerType, ownerId: string): Promise<void> {
    const table = ownerType === 'contact' ? db.contacts : db.meetings;
    await assertReferencesExist([{ path: 'ownerId', ids: ownerId, table, code: ownerType === 'contact' ? 'unknownContact' : 'unknownMeeting' }]);
  }

  return {
    get: base.get,
    listTrashed: base.listTrashed,
    moveToTrash: base.moveToTrash,
    restore: base.restore,

    /** Stores a file: the cap is checked before the file is read or anything is written. */
    async create({ bytes, ...metadata }: NewAttachment): Promise<Attachment> {
      const size = sizeOf(bytes);
      assertAttachmentSize(metadata.fileName, size);
      const input = parseOrThrow(attachmentInputSchema, { ...metadata, size });
      await checkOwner(input.ownerType, input.ownerId);
      // Read before the transaction: awaiting anything but IndexedDB inside it would end it early.
      const content = bytes instanceof ArrayBuffer ? bytes : await bytes.arrayBuffer();
      const at = now();
      const attachment: Attachment = { ...input, id: newRecordId(at), createdAt: at, updatedAt: at, deletedAt: null };
      await guardStorage(() =>
        db.transaction('rw', db.attachments, db.attachmentBytes, async () => {
          await db.attachments.add(attachment);
          await db.attachmentBytes.add({ id: attachment.id, bytes: content });
        }),
      );
      return attachment;
    },

    /** A contact's or a meeting's files outside the Trash, newest first. */
    listByOwner: async (ownerId: string): Promise<Attachment[]> =>
      (await guardStorage(() => db.attachments.where('ownerId').equals(ownerId).toArray()))
        .filter((attachment) => attachment.deletedAt === null)
        .sort(newestFirst),

    async getBytes(id: string): Promise<ArrayBuffer> {
      const stored = await guardStorage(() => db.attachmentBytes.get(id));
      if (!stored) throw new AppError('notFound', { id });
      return stored.bytes;
    },

    /** Deletes files for good, metadata and bytes in one transaction. */
    purge: (ids: readonly string[]) =>
      guardStorage(() =>
        db.transaction('rw', db.attachments, db.attachmentBytes, async () => {
          await db.attachments.bulkDelete([...ids]);
          await db.attachmentBytes.bulkDelete([...ids]);
        }),
      ),
  };
}

export type AttachmentRepository = ReturnType<typeof createAttachmentRepository>;
