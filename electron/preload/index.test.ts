import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, IPC_CONTRACT } from '#shared/ipc/contract';

// Replaces Electron entirely (its real entry would look for, and try to download, the binary).
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn<(key: string, api: Record<string, unknown>) => void>() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), send: vi.fn(), on: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload entry', () => {
  it('exposes only the bridge, as window.delegationDesk, wired to ipcRenderer.invoke', async () => {
    await import('./index');

    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
    expect(key).toBe('delegationDesk');
    expect(Object.keys(api ?? {}).sort()).toEqual(IPC_CHANNELS.map((channel) => IPC_CONTRACT[channel].method).sort());
    expect(Object.values(api ?? {})).not.toContain(electron.ipcRenderer);

    await (api?.openExternal as (url: string) => Promise<unknown>)('https://mfa.gov.ua');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('app:openExternal', 'https://mfa.gov.ua');
  });
});
