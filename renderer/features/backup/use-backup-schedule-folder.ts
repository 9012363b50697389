import { useEffect, useState } from 'react';
import type { BackupFolderStatus } from '../../platform/backup-platform';
import { usePlatform } from '../../platform/platform-context';

/**
 * The backup folder as the shell sees it, asked again whenever `revision` changes (a folder
 * chosen, a backup made or failed). Null while asking, when asking failed, or in the browser.
 */
export function useBackupScheduleFolder(revision: unknown): BackupFolderStatus | null {
  const { backup } = usePlatform();
  const [status, setStatus] = useState<BackupFolderStatus | null>(null);

  useEffect(() => {
    let active = true;
    backup.folderStatus().then(
      (value) => {
        if (active) setStatus(value === 'unavailable' ? null : value);
      },
      () => {
        if (active) setStatus(null);
      },
    );
    return () => {
      active = false;
    };
  }, [backup, revision]);

  return status;
}
