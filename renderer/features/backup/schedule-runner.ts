import type { BackupContents } from '#shared/backup/backup-format';
import { isAppError, toErrorData, type ErrorData } from '#shared/errors/app-error';
import type { AutoBackupWritten, BackupPlatform } from '../../platform/backup-platform';
import { autoBackupFileName, isBackupDue } from './schedule-due';
import type { ScheduleState } from './schedule-store';

/**
 * One automatic backup: check the folder, collect the workspace, build the file, hand it to the
 * shell, and record the outcome in the schedule store. Everything it touches comes in as a
 * dependency, so the rules are tested without a shell, a database or key derivation.
 */

export interface ScheduledBackupDeps {
  backup: BackupPlatform;
  collect(): Promise<BackupContents>;
  /** The backup file's bytes (shared/backup writeBackupFile, kind 'backup'). */
  write(contents: BackupContents): Promise<Uint8Array>;
  now(): number;
  /** Bugs (not AppErrors) are reported here as well as recorded as 'unexpected'. */
  onUnexpectedError?(error: unknown): void;
}

/** The part of the zustand store the runner reads and writes. */
export interface ScheduleStoreApi {
  getState(): ScheduleState;
  setState(partial: Partial<ScheduleState>): void;
}

export type ScheduleOutcome =
  | { kind: 'written'; written: AutoBackupWritten }
  | { kind: 'failed'; error: ErrorData }
  | { kind: 'skipped'; reason: 'unavailable' | 'disabled' | 'notDue' | 'running' };

export interface ScheduleRunner {
  readonly available: boolean;
  /** What the timer calls: backs up only when enabled and due. */
  runIfDue(): Promise<ScheduleOutcome>;
  /** "Back up now to the folder": regardless of the schedule. */
  runNow(): Promise<ScheduleOutcome>;
}

/** Why the folder cannot take a backup now, as the error the card translates. */
function folderFailure(state: 'notChosen' | 'missing' | 'notWritable'): ErrorData {
  return { code: 'fileSaveFailed', details: { reason: state } };
}

async function makeBackup(deps: ScheduledBackupDeps, keep: number): Promise<ScheduleOutcome> {
  try {
    // Cheap first: a missing or read-only folder fails before the whole workspace is read.
    const status = await deps.backup.folderStatus();
    if (status === 'unavailable') return { kind: 'skipped', reason: 'unavailable' };
    if (status.state !== 'ready') return { kind: 'failed', error: folderFailure(status.state) };
    const contents = await deps.collect();
    const bytes = await deps.write(contents);
    const written = await deps.backup.writeScheduled({ fileName: autoBackupFileName(new Date(deps.now())), bytes, keep });
    if (written === 'unavailable') return { kind: 'skipped', reason: 'unavailable' };
    return { kind: 'written', written };
  } catch (error) {
    if (!isAppError(error)) (deps.onUnexpectedError ?? console.error)(error);
    return { kind: 'failed', error: toErrorData(error) };
  }
}

export function createScheduleRunner(deps: ScheduledBackupDeps, store: ScheduleStoreApi): ScheduleRunner {
  const run = async (force: boolean): Promise<ScheduleOutcome> => {
    if (!deps.backup.available) return { kind: 'skipped', reason: 'unavailable' };
    const state = store.getState();
    // Checked and set with no await between: the timer and the button never run two at once.
    if (state.running) return { kind: 'skipped', reason: 'running' };
    if (!force && !state.enabled) return { kind: 'skipped', reason: 'disabled' };
    if (!force && !isBackupDue(state.lastRunAt, state.every, deps.now())) return { kind: 'skipped', reason: 'notDue' };
    store.setState({ running: true });
    try {
      const outcome = await makeBackup(deps, state.keep);
      if (outcome.kind === 'written') {
        store.setState({ lastRunAt: deps.now(), lastFileName: outcome.written.fileName, lastFailure: null });
      } else if (outcome.kind === 'failed') {
        // lastRunAt stays: the next check (in 15 minutes) tries again, e.g. once the drive is back.
        store.setState({ lastFailure: { error: outcome.error, at: deps.now() } });
      }
      return outcome;
    } finally {
      store.setState({ running: false });
    }
  };

  return { available: deps.backup.available, runIfDue: () => run(false), runNow: () => run(true) };
}
