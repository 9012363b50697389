import { BACKUP_FILE_EXTENSION } from '#shared/backup/backup-format';

/** How often automatic backups are made. */
export const BACKUP_INTERVALS = ['day', 'week'] as const;
export type BackupInterval = (typeof BACKUP_INTERVALS)[number];

const CALENDAR_DAYS: Readonly<Record<BackupInterval, number>> = { day: 1, week: 7 };

/** Days since an epoch for the calendar date the computer's clock shows at `epochMs`. */
function localDayNumber(epochMs: number): number {
  const at = new Date(epochMs);
  return Math.round(Date.UTC(at.getFullYear(), at.getMonth(), at.getDate()) / 86_400_000);
}

/**
 * Whether an automatic backup is due, counted in calendar days of the computer's clock rather
 * than in hours: a laptop opened each morning gets its daily backup each morning, even when
 * yesterday's ran a little later in the day. A last run in the future (the clock was set back)
 * makes one due, else backups would stop until the clock caught up.
 */
export function isBackupDue(lastRunAt: number | null, every: BackupInterval, now: number): boolean {
  if (lastRunAt === null || lastRunAt > now) return true;
  return localDayNumber(now) - localDayNumber(lastRunAt) >= CALENDAR_DAYS[every];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * "delegation-desk-auto-2026-05-20-143005.ddbackup" on this computer's clock: the one name
 * pattern the shell writes and prunes (AUTO_BACKUP_FILE_NAME); sorts by time in a folder.
 */
export function autoBackupFileName(at: Date): string {
  const day = `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `delegation-desk-auto-${day}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}.${BACKUP_FILE_EXTENSION}`;
}
