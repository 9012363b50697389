import { AppError } from '#shared/errors/app-error';
import type { IpcChannel } from '#shared/ipc/contract';
import type { IpcHandler } from '../ipc';
import type { AutoBackupFolder } from './auto-backup-folder';
import type { BackupFolderStore } from './backup-folder-store';

/**
 * The backup:* channels: the folder for automatic backups is picked in the OS dialog and kept by
 * the shell; the page sends only the file's name (checked against the one pattern) and bytes.
 * Requests reach these handlers only after the sender check and zod validation of ipc.ts.
 */

export interface BackupServices {
  store: BackupFolderStore;
  /** The OS folder dialog: the absolute path picked, or null when cancelled. */
  chooseFolder(): Promise<string | null>;
  folder(folderPath: string): AutoBackupFolder;
}

type BackupChannel = Extract<IpcChannel, `backup:${string}`>;
export type BackupHandlers = { [C in BackupChannel]: IpcHandler<C> };

export function createBackupHandlers(services: BackupServices): BackupHandlers {
  /** One write at a time: a manual "back up now" during a scheduled run must not prune mid-write. */
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    'backup:chooseFolder': async () => {
      const folderPath = await services.chooseFolder();
      if (folderPath === null) return 'cancelled';
      try {
        await services.store.set(folderPath);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        throw new AppError('fileSaveFailed', { reason: typeof code === 'string' ? code : 'unknown' }, { cause: error });
      }
      return { folderPath };
    },

    'backup:folderStatus': async () => {
      const folderPath = await services.store.get();
      if (folderPath === null) return { folderPath: null, state: 'notChosen', files: [] };
      return { folderPath, ...(await services.folder(folderPath).status()) };
    },

    'backup:writeScheduled': ({ fileName, bytes, keep }) =>
      exclusive(async () => {
        const folderPath = await services.store.get();
        if (folderPath === null) throw new AppError('fileSaveFailed', { reason: 'noFolder' });
        return services.folder(folderPath).write(fileName, bytes, keep);
      }),
  };
}
