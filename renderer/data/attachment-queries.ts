import { useLiveQuery } from 'dexie-react-hooks';
import type { Attachment } from '#shared/domain/attachment';
import { useWorkspace } from './workspace-context';

/** A contact's or a meeting's files outside the Trash, newest first; undefined while loading. */
export function useAttachments(ownerId: string): Attachment[] | undefined {
  const { attachments } = useWorkspace();
  return useLiveQuery(() => attachments.listByOwner(ownerId), [attachments, ownerId]);
}
