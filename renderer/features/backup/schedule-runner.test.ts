import { describe, expect, it, vi } from 'vitest';
import type { BackupContents } from '#shared/backup/backup-format';
import { AppError } from '#shared/errors/app-error';
import { createWebBackupPlatform, type BackupFolderStatus, type BackupPlatform } from '../../platform/backup-platform';
import { createScheduleRunner, type ScheduledBackupDeps, type ScheduleStoreApi } from './schedule-runner';
import type { ScheduleState } from './schedule-store';

const NOW = new Date(2026, 4, 20, 14, 30, 5).getTime();
const YESTERDAY = new Date(2026, 4, 19, 18, 0).getTime();
const CONTENTS: BackupContents = { tables: { contacts: [{ id: 'c1' }] }, attachmentBytes: {}, settings: {} };

function memoryStore(initial: Partial<ScheduleState> = {}): ScheduleStoreApi & { state: ScheduleState } {
  const store = {
    state: { enabled: true, every: 'day', keep: 3, lastRunAt: YESTERDAY, lastFileName: null, lastFailure: null, running: false, updateSettings: () => {}, ...initial } as ScheduleState,
    getState: () => store.state,
    setState: (partial: Partial<ScheduleState>) => {
      store.state = { ...store.state, ...partial };
    },
  };
  return store;
}

function fakeShell(status: BackupFolderStatus['state'] = 'ready') {
  const writes: { fileName: string; bytes: Uint8Array; keep: number }[] = [];
  const backup: BackupPlatform = {
    available: true,
    chooseFolder: async () => 'cancelled',
    folderStatus: vi.fn(async () => ({ folderPath: status === 'notChosen' ? null : '/home/olena/Backups', state: status, files: [] })),
    writeScheduled: vi.fn(async (request) => {
      writes.push(request);
      return { fileName: request.fileName, kept: [{ name: request.fileName, bytes: request.bytes.length, modifiedAt: NOW }], removed: [] };
    }),
  };
  return { backup, writes };
}

function deps(backup: BackupPlatform, overrides: Partial<ScheduledBackupDeps> = {}): ScheduledBackupDeps {
  return {
    backup,
    collect: vi.fn(async () => CONTENTS),
    write: vi.fn(async () => new Uint8Array([0x44, 0x44])),
    now: () => NOW,
    onUnexpectedError: () => {},
    ...overrides,
  };
}

describe('the scheduled backup runner', () => {
  it('writes a due backup under the automatic name and records the run', async () => {
    const { backup, writes } = fakeShell();
    const store = memoryStore();
    const outcome = await createScheduleRunner(deps(backup), store).runIfDue();
    expect(outcome.kind).toBe('written');
    expect(writes).toEqual([{ fileName: 'delegation-desk-auto-2026-05-20-143005.ddbackup', bytes: new Uint8Array([0x44, 0x44]), keep: 3 }]);
    expect(store.state).toMatchObject({ lastRunAt: NOW, lastFileName: 'delegation-desk-auto-2026-05-20-143005.ddbackup', lastFailure: null, running: false });
  });

  it('does nothing when disabled or not due, but "back up now" always runs', async () => {
    const { backup, writes } = fakeShell();
    const collect = vi.fn(async () => CONTENTS);
    expect(await createScheduleRunner(deps(backup, { collect }), memoryStore({ enabled: false })).runIfDue()).toEqual({ kind: 'skipped', reason: 'disabled' });
    const doneToday = memoryStore({ lastRunAt: NOW - 60_000 });
    const runner = createScheduleRunner(deps(backup, { collect }), doneToday);
    expect(await runner.runIfDue()).toEqual({ kind: 'skipped', reason: 'notDue' });
    expect(collect).not.toHaveBeenCalled();
    expect((await runner.runNow()).kind).toBe('written');
    expect(writes).toHaveLength(1);
  });

  it('never runs two backups at once', async () => {
    const { backup, writes } = fakeShell();
    let finishCollect: (contents: BackupContents) => void = () => {};
    const collect = vi.fn(() => new Promise<BackupContents>((resolve) => (finishCollect = resolve)));
    const store = memoryStore();
    const runner = createScheduleRunner(deps(backup, { collect }), store);
    const first = runner.runIfDue();
    await vi.waitFor(() => expect(collect).toHaveBeenCalled());
    expect(store.state.running).toBe(true);
    expect(await runner.runNow()).toEqual({ kind: 'skipped', reason: 'running' });
    finishCollect(CONTENTS);
    expect((await first).kind).toBe('written');
    expect(writes).toHaveLength(1);
    expect(store.state.running).toBe(false);
  });

  it('records a missing folder without reading the workspace, and tries again on the next check', async () => {
    const { backup } = fakeShell('missing');
    const collect = vi.fn(async () => CONTENTS);
    const store = memoryStore();
    const runner = createScheduleRunner(deps(backup, { collect }), store);
    expect(await runner.runIfDue()).toEqual({ kind: 'failed', error: { code: 'fileSaveFailed', details: { reason: 'missing' } } });
    expect(collect).not.toHaveBeenCalled();
    expect(store.state).toMatchObject({ lastRunAt: YESTERDAY, lastFailure: { error: { code: 'fileSaveFailed', details: { reason: 'missing' } }, at: NOW } });
    expect((await runner.runIfDue()).kind).toBe('failed');
  });

  it('records the shell’s refusal as the error to translate, and clears it after the next success', async () => {
    const { backup } = fakeShell();
    const store = memoryStore();
    vi.mocked(backup.writeScheduled).mockRejectedValueOnce(new AppError('fileSaveFailed', { reason: 'ENOSPC' }));
    const runner = createScheduleRunner(deps(backup), store);
    expect(await runner.runIfDue()).toEqual({ kind: 'failed', error: { code: 'fileSaveFailed', details: { reason: 'ENOSPC' } } });
    expect(store.state.lastFailure?.error.details).toEqual({ reason: 'ENOSPC' });
    expect((await runner.runIfDue()).kind).toBe('written');
    expect(store.state.lastFailure).toBeNull();
  });

  it('records a bug as unexpected and reports it, without throwing', async () => {
    const { backup } = fakeShell();
    const onUnexpectedError = vi.fn();
    const bug = new TypeError('collect broke');
    const store = memoryStore();
    const runner = createScheduleRunner(deps(backup, { collect: async () => Promise.reject(bug), onUnexpectedError }), store);
    expect(await runner.runIfDue()).toEqual({ kind: 'failed', error: { code: 'unexpected' } });
    expect(onUnexpectedError).toHaveBeenCalledWith(bug);
    expect(store.state.running).toBe(false);
  });

  it('does nothing at all in the browser build', async () => {
    const store = memoryStore();
    const runner = createScheduleRunner(deps(createWebBackupPlatform()), store);
    expect(runner.available).toBe(false);
    expect(await runner.runNow()).toEqual({ kind: 'skipped', reason: 'unavailable' });
    expect(store.state.lastFailure).toBeNull();
  });
});
