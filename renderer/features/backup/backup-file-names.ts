import { BACKUP_FILE_EXTENSION, BUNDLE_FILE_EXTENSION } from '#shared/backup/backup-format';
import { safeFileName } from '#shared/exports/file-names';

const pad = (n: number) => String(n).padStart(2, '0');

/** "delegation-desk-2026-05-20-1430.ddbackup", on this laptop's clock: sorts by time in a folder. */
export function backupFileName(at: Date): string {
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `delegation-desk-${day}-${pad(at.getHours())}${pad(at.getMinutes())}.${BACKUP_FILE_EXTENSION}`;
}

/** "Виставка-конференція ReBuild Ukraine.ddbundle": the event's name, safe on every system. */
export function bundleFileName(title: string): string {
  return safeFileName(title, BUNDLE_FILE_EXTENSION);
}

export const BACKUP_MIME_TYPE = 'application/octet-stream';

/** What the file picker offers first; any file can still be chosen (and is then checked). */
export const BACKUP_ACCEPT = `.${BACKUP_FILE_EXTENSION},.${BUNDLE_FILE_EXTENSION},application/octet-stream`;
