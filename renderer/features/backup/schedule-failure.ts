import type { ErrorCode, ErrorData } from '#shared/errors/app-error';

/**
 * Which message explains a failed automatic backup. The folder's own troubles (not chosen,
 * gone, read-only, full) get a message of this card that says what to do about the folder; any
 * other failure falls back to the app's general message for its code.
 */
export type ScheduleFailureKey = 'notChosen' | 'missing' | 'notWritable' | 'diskFull';

export type ScheduleFailureMessage = { ns: 'backupSchedule'; key: `failure.${ScheduleFailureKey}` } | { ns: 'errors'; key: ErrorCode };

/** The OS codes (from the shell) and folder states (from the status check) behind each message. */
const REASONS: Readonly<Record<string, ScheduleFailureKey>> = {
  noFolder: 'notChosen',
  notChosen: 'notChosen',
  missing: 'missing',
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  notWritable: 'notWritable',
  EACCES: 'notWritable',
  EPERM: 'notWritable',
  EROFS: 'notWritable',
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
};

export function scheduleFailureMessage(error: ErrorData): ScheduleFailureMessage {
  const reason = error.details?.reason;
  const known = error.code === 'fileSaveFailed' && typeof reason === 'string' ? REASONS[reason] : undefined;
  return known ? { ns: 'backupSchedule', key: `failure.${known}` } : { ns: 'errors', key: error.code };
}
