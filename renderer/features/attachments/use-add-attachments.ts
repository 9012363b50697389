import { useCallback, useState } from 'react';
import type { AttachmentOwnerType } from '#shared/domain/attachment';
import { useWorkspace } from '../../data/workspace-context';
import { isFileTooLarge } from '../../data/attachment-repository';
import { useErrorNotifier } from '../../app/error-notifier';

/** A picked file that was refused for its size. */
export interface RefusedFile {
  name: string;
  size: number;
}

/**
 * Adds picked files one by one. A file over the cap is refused (and never read) while the
 * others are added; the refused ones are kept to be named to the user. Any other failure, such
 * as a full disk, stops the rest, since they would fail alike.
 */
export function useAddAttachments(ownerType: AttachmentOwnerType, ownerId: string) {
  const { attachments } = useWorkspace();
  const notifyError = useErrorNotifier();
  const [adding, setAdding] = useState(false);
  const [refused, setRefused] = useState<RefusedFile[]>([]);

  const add = useCallback(
    async (files: readonly File[]) => {
      setRefused([]);
      setAdding(true);
      const tooLarge: RefusedFile[] = [];
      try {
        for (const file of files) {
          try {
            await attachments.create({ ownerType, ownerId, fileName: file.name, mimeType: file.type, bytes: file });
          } catch (error) {
            if (!isFileTooLarge(error)) {
              notifyError(error);
              break;
            }
            tooLarge.push({ name: error.details.fileName, size: error.details.size });
          }
        }
      } finally {
        setAdding(false);
        setRefused(tooLarge);
      }
    },
    [attachments, notifyError, ownerId, ownerType],
  );

  const dismissRefused = useCallback(() => setRefused([]), []);
  return { add, adding, refused, dismissRefused };
}
