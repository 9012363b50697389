// PLACEHOLDER exports — the attachments helper replaces these with real components.
import type { AttachmentOwnerType } from '#shared/domain/attachment';
/** Files attached to a contact or a meeting: add (size-capped), open, save out, move to the Trash. */
export const AttachmentsPanel = (_props: { ownerType: AttachmentOwnerType; ownerId: string }) => null;
