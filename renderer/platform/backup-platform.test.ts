import { describe, expect, it, vi } from 'vitest';
import { AppError } from '#shared/errors/app-error';
import type { Bridge } from '#shared/ipc/contract';
import { createElectronBackupPlatform, createWebBackupPlatform } from './backup-platform';

const ok = <T,>(value: T) => ({ ok: true as const, value });
const fileName = 'delegation-desk-auto-2026-05-20-143005.ddbackup';

function backupBridge(overrides: Partial<Pick<Bridge, 'chooseBackupFolder' | 'backupFolderStatus' | 'writeScheduledBackup'>> = {}) {
  const bridge = {
    chooseBackupFolder: vi.fn<Bridge['chooseBackupFolder']>(async () => ok({ folderPath: '/home/olena/Backups' })),
    backupFolderStatus: vi.fn<Bridge['backupFolderStatus']>(async () => ok({ folderPath: '/home/olena/Backups', state: 'ready', files: [] })),
    writeScheduledBackup: vi.fn<Bridge['writeScheduledBackup']>(async () => ok({ fileName, kept: [{ name: fileName, bytes: 3, modifiedAt: 1 }], removed: [] })),
    ...overrides,
  };
  // Only the backup methods are used here; the rest of the bridge is never called.
  return { bridge, backup: createElectronBackupPlatform(bridge as unknown as Bridge) };
}

describe('Electron backup platform', () => {
  it('passes the folder dialog, the status and the write through the shell', async () => {
    const { bridge, backup } = backupBridge();
    expect(backup.available).toBe(true);
    await expect(backup.chooseFolder()).resolves.toEqual({ folderPath: '/home/olena/Backups' });
    await expect(backup.folderStatus()).resolves.toMatchObject({ state: 'ready' });
    const written = await backup.writeScheduled({ fileName, bytes: new Uint8Array([1, 2, 3]), keep: 4 });
    expect(written).toMatchObject({ fileName });
    expect(bridge.writeScheduledBackup).toHaveBeenCalledWith({ fileName, bytes: new Uint8Array([1, 2, 3]), keep: 4 });
  });

  it('sends only the file’s own bytes when given a view into a larger buffer', async () => {
    const { bridge, backup } = backupBridge();
    const big = new Uint8Array([9, 9, 1, 2, 9]);
    await backup.writeScheduled({ fileName, bytes: big.subarray(2, 4), keep: 1 });
    const sent = vi.mocked(bridge.writeScheduledBackup).mock.calls[0]![0].bytes;
    expect(sent.buffer.byteLength).toBe(2);
    expect([...sent]).toEqual([1, 2]);
  });

  it('turns a refused write into an AppError the page can translate', async () => {
    const { backup } = backupBridge({ writeScheduledBackup: async () => ({ ok: false, error: { code: 'fileSaveFailed', details: { reason: 'ENOSPC' } } }) });
    const failure = backup.writeScheduled({ fileName, bytes: new Uint8Array([1]), keep: 1 });
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ code: 'fileSaveFailed', details: { reason: 'ENOSPC' } });
  });
});

describe('web backup platform', () => {
  it('answers unavailable to everything, since a page cannot write into a folder on its own', async () => {
    const backup = createWebBackupPlatform();
    expect(backup.available).toBe(false);
    await expect(backup.chooseFolder()).resolves.toBe('unavailable');
    await expect(backup.folderStatus()).resolves.toBe('unavailable');
    await expect(backup.writeScheduled({ fileName, bytes: new Uint8Array([1]), keep: 1 })).resolves.toBe('unavailable');
  });
});
