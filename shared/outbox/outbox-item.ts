import { z } from 'zod';
import { sha256Hex } from './content-hash';
import { joinRemotePath, numberedFileName } from './remote-path';
import { SYNC_FAILURE_CODES } from './retry-policy';

/**
 * One file waiting for, or done with, delivery to a sync target. The outbox keeps the bytes
 * themselves, so a queued export survives a restart and is sent exactly as it was made.
 */
export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed', 'conflict', 'cancelled'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** Items the delivery may still send on its own (a 'failed' one only once its nextAttemptAt comes). */
export const PENDING_STATES: readonly OutboxState[] = ['queued', 'sending', 'failed'];

export const OUTBOX_ERROR_CODES = [...SYNC_FAILURE_CODES, 'syncConflict'] as const;

export const outboxErrorSchema = z.object({
  code: z.enum(OUTBOX_ERROR_CODES),
  httpStatus: z.number().int().min(100).max(599).optional(),
  at: z.number().int().min(0),
});
export type OutboxError = z.infer<typeof outboxErrorSchema>;

const fileName = z.string().min(1).max(255);

export const outboxItemSchema = z.object({
  /** ULID, so ids sort in creation order too. */
  id: z.string().min(1),
  createdAt: z.number().int().min(0),
  targetId: z.string().min(1),
  /** Folder under the target's base URL, decoded ('Delegation Desk/ReBuild Ukraine 2023'); '' for the base itself. */
  folder: z.string().max(1000),
  /** The deterministic name the export was made with ('Звіт — ReBuild Ukraine.docx'). */
  baseFileName: fileName,
  /** The name it is sent under: baseFileName, or 'Звіт — ReBuild Ukraine (2).docx' after the user chose a new name. */
  fileName,
  /** How many times the user chose a new name after a conflict (0: none yet). */
  renameCount: z.number().int().min(0),
  bytes: z.instanceof(Uint8Array),
  /** SHA-256 of bytes, 64 lowercase hex digits. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  mimeType: z.string().max(255),
  state: z.enum(OUTBOX_STATES),
  /** Sending attempts started; never goes down. */
  attempts: z.number().int().min(0),
  /** Backoff failures in a row since the last success or user action; sets the next backoff window. */
  failuresInRow: z.number().int().min(0),
  /** Not before this time (epoch ms); null: as soon as possible (queued) or only when the user acts (failed). */
  nextAttemptAt: z.number().int().min(0).nullable(),
  lastError: outboxErrorSchema.nullable(),
  /**
   * An upload of this item was cut off (connection dropped, app closed mid-send), so a shorter
   * copy of these very bytes at the path is ours to replace. Cleared once the item is settled.
   */
  partialUploadPossible: z.boolean(),
  sentAt: z.number().int().min(0).nullable(),
}).refine((item) => item.size === item.bytes.length, { error: 'size', path: ['size'] });

export type OutboxItem = z.infer<typeof outboxItemSchema>;

/** An item without its bytes: what lists show, and how the app stores it (the bytes apart, written once). */
export type OutboxRecord = Omit<OutboxItem, 'bytes'>;

export interface NewOutboxItem {
  id: string;
  now: number;
  targetId: string;
  folder: string;
  fileName: string;
  bytes: Uint8Array;
  mimeType: string;
}

/** A queued item for the bytes, with their hash; the path is checked here, not at sending time. */
export async function createOutboxItem(input: NewOutboxItem): Promise<OutboxItem> {
  joinRemotePath(input.folder, input.fileName);
  // A copy: the item is sent exactly as it was made, whatever the caller does with its buffer.
  const bytes = new Uint8Array(input.bytes);
  return outboxItemSchema.parse({
    id: input.id,
    createdAt: input.now,
    targetId: input.targetId,
    folder: input.folder,
    baseFileName: input.fileName,
    fileName: input.fileName,
    renameCount: 0,
    bytes,
    contentHash: await sha256Hex(bytes),
    size: bytes.length,
    mimeType: input.mimeType,
    state: 'queued',
    attempts: 0,
    failuresInRow: 0,
    nextAttemptAt: null,
    lastError: null,
    partialUploadPossible: false,
    sentAt: null,
  });
}

/** Where the item goes, relative to the target's base URL: 'Delegation Desk/Звіт.docx'. */
export function remotePathOf(item: Pick<OutboxItem, 'folder' | 'fileName'>): string {
  return joinRemotePath(item.folder, item.fileName);
}

/** The name after the user's n-th "send under a new name": the base name numbered from (2). */
export function renamedFileName(item: Pick<OutboxItem, 'baseFileName' | 'renameCount'>): string {
  return numberedFileName(item.baseFileName, item.renameCount + 2);
}

/** Creation order: createdAt, then id (ULIDs of one millisecond still sort in order). */
export function compareCreation(a: Pick<OutboxItem, 'createdAt' | 'id'>, b: Pick<OutboxItem, 'createdAt' | 'id'>): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
