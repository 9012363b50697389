import { useEffect, useMemo } from 'react';
import { usePlatform } from '../../platform/platform-context';
import type { BackupPlatform } from '../../platform/backup-platform';
import { useBackupPort, type BackupPort } from './backup-port';
import { createScheduleRunner, type ScheduledBackupDeps, type ScheduleRunner } from './schedule-runner';
import { useBackupScheduleStore } from './schedule-store';

/** How often, while the app is open, the schedule looks whether a backup is due. */
export const CHECK_EVERY_MS = 15 * 60_000;
/** The first look waits for the app to settle: collecting the workspace is not free. */
export const FIRST_CHECK_AFTER_MS = 20_000;

function scheduleDeps(backup: BackupPlatform, port: BackupPort): ScheduledBackupDeps {
  return {
    backup,
    collect: () => port.collect(),
    write: (contents) => port.write(contents, { kind: 'backup' }),
    now: () => Date.now(),
  };
}

/** The runner over this workspace and shell, shared by the timer and "back up now". */
export function useScheduleRunner(): ScheduleRunner {
  const { backup } = usePlatform();
  const port = useBackupPort();
  return useMemo(() => createScheduleRunner(scheduleDeps(backup, port), useBackupScheduleStore), [backup, port]);
}

/**
 * Runs the automatic backup schedule while the app is open: a first look shortly after start
 * (or after the schedule is switched on or changed), then every 15 minutes. Mount once (the
 * layout); it does nothing in the browser build or while the schedule is off.
 */
export function useBackupSchedule(timing: { firstCheckAfterMs?: number; checkEveryMs?: number } = {}): void {
  const runner = useScheduleRunner();
  const enabled = useBackupScheduleStore((state) => state.enabled);
  const every = useBackupScheduleStore((state) => state.every);
  const firstCheckAfterMs = timing.firstCheckAfterMs ?? FIRST_CHECK_AFTER_MS;
  const checkEveryMs = timing.checkEveryMs ?? CHECK_EVERY_MS;

  useEffect(() => {
    if (!runner.available || !enabled) return undefined;
    const check = () => void runner.runIfDue();
    const first = setTimeout(check, firstCheckAfterMs);
    const repeat = setInterval(check, checkEveryMs);
    return () => {
      clearTimeout(first);
      clearInterval(repeat);
    };
  }, [runner, enabled, every, firstCheckAfterMs, checkEveryMs]);
}
