import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { AppError, BugError } from '#shared/errors/app-error';
import { AUTO_BACKUP_FILE_NAME, type AutoBackupFile, type AutoBackupWritten, type BackupFolderStatus } from '#shared/ipc/contract';
import { errnoOf } from '../sync/fs-failure';

/**
 * The automatic backups in the folder the user picked: listing them, writing a new one, and
 * keeping only the newest N.
 *
 * Only regular files whose whole name matches AUTO_BACKUP_FILE_NAME are ours: the folder may hold
 * the user's own files or manual backups, and those are never listed, replaced or deleted. The
 * name carries the time the backup was made, so "oldest" is decided by name rather than by
 * modification time, which copying or syncing the folder changes.
 *
 * The bytes go to a hidden temporary file first, flushed, then get their name with rename(), so
 * a crash or a full disk never leaves a half-written file under a backup's name. The folder
 * itself is never created: a missing one means an unplugged drive or a moved folder, which the
 * user should hear about rather than get backups in a new folder no one looks at.
 */

export type AutoBackupFs = Pick<typeof nodeFs, 'stat' | 'access' | 'readdir' | 'open' | 'rename' | 'unlink'>;

export interface AutoBackupFolder {
  status(): Promise<Omit<BackupFolderStatus, 'folderPath'>>;
  write(fileName: string, bytes: Uint8Array, keep: number): Promise<AutoBackupWritten>;
}

const TEMP_PREFIX = '.delegation-desk-auto-';

/** Errors that mean the folder is not there (anymore), or is not a folder. */
const MISSING = new Set(['ENOENT', 'ENOTDIR']);
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

export function createAutoBackupFolder(root: string, fs: AutoBackupFs = nodeFs): AutoBackupFolder {
  // The folder store keeps only folders the OS dialog returned, which are absolute.
  if (!path.isAbsolute(root)) throw new BugError('a backup folder must be an absolute path');

  const list = async (): Promise<AutoBackupFile[]> => {
    const entries = await fs.readdir(root, { withFileTypes: true });
    const files: AutoBackupFile[] = [];
    for (const entry of entries) {
      // isFile() is false for symlinks and folders: a link named like a backup is not ours to delete.
      if (!entry.isFile() || !AUTO_BACKUP_FILE_NAME.test(entry.name)) continue;
      try {
        const stats = await fs.stat(path.join(root, entry.name));
        files.push({ name: entry.name, bytes: stats.size, modifiedAt: stats.mtimeMs });
      } catch (error) {
        // Deleted by someone else between the listing and now.
        if (errnoOf(error) !== 'ENOENT') throw error;
      }
    }
    return files.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  };

  return {
    async status() {
      try {
        if (!(await fs.stat(root)).isDirectory()) return { state: 'missing', files: [] };
      } catch (error) {
        if (MISSING.has(errnoOf(error) ?? '')) return { state: 'missing', files: [] };
        throw asSaveFailure(error);
      }
      let writable = true;
      try {
        await fs.access(root, nodeFs.constants.W_OK);
      } catch (error) {
        if (!NOT_WRITABLE.has(errnoOf(error) ?? '')) throw asSaveFailure(error);
        writable = false;
      }
      try {
        return { state: writable ? 'ready' : 'notWritable', files: await list() };
      } catch (error) {
        // A folder we may write into but not list (rare: write-only drop folders).
        if (NOT_WRITABLE.has(errnoOf(error) ?? '')) return { state: writable ? 'ready' : 'notWritable', files: [] };
        throw asSaveFailure(error);
      }
    },

    async write(fileName, bytes, keep) {
      // The contract already checks the name; this is the last line before a path is built from it.
      if (!AUTO_BACKUP_FILE_NAME.test(fileName)) throw new AppError('validation', { field: 'fileName' });
      if (!Number.isInteger(keep) || keep < 1) throw new AppError('validation', { field: 'keep' });
      try {
        if (!(await fs.stat(root)).isDirectory()) throw new AppError('fileSaveFailed', { reason: 'ENOTDIR' });
        await place(fs, root, fileName, bytes);
        const files = await list();
        // The new file is kept whatever its name sorts as (a clock set back would sort it older).
        const others = files.filter((file) => file.name !== fileName);
        const written = files.find((file) => file.name === fileName);
        const keptOthers = others.slice(0, keep - 1);
        const removed: string[] = [];
        for (const file of others.slice(keep - 1)) {
          try {
            await fs.unlink(path.join(root, file.name));
            removed.push(file.name);
          } catch (error) {
            // Gone already is fine; anything else leaves it for the next run.
            if (errnoOf(error) === 'ENOENT') removed.push(file.name);
          }
        }
        return { fileName, kept: written ? [written, ...keptOthers] : keptOthers, removed };
      } catch (error) {
        throw asSaveFailure(error);
      }
    },
  };
}

async function place(fs: AutoBackupFs, root: string, fileName: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(root, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}.part`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      // On disk before it gets its name, so a power cut never leaves a named backup half-written.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path.join(root, fileName));
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** An OS error as the `fileSaveFailed` the page translates; AppErrors and bugs pass through. */
function asSaveFailure(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = errnoOf(error);
  if (code === null) return error;
  return new AppError('fileSaveFailed', { reason: code }, { cause: error });
}
