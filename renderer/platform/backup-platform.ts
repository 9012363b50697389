import { AppError, type Result } from '#shared/errors/app-error';
import type { AutoBackupFile, AutoBackupWritten, BackupFolderStatus, Bridge } from '#shared/ipc/contract';

/**
 * Automatic backups to a folder: only the desktop app can write into a folder of the user's on
 * its own, so in a browser every call answers 'unavailable' (and the UI says the desktop app is
 * needed). In Electron the shell keeps the folder picked in the OS dialog; the page sends only a
 * file name of the one automatic-backup pattern and the bytes.
 */
export interface BackupPlatform {
  readonly available: boolean;
  /** The OS folder dialog; the folder picked is remembered by the shell. */
  chooseFolder(): Promise<{ folderPath: string } | 'cancelled' | 'unavailable'>;
  folderStatus(): Promise<BackupFolderStatus | 'unavailable'>;
  /** Writes the backup, then deletes the oldest automatic backups beyond `keep`. Throws AppError (fileSaveFailed…). */
  writeScheduled(request: { fileName: string; bytes: Uint8Array; keep: number }): Promise<AutoBackupWritten | 'unavailable'>;
}

export type { AutoBackupFile, AutoBackupWritten, BackupFolderStatus };

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new AppError(result.error.code, result.error.details);
  return result.value;
}

/** Structured clone sends a view's whole buffer: send just the file's bytes (copied only when needed). */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return new Uint8Array(buffer);
  return new Uint8Array(bytes);
}

export function createElectronBackupPlatform(bridge: Bridge): BackupPlatform {
  return {
    available: true,
    chooseFolder: async () => valueOf(await bridge.chooseBackupFolder()),
    folderStatus: async () => valueOf(await bridge.backupFolderStatus()),
    writeScheduled: async ({ fileName, bytes, keep }) => valueOf(await bridge.writeScheduledBackup({ fileName, bytes: ownBytes(bytes), keep })),
  };
}

export function createWebBackupPlatform(): BackupPlatform {
  return {
    available: false,
    chooseFolder: async () => 'unavailable',
    folderStatus: async () => 'unavailable',
    writeScheduled: async () => 'unavailable',
  };
}
