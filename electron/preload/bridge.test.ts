import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, IPC_CONTRACT, type IpcInvoke } from '#shared/ipc/contract';
import { createBridge } from './bridge';

function bridgeWithSpy() {
  const invoke = vi.fn(async () => ({ ok: true, value: 'from main' }));
  // vi.fn cannot express IpcInvoke's generic signature; the spy only records calls.
  return { bridge: createBridge(invoke as unknown as IpcInvoke), invoke };
}

describe('preload bridge', () => {
  it('exposes exactly one method per contract channel and nothing else', () => {
    const { bridge } = bridgeWithSpy();
    const expected = IPC_CHANNELS.map((channel) => IPC_CONTRACT[channel].method).sort();
    expect(Object.keys(bridge).sort()).toEqual(expected);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('cannot be extended by the page', () => {
    const { bridge } = bridgeWithSpy();
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('calls app:info with no argument and returns what main answered', async () => {
    const { bridge, invoke } = bridgeWithSpy();
    await expect(bridge.getAppInfo()).resolves.toEqual({ ok: true, value: 'from main' });
    expect(invoke).toHaveBeenCalledWith('app:info');
  });

  it('calls app:openExternal with the URL as its only argument', async () => {
    const { bridge, invoke } = bridgeWithSpy();
    await bridge.openExternal('https://mfa.gov.ua');
    expect(invoke).toHaveBeenCalledWith('app:openExternal', 'https://mfa.gov.ua');
  });

  it('calls app:notify with the title and body only', async () => {
    const { bridge, invoke } = bridgeWithSpy();
    const loose = bridge.notify as (message: unknown) => Promise<unknown>;
    await loose({ title: 'Follow-up due', body: 'Send the programme', icon: 'file:///etc/passwd' });
    expect(invoke).toHaveBeenCalledWith('app:notify', { title: 'Follow-up due', body: 'Send the programme' });
  });

  it('calls file:save with the name, type and bytes only', async () => {
    const { bridge, invoke } = bridgeWithSpy();
    const bytes = new Uint8Array([0xff, 0xd8]);
    const loose = bridge.saveFile as (file: unknown) => Promise<unknown>;
    await loose({ name: 'card.jpg', mimeType: 'image/jpeg', bytes, path: '/etc/passwd' });
    expect(invoke).toHaveBeenCalledWith('file:save', { name: 'card.jpg', mimeType: 'image/jpeg', bytes });
  });

  it('calls pdf:printPage with the orientation only', async () => {
    const { bridge, invoke } = bridgeWithSpy();
    const loose = bridge.printToPdf as (options: unknown) => Promise<unknown>;
    await loose({ landscape: true, pageRanges: '1-999', path: '/etc/passwd' });
    expect(invoke).toHaveBeenCalledWith('pdf:printPage', { landscape: true });
  });

  it('calls sync:configureTarget with the connection’s declared fields only, password included only when given', async () => {
    const { bridge, invoke } = bridgeWithSpy();
    const loose = bridge.configureSyncTarget as (connection: unknown) => Promise<unknown>;
    const webdav = { kind: 'webdav', id: 't1', baseUrl: 'https://cloud.example/dav/', username: 'olena' };
    await loose({ ...webdav, password: 'secret', folderPath: '/etc' });
    expect(invoke).toHaveBeenLastCalledWith('sync:configureTarget', { ...webdav, password: 'secret' });
    await loose(webdav);
    expect(invoke).toHaveBeenLastCalledWith('sync:configureTarget', webdav);
    await loose({ kind: 'folder', id: 'f1', folderPath: '/home/olena/OneDrive', password: 'x' });
    expect(invoke).toHaveBeenLastCalledWith('sync:configureTarget', { kind: 'folder', id: 'f1', folderPath: '/home/olena/OneDrive' });
  });

  it('calls the other sync channels with their declared fields only', async () => {
    const { bridge, invoke } = bridgeWithSpy();
    const loose = (method: unknown) => method as (request?: unknown) => Promise<unknown>;
    await loose(bridge.syncTargetStatus)({ targetId: 't1', extra: 1 });
    expect(invoke).toHaveBeenLastCalledWith('sync:targetStatus', { targetId: 't1' });
    await loose(bridge.forgetSyncTarget)({ targetId: 't1', extra: 1 });
    expect(invoke).toHaveBeenLastCalledWith('sync:forgetTarget', { targetId: 't1' });
    await loose(bridge.chooseSyncFolder)({ defaultPath: '/etc' });
    expect(invoke).toHaveBeenLastCalledWith('sync:chooseFolder');
    await loose(bridge.probeSyncTarget)({ targetId: 't1', folder: 'Exports', url: 'https://evil.example' });
    expect(invoke).toHaveBeenLastCalledWith('sync:probe', { targetId: 't1', folder: 'Exports' });
    const file = { path: 'a/b.md', bytes: new Uint8Array([1]), contentHash: 'f'.repeat(64), replacePartial: false, mimeType: 'text/markdown' };
    await loose(bridge.putSyncFiles)({ targetId: 't1', files: [{ ...file, overwrite: true }, file], signal: new AbortController().signal });
    expect(invoke).toHaveBeenLastCalledWith('sync:put', { targetId: 't1', files: [file, file] });
  });

  it('calls the backup channels with their declared fields only, never a folder path', async () => {
    const { bridge, invoke } = bridgeWithSpy();
    const loose = (method: unknown) => method as (request?: unknown) => Promise<unknown>;
    await loose(bridge.chooseBackupFolder)({ defaultPath: '/etc' });
    expect(invoke).toHaveBeenLastCalledWith('backup:chooseFolder');
    await loose(bridge.backupFolderStatus)({ folderPath: '/etc' });
    expect(invoke).toHaveBeenLastCalledWith('backup:folderStatus');
    const file = { fileName: 'delegation-desk-auto-2026-05-20-143005.ddbackup', bytes: new Uint8Array([1]), keep: 5 };
    await loose(bridge.writeScheduledBackup)({ ...file, folderPath: '/etc' });
    expect(invoke).toHaveBeenLastCalledWith('backup:writeScheduled', file);
  });

  it('passes only the declared arguments even when the page sends more', async () => {
    const { bridge, invoke } = bridgeWithSpy();
    const loose = bridge.openExternal as (...args: unknown[]) => Promise<unknown>;
    await loose('https://mfa.gov.ua', { extra: true });
    expect(invoke).toHaveBeenCalledWith('app:openExternal', 'https://mfa.gov.ua');
  });
});
