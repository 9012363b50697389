import { z } from 'zod';
import { recordId } from './fields';
import type { RecordMeta } from './record';

/** A business-card photo or a presentation fits; a video does not belong in the database. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export const ATTACHMENT_OWNER_TYPES = ['contact', 'meeting'] as const;
export type AttachmentOwnerType = (typeof ATTACHMENT_OWNER_TYPES)[number];

/** What is known about an attached file; its bytes are stored apart (AttachmentBytes). */
export const attachmentInputSchema = z.object({
  ownerType: z.enum(ATTACHMENT_OWNER_TYPES, { error: 'invalid' }),
  ownerId: z.string().min(1, { error: 'required' }).pipe(recordId),
  /** The file's name as the user had it, shown and offered back when saving it out. */
  fileName: z.string().trim().min(1, { error: 'required' }).max(255, { error: 'tooLong' }),
  mimeType: z.string().max(255, { error: 'tooLong' }),
  size: z.number().int().min(0).max(MAX_ATTACHMENT_BYTES, { error: 'fileTooLarge' }),
});

export type AttachmentInput = z.infer<typeof attachmentInputSchema>;

export type Attachment = RecordMeta & AttachmentInput;

/** The content of an attachment, keyed by the attachment's id. */
export interface AttachmentBytes {
  id: string;
  bytes: ArrayBuffer;
}
