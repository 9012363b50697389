import { useCallback, useEffect, useState } from 'react';
import type { Attachment } from '#shared/domain/attachment';
import { useWorkspace } from '../../data/workspace-context';
import { usePlatform } from '../../platform/platform-context';
import { useErrorNotifier } from '../../app/error-notifier';
import { useMoveToTrash } from '../trash/use-move-to-trash';
import { previewOf, type Preview } from './file-kind';

/** A file shown in the app, from a blob: URL that lives only while it is shown. */
export interface ShownFile {
  attachment: Attachment;
  url: string;
  as: Preview['as'];
}

/**
 * Open, save and trash for attachments. Opening shows images and PDFs in the app and saves
 * anything else out, for the system to open. Each object URL is revoked as soon as its preview
 * closes (or the panel goes away), so a file's bytes are not kept in memory behind it.
 */
export function useAttachmentActions() {
  const { attachments } = useWorkspace();
  const platform = usePlatform();
  const notifyError = useErrorNotifier();
  const moveToTrash = useMoveToTrash('attachments');
  const [shown, setShown] = useState<ShownFile | null>(null);

  useEffect(() => {
    if (!shown) return;
    return () => URL.revokeObjectURL(shown.url);
  }, [shown]);

  // The modal fades out after closing and keeps showing the last file (already loaded) meanwhile.
  const [lastShown, setLastShown] = useState<ShownFile | null>(null);

  const save = useCallback(
    async (attachment: Attachment) => {
      try {
        const bytes = await attachments.getBytes(attachment.id);
        await platform.saveFile({ name: attachment.fileName, mimeType: attachment.mimeType, bytes });
      } catch (error) {
        notifyError(error);
      }
    },
    [attachments, notifyError, platform],
  );

  const open = useCallback(
    async (attachment: Attachment) => {
      const preview = previewOf(attachment.mimeType, attachment.fileName);
      if (!preview) return save(attachment);
      try {
        const bytes = await attachments.getBytes(attachment.id);
        const url = URL.createObjectURL(new Blob([bytes], { type: preview.mimeType }));
        const file = { attachment, url, as: preview.as };
        setShown(file);
        setLastShown(file);
      } catch (error) {
        notifyError(error);
      }
    },
    [attachments, notifyError, save],
  );

  const trash = useCallback((attachment: Attachment) => moveToTrash([attachment.id], attachment.fileName), [moveToTrash]);
  const close = useCallback(() => setShown(null), []);

  return { open, save, trash, close, opened: shown !== null, lastShown };
}
