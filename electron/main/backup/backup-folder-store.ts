import { z } from 'zod';
import type { JsonFile } from '../sync/json-file';

/**
 * Which folder automatic backups go to, kept in userData/backup-folder.json so the schedule
 * resumes after a restart. Only the OS folder dialog sets it (backup:chooseFolder): the page never
 * names a path, so a compromised page cannot aim the shell's writes and deletions elsewhere.
 */

const storedSchema = z.object({ version: z.literal(1), folderPath: z.string().min(1) });

export interface BackupFolderStore {
  /** The folder picked last, or null when none was picked yet (or the file is unreadable). */
  get(): Promise<string | null>;
  set(folderPath: string): Promise<void>;
}

export interface BackupFolderStoreOptions {
  file: JsonFile;
  /** A file that cannot be read is treated as "no folder chosen"; reported here. */
  onUnreadableFile?: (error: unknown) => void;
}

export function createBackupFolderStore({ file, onUnreadableFile = reportUnreadable }: BackupFolderStoreOptions): BackupFolderStore {
  // undefined: not read yet.
  let folderPath: string | null | undefined;

  return {
    async get() {
      if (folderPath !== undefined) return folderPath;
      let content: unknown;
      try {
        content = await file.read();
      } catch (error) {
        onUnreadableFile(error);
      }
      const parsed = content === undefined ? null : storedSchema.safeParse(content);
      if (parsed && !parsed.success) onUnreadableFile(parsed.error);
      folderPath = parsed?.success ? parsed.data.folderPath : null;
      return folderPath;
    },

    async set(next) {
      await file.write({ version: 1, folderPath: next });
      folderPath = next;
    },
  };
}

function reportUnreadable(error: unknown): void {
  console.warn('[backup] the backup folder file could not be read; no folder is chosen', error);
}
