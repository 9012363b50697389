import { describe, expect, it, vi } from 'vitest';
import { AppError } from '#shared/errors/app-error';
import type { Bridge } from '#shared/ipc/contract';
import { createElectronSyncPlatform } from './electron-sync-platform';

const ok = <T,>(value: T) => ({ ok: true as const, value });

function syncMocks() {
  return {
    configureSyncTarget: vi.fn<Bridge['configureSyncTarget']>(async () => ok({ known: true, credentials: 'keychain' })),
    syncTargetStatus: vi.fn<Bridge['syncTargetStatus']>(async () => ok({ known: true, credentials: 'session' })),
    forgetSyncTarget: vi.fn<Bridge['forgetSyncTarget']>(async () => ok(undefined)),
    chooseSyncFolder: vi.fn<Bridge['chooseSyncFolder']>(async () => ok({ folderPath: '/home/olena/OneDrive' })),
    probeSyncTarget: vi.fn<Bridge['probeSyncTarget']>(async () => ok({ kind: 'failed', code: 'syncUnauthorized', httpStatus: 401 })),
    putSyncFiles: vi.fn<Bridge['putSyncFiles']>(async () => ok([{ kind: 'alreadyThere' as const }])),
  };
}

function syncBridge(overrides: Partial<ReturnType<typeof syncMocks>> = {}) {
  const bridge = { ...syncMocks(), ...overrides };
  // Only the sync methods are used here; the rest of the bridge is never called.
  return { bridge, sync: createElectronSyncPlatform(bridge as unknown as Bridge) };
}

const file = { path: 'Delegation Desk/Звіт.md', contentHash: 'c'.repeat(64), replacePartial: true, mimeType: 'text/markdown' };

describe('Electron sync platform', () => {
  it('passes a connection to the shell and answers with where its password is kept', async () => {
    const { bridge, sync } = syncBridge();
    const connection = { kind: 'webdav' as const, id: 't1', baseUrl: 'https://cloud.example/dav/', username: 'olena', password: 'secret' };
    await expect(sync.configureTarget(connection)).resolves.toEqual({ known: true, credentials: 'keychain' });
    expect(bridge.configureSyncTarget).toHaveBeenCalledWith(connection);
  });

  it('turns a refused call into an AppError the page can translate', async () => {
    const { sync } = syncBridge({
      configureSyncTarget: vi.fn<Bridge['configureSyncTarget']>(async () => ({
        ok: false,
        error: { code: 'validation', details: { field: 'folderPath', reason: 'folderNotChosen' } },
      })),
    });
    const refused = sync.configureTarget({ kind: 'folder', id: 'f1', folderPath: '/etc' });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'validation', details: { reason: 'folderNotChosen' } });
  });

  it('answers the folder picked, or null when the dialog was cancelled', async () => {
    await expect(syncBridge().sync.chooseFolder()).resolves.toBe('/home/olena/OneDrive');
    await expect(syncBridge({ chooseSyncFolder: vi.fn<Bridge['chooseSyncFolder']>(async () => ok('cancelled' as const)) }).sync.chooseFolder()).resolves.toBeNull();
  });

  it('returns delivery failures as data, not as errors', async () => {
    const { bridge, sync } = syncBridge();
    await expect(sync.probe('t1', 'Delegation Desk')).resolves.toEqual({ kind: 'failed', code: 'syncUnauthorized', httpStatus: 401 });
    expect(bridge.probeSyncTarget).toHaveBeenCalledWith({ targetId: 't1', folder: 'Delegation Desk' });
  });

  it('sends only each file’s own bytes, without the signal, when the bytes are a view into a larger buffer', async () => {
    const { bridge, sync } = syncBridge();
    const buffer = new Uint8Array([9, 9, 1, 2, 3, 9]);
    const own = new Uint8Array([4, 5]);
    const files = [
      { ...file, bytes: buffer.subarray(2, 5) },
      { ...file, bytes: own },
    ];
    await expect(sync.put({ targetId: 't1', files, signal: new AbortController().signal })).resolves.toEqual([{ kind: 'alreadyThere' }]);
    const sent = bridge.putSyncFiles.mock.calls[0]![0];
    expect(sent).toEqual({ targetId: 't1', files: [{ ...file, bytes: new Uint8Array([1, 2, 3]) }, { ...file, bytes: own }] });
    expect(sent.files[0]!.bytes.buffer.byteLength).toBe(3);
  });

  it('stops waiting as soon as the outbox is stopped, and does not call at all once stopped', async () => {
    let answer: (value: Awaited<ReturnType<Bridge['putSyncFiles']>>) => void = () => undefined;
    const { bridge, sync } = syncBridge({ putSyncFiles: vi.fn<Bridge['putSyncFiles']>(() => new Promise((resolve) => void (answer = resolve))) });
    const controller = new AbortController();
    const put = sync.put({ targetId: 't1', files: [{ ...file, bytes: new Uint8Array([1]) }], signal: controller.signal });
    controller.abort(new DOMException('stopped', 'AbortError'));
    await expect(put).rejects.toMatchObject({ name: 'AbortError' });
    answer(ok([{ kind: 'delivered' }]));

    await expect(sync.put({ targetId: 't1', files: [{ ...file, bytes: new Uint8Array([1]) }], signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(bridge.putSyncFiles).toHaveBeenCalledTimes(1);
  });
});
