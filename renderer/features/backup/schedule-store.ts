import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ErrorData } from '#shared/errors/app-error';
import { MAX_KEPT_AUTO_BACKUPS } from '#shared/ipc/contract';
import type { BackupInterval } from './schedule-due';

/**
 * The automatic backup schedule of this computer and what its last run did. Kept in
 * localStorage apart from the UI store: it belongs to this installation (the folder it writes
 * to is the shell's, in userData), and the run state must be readable by the scheduler mounted
 * in the layout and by the Settings card alike.
 */

export const DEFAULT_KEEP = 10;

export interface ScheduleSettings {
  enabled: boolean;
  every: BackupInterval;
  /** How many automatic backups the folder keeps (1–100); older ones are deleted. */
  keep: number;
}

export interface ScheduleFailure {
  error: ErrorData;
  at: number;
}

export interface ScheduleState extends ScheduleSettings {
  /** When the last automatic backup was written (epoch ms), manual "back up now" included. */
  lastRunAt: number | null;
  lastFileName: string | null;
  /** The last attempt's failure; cleared by the next success. */
  lastFailure: ScheduleFailure | null;
  /** A backup is being made now (not persisted). */
  running: boolean;
  updateSettings(settings: Partial<ScheduleSettings>): void;
}

export const BACKUP_SCHEDULE_STORAGE_KEY = 'delegation-desk.backup-schedule';

export function clampKeep(keep: number): number {
  if (!Number.isFinite(keep)) return DEFAULT_KEEP;
  return Math.min(MAX_KEPT_AUTO_BACKUPS, Math.max(1, Math.round(keep)));
}

export const useBackupScheduleStore = create<ScheduleState>()(
  persist(
    (set) => ({
      enabled: false,
      every: 'day',
      keep: DEFAULT_KEEP,
      lastRunAt: null,
      lastFileName: null,
      lastFailure: null,
      running: false,
      updateSettings: (settings) => set(settings.keep === undefined ? settings : { ...settings, keep: clampKeep(settings.keep) }),
    }),
    {
      name: BACKUP_SCHEDULE_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ enabled, every, keep, lastRunAt, lastFileName, lastFailure }) => ({ enabled, every, keep, lastRunAt, lastFileName, lastFailure }),
      // A hand-edited or foreign value never reaches the scheduler as a bad keep count or interval.
      merge: (persisted, current) => {
        const stored = (persisted ?? {}) as Partial<ScheduleState>;
        return {
          ...current,
          ...stored,
          every: stored.every === 'week' ? 'week' : 'day',
          keep: clampKeep(stored.keep ?? DEFAULT_KEEP),
          enabled: stored.enabled === true,
          running: false,
        };
      },
    },
  ),
);
